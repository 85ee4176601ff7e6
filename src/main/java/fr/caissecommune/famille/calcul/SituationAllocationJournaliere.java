package fr.caissecommune.famille.calcul;

/**
 * Les jours de congé d'un mois pour l'AJPP (présence parentale auprès d'un enfant gravement malade, accidenté ou
 * handicapé) ou l'AJPA (proche aidant).
 *
 * @param journees journées entières de congé non rémunérées du mois
 * @param demiJournees demi-journées de congé non rémunérées du mois
 * @param enCouple l'allocataire vit en couple (montant distinct jusqu'en 2021)
 * @param allocationsDejaVersees allocations journalières déjà versées sur la durée du droit (une demi-journée compte
 *        pour une demi-allocation)
 */
public record SituationAllocationJournaliere(int journees, int demiJournees, boolean enCouple, java.math.BigDecimal allocationsDejaVersees) {

    public SituationAllocationJournaliere {
        if (journees < 0 || demiJournees < 0) {
            throw new IllegalArgumentException("Nombre de journées ou de demi-journées négatif : " + journees + ", " + demiJournees);
        }
        if (allocationsDejaVersees.signum() < 0) {
            throw new IllegalArgumentException("Nombre d'allocations déjà versées négatif : " + allocationsDejaVersees);
        }
    }
}
