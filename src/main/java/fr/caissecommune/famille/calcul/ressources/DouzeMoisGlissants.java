package fr.caissecommune.famille.calcul.ressources;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.RessourcesDeReference;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * Les ressources des douze mois glissants des aides au logement depuis la réforme du 1er janvier 2021 (CCH,
 * art. R822-3 et R822-4) : les ressources perçues pendant les douze mois qui précèdent l'avant-dernier mois du mois de
 * calcul, recalculées chaque trimestre civil (janvier, avril, juillet, octobre), les salaires et revenus assimilés
 * (salaires, allocations de chômage, indemnités journalières : CGI, art. 79 et 80 quinquies) diminués de la déduction
 * forfaitaire de 10 % pour frais professionnels (CGI, art. 83, 3°, par personne, avec son minimum et son plafond
 * annuels). Les autres ressources (revenus non salariés, pensions, pensions alimentaires…) sont comptées pour leur
 * montant.
 *
 * @param moisDeCalcul le premier mois du trimestre civil du droit : celui du dernier recalcul
 * @param premierMois le premier des douze mois
 * @param dernierMois le dernier des douze mois (deux mois avant le mois de calcul)
 * @param activite les salaires et revenus assimilés des douze mois, avant déduction
 * @param activiteApresDeduction les mêmes après la déduction forfaitaire pour frais professionnels
 * @param autres les autres ressources des douze mois
 */
public record DouzeMoisGlissants(YearMonth moisDeCalcul, YearMonth premierMois, YearMonth dernierMois, Montant activite,
        Montant activiteApresDeduction, Montant autres) {

    /** Le premier mois du trimestre civil d'un mois : janvier, avril, juillet ou octobre. */
    public static YearMonth moisDeCalcul(YearMonth moisDuDroit) {
        return YearMonth.of(moisDuDroit.getYear(), ((moisDuDroit.getMonthValue() - 1) / 3) * 3 + 1);
    }

    /**
     * Établit la base annuelle d'un mois de droit.
     *
     * @param deduction les paramètres de la déduction pour frais professionnels en vigueur (impot_revenu/…)
     */
    public static DouzeMoisGlissants etablir(List<RessourcesMensuelles> personnes, YearMonth moisDuDroit, Instantane deduction) {
        var calcul = moisDeCalcul(moisDuDroit);
        var dernier = calcul.minusMonths(2);
        var premier = dernier.minusMonths(11);
        var activite = Montant.ZERO;
        var apresDeduction = Montant.ZERO;
        var autres = Montant.ZERO;
        for (var personne : personnes) {
            var a = BigDecimal.ZERO;
            var b = BigDecimal.ZERO;
            for (var m = premier; !m.isAfter(dernier); m = m.plusMonths(1)) {
                for (var nature : NatureDeRessource.values()) {
                    if (nature.estImposableCommeSalaire()) {
                        a = a.add(personne.montant(m, nature));
                    } else {
                        b = b.add(personne.montant(m, nature));
                    }
                }
            }
            activite = activite.plus(Montant.euros(a));
            apresDeduction = apresDeduction.plus(RessourcesDeReference.salairesApresDeductionForfaitaire(Montant.euros(a), deduction));
            autres = autres.plus(Montant.euros(b));
        }
        return new DouzeMoisGlissants(calcul, premier, dernier, activite, apresDeduction, autres);
    }

    /** Les ressources annuelles retenues. */
    public Montant total() {
        return activiteApresDeduction.plus(autres);
    }

    public void expliquer(Explication x) {
        x.note("Ressources des douze mois de " + premierMois + " à " + dernierMois + ", recalculées en " + moisDeCalcul
                + " (CCH, art. R822-3 et R822-4)");
        x.etape("Salaires et revenus assimilés (chômage, indemnités journalières) des douze mois", activite.arrondiAuCentime());
        x.etape("Salaires et revenus assimilés après déduction forfaitaire de 10 % pour frais professionnels (CGI, art. 83)",
                activiteApresDeduction.arrondiAuCentime());
        x.etape("Autres ressources des douze mois", autres.arrondiAuCentime());
        x.etape("Ressources annuelles retenues", total().arrondiAuCentime());
    }
}
