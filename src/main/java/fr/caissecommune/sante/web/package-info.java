/** Les écrans du module santé : volet de la vue à 360° et instruction de la C2S par le technicien santé. */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.web;
