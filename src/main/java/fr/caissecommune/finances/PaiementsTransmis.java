package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/**
 * Publié quand l'agent comptable valide les paiements ordonnancés jusqu'à une date d'exécution et que le
 * fichier de virements correspondant est prêt à être remis à la banque.
 */
public record PaiementsTransmis(FichierId fichier, LocalDate dateExecution, int nombre, Montant total) {
}
