package fr.caissecommune.finances;

import fr.caissecommune.commun.Montant;

/** Publié quand un fichier de prélèvements SEPA est prêt à être remis à la banque et ses encaissements passés. */
public record PrelevementsTransmis(FichierId fichier, int nombre, Montant total) {
}
