package fr.caissecommune.sante;

import fr.caissecommune.commun.Montant;

/**
 * Ce qu'un décompte a imputé sur les plafonds du bénéficiaire : le nombre et le montant des participations
 * forfaitaires, les franchises par nature, et le mouvement de sa dette de participations (ajoutée en tiers
 * payant, récupérée sur un paiement à l'assuré).
 */
public record Imputations(int participationsForfaitaires, Montant participationForfaitaire, Montant franchisesMedicaments,
        Montant franchisesActesParamedicaux, Montant franchisesTransports, Montant aRecouvrer, Montant recupere) {

    public static final Imputations AUCUNE = new Imputations(0, Montant.ZERO, Montant.ZERO, Montant.ZERO, Montant.ZERO, Montant.ZERO,
            Montant.ZERO);

    public Montant franchises() {
        return franchisesMedicaments.plus(franchisesActesParamedicaux).plus(franchisesTransports);
    }
}
