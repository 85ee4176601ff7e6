package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import fr.caissecommune.commun.Montant;

/**
 * Publié à chaque lot de la paie mensuelle : combien de foyers ont droit à chaque prestation pour le mois, les
 * montants dus (bruts) et versés, les rappels versés et les retenues opérées sur indus.
 */
public record VersementsMensuelsEmis(YearMonth mois, LocalDate datePaiement, Map<Prestation, Integer> foyersParPrestation,
        Map<Prestation, Montant> montantsBruts, int foyersPayes, Montant montantVerse, Montant rappelsVerses,
        Montant retenuesSurIndus, int foyersSansCompteBancaire) {
}
