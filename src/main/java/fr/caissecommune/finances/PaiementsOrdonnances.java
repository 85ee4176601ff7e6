package fr.caissecommune.finances;

import fr.caissecommune.commun.Montant;

/**
 * Publié quand des ordres de paiement sont ordonnancés : un événement par appel et par origine, qui totalise
 * les ordres nouvellement enregistrés (jamais un événement par ordre).
 */
public record PaiementsOrdonnances(String origine, int nombre, Montant total) {
}
