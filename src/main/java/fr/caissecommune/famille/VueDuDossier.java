package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/** Ce que l'agent voit du dossier famille d'un foyer : droits, échéances, régularisations, indus restant dus. */
public record VueDuDossier(Dossier dossier, @Nullable DroitCourant droitCourant, List<EcheanceVersee> echeances,
        List<Regularisation> regularisations, Montant indusRestantDus) {

    /** Le droit du mois en cours, calculé à la demande, avec son explication. */
    public record DroitCourant(YearMonth mois, Prestation prestation, Montant brut, Montant crds, Montant net, int enfantsACharge,
            String explication) {
    }

    /** Une échéance mensuelle telle qu'elle a été versée. */
    public record EcheanceVersee(YearMonth mois, Montant du, Montant rappels, Montant reliquats, Montant retenue, Montant verse,
            String statut, @Nullable String reference, LocalDate datePaiement) {
    }
}
