package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * Les allocations journalières servies pour un congé : l'allocation journalière de présence parentale (AJPP, CSS,
 * art. L544-1 à L544-10, D544-1 et suivants) et l'allocation journalière du proche aidant (AJPA, CSS, art. L168-8 à
 * L168-16, D168-1 et suivants) :
 * <ul>
 * <li>une allocation par journée de congé, une demi-allocation par demi-journée ;</li>
 * <li>au plus 22 allocations par mois, et au plus 310 (AJPP, sur trois ans) ou 66 (AJPA, sur la carrière) sur la
 * durée du droit ;</li>
 * <li>montant journalier unique depuis 2022 ; jusqu'en 2021, distinct pour la personne en couple et la personne
 * seule ; la demi-journée vaut la moitié du montant journalier arrondie au centime.</li>
 * </ul>
 * Paramètres : prestations_familiales/ajpp/ et prestations_familiales/ajpa/. Le complément pour frais de l'AJPP n'est
 * pas calculé ici.
 */
public final class AllocationJournaliere {

    /** L'allocation : son code (aussi le dossier de ses paramètres) et son libellé. */
    public enum Nature {
        AJPP("ajpp", "Allocation journalière de présence parentale", "CSS, art. L544-1 et L544-3"),
        AJPA("ajpa", "Allocation journalière du proche aidant", "CSS, art. L168-8 et suivants");

        final String code;
        final String libelle;
        final String fondement;

        Nature(String code, String libelle, String fondement) {
            this.code = code;
            this.libelle = libelle;
            this.fondement = fondement;
        }
    }

    private AllocationJournaliere() {
    }

    public static ResultatPrestation calculer(Nature nature, SituationAllocationJournaliere situation, YearMonth mois, Instantane parametres) {
        return calculer(nature, situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(Nature nature, SituationAllocationJournaliere situation, YearMonth mois,
            Instantane parametres) {
        return calculer(nature, situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(Nature nature, SituationAllocationJournaliere s, YearMonth mois, Instantane parametres,
            @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var dossier = "prestations_familiales/" + nature.code + "/";
        p.note(nature.libelle + " de " + Libelles.mois(mois));
        BigDecimal journalier;
        if (p.existe(dossier + "montant_journalier")) {
            journalier = p.valeur(dossier + "montant_journalier");
        } else if (p.existe(dossier + "montant_journalier_couple")) {
            journalier = p.valeur(dossier + (s.enCouple() ? "montant_journalier_couple" : "montant_journalier_isole"));
        } else {
            // Valeur en vigueur absente : l'erreur nomme le paramètre et la date, aucun montant n'est inventé.
            journalier = p.valeur(dossier + "montant_journalier");
        }
        var demande = BigDecimal.valueOf(s.journees()).add(BigDecimal.valueOf(s.demiJournees()).divide(BigDecimal.TWO));
        var parMois = BigDecimal.valueOf(p.entier(dossier + "nombre_maximum_par_mois"));
        var restant = BigDecimal.valueOf(p.entier(dossier + "nombre_maximum")).subtract(s.allocationsDejaVersees()).max(BigDecimal.ZERO);
        var retenues = demande.min(parMois).min(restant);
        if (retenues.compareTo(demande) < 0) {
            p.note(demande.stripTrailingZeros().toPlainString() + " allocation(s) demandée(s), " + retenues.stripTrailingZeros().toPlainString()
                    + " retenue(s) : au plus " + parMois.toPlainString() + " par mois et " + restant.stripTrailingZeros().toPlainString()
                    + " restant sur la durée du droit (" + nature.fondement + ")");
        }
        // Les journées entières d'abord, puis les demi-journées dans la limite restante.
        long entieres = Math.min(s.journees(), retenues.setScale(0, RoundingMode.DOWN).longValueExact());
        long demis = Math.min(s.demiJournees(), retenues.subtract(BigDecimal.valueOf(entieres)).multiply(BigDecimal.TWO)
                .setScale(0, RoundingMode.DOWN).longValueExact());
        var montantJournalier = Montant.euros(journalier).arrondiAuCentime();
        var montantDemi = Montant.euros(journalier.divide(BigDecimal.TWO)).arrondiAuCentime();
        var montant = montantJournalier.fois(entieres).plus(montantDemi.fois(demis));
        p.note(entieres + " journée(s) × " + montantJournalier.enFrancais() + (demis > 0 ? " + " + demis + " demi-journée(s) × " + montantDemi.enFrancais() : "")
                + " = " + montant.enFrancais() + " (" + nature.fondement + ")");
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        intermediaires.put(nature.code + "_allocations_retenues", retenues);
        return new ResultatPrestation(nature.code, mois, montant, intermediaires, x != null ? x : Explications.nonDemandee());
    }
}
