/** Les commandes de la ligne de commande du module santé : {@code caisse liquider}, {@code caisse bench liquidation}. */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.cli;
