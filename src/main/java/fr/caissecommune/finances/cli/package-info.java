/**
 * Les commandes du module finances : la balance générale, les virements en attente et leur validation par
 * l'agent comptable.
 */
@NullMarked
package fr.caissecommune.finances.cli;

import org.jspecify.annotations.NullMarked;
