/** L'API REST du module santé : simulation de la liquidation d'une feuille de soins. */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.api;
