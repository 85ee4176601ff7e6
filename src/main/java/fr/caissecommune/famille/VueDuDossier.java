package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Ce que l'agent voit du dossier famille d'un foyer : le droit du mois à chaque prestation servie avec son
 * explication, les échéances, les régularisations, les indus restant dus.
 */
public record VueDuDossier(Dossier dossier, YearMonth mois, List<DroitDuMois> droitsDuMois, List<EcheanceVersee> echeances,
        List<Regularisation> regularisations, Montant indusRestantDus, List<DemandeDuFoyer> demandes,
        List<DeclarationTrimestrielle> declarations, @Nullable PlanDeRemboursement planEnCours) {

    /** Une demande du foyer et son horloge. */
    public record DemandeDuFoyer(DemandeId id, String numero, Prestation prestation, LocalDate recueLe, Demande.Statut statut,
            @Nullable LocalDate decideeLe, @Nullable LocalDate payeeLe) {
    }

    /** Les droits ouverts du mois (montant non nul). */
    public List<DroitDuMois> droitsOuverts() {
        return droitsDuMois.stream().filter(DroitDuMois::estOuvert).toList();
    }

    /** Le total net du mois, toutes prestations confondues. */
    public Montant totalDuMois() {
        return droitsDuMois.stream().map(DroitDuMois::net).reduce(Montant.ZERO, Montant::plus);
    }

    /** Une échéance mensuelle telle qu'elle a été versée. */
    public record EcheanceVersee(YearMonth mois, Montant du, Montant rappels, Montant reliquats, Montant retenue, Montant verse,
            String statut, @Nullable String reference, LocalDate datePaiement) {
    }
}
