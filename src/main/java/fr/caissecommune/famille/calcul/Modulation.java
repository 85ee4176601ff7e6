package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.MathContext;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * La modulation des allocations familiales selon les ressources (CSS, art. L521-1 et D521-1 ; loi n° 2014-1554 du
 * 22 décembre 2014, art. 85 ; décret n° 2015-611 du 3 juin 2015) et le complément dégressif versé quand les
 * ressources dépassent un plafond de peu (art. D521-3). Chaque plafond est majoré par enfant à charge.
 */
final class Modulation {

    private static final BigDecimal DOUZE = BigDecimal.valueOf(12);

    /** Le taux applicable et, s'il y en a un, le plafond que les ressources dépassent (pour le complément dégressif). */
    record Tranche(BigDecimal taux, @Nullable BigDecimal plafondDepasse) {

        static final Tranche SANS_MODULATION = new Tranche(BigDecimal.ONE, null);
    }

    private Modulation() {
    }

    /** Avant juillet 2015 : les allocations familiales ne dépendent pas des ressources. */
    static Tranche sansModulation(Montant ressources, int nombreEnfants, ParametresAf p, @Nullable Explication x) {
        return Tranche.SANS_MODULATION;
    }

    /** Depuis juillet 2015 : taux plein, moitié ou quart selon les deux plafonds, majorés par enfant à charge. */
    static Tranche trancheDepuis2015_07_01(Montant ressources, int nombreEnfants, ParametresAf p, @Nullable Explication x) {
        var majoration = p.requis(p.majorationPlafondParEnfant, ParametresAf.MAJORATION_PLAFOND_PAR_ENFANT);
        var base1 = p.requis(p.plafondTranche1, ParametresAf.PLAFOND_TRANCHE_1);
        var base2 = p.requis(p.plafondTranche2, ParametresAf.PLAFOND_TRANCHE_2);
        var parEnfants = majoration.valeur().multiply(BigDecimal.valueOf(nombreEnfants));
        var plafond1 = base1.valeur().add(parEnfants);
        var plafond2 = base2.valeur().add(parEnfants);
        var taux1 = p.requis(p.modulationTaux1, ParametresAf.MODULATION_TAUX_1);
        var taux2 = p.requis(p.modulationTaux2, ParametresAf.MODULATION_TAUX_2);
        var taux3 = p.requis(p.modulationTaux3, ParametresAf.MODULATION_TAUX_3);
        var r = ressources.valeur();
        var tranche = r.compareTo(plafond1) <= 0 ? new Tranche(taux1.valeur(), null)
                : r.compareTo(plafond2) <= 0 ? new Tranche(taux2.valeur(), plafond1)
                : new Tranche(taux3.valeur(), plafond2);
        if (x != null) {
            x.cite(base1);
            x.cite(base2);
            x.cite(majoration);
            x.cite(taux1);
            x.cite(taux2);
            x.cite(taux3);
            x.note("Ressources de référence " + ressources.enFrancais() + " ; plafonds pour " + nombreEnfants + " enfant(s) : "
                    + Montant.euros(plafond1).enFrancais() + " et " + Montant.euros(plafond2).enFrancais()
                    + " → taux de modulation " + Libelles.pourcent(tranche.taux()));
        }
        return tranche;
    }

    /**
     * Le complément dégressif (art. D521-3) : quand les ressources dépassent un plafond d'un montant inférieur à
     * douze fois les allocations dues, la différence entre ces allocations et le douzième du dépassement.
     */
    static Montant complementDegressif(Montant allocationsModulees, Montant ressources, Tranche tranche) {
        if (tranche.plafondDepasse() == null || !allocationsModulees.estPositif()) {
            return Montant.ZERO;
        }
        var depassementMensuel = ressources.valeur().subtract(tranche.plafondDepasse()).divide(DOUZE, MathContext.DECIMAL64);
        var complement = allocationsModulees.valeur().subtract(depassementMensuel);
        return complement.signum() > 0 ? Montant.euros(complement).arrondiAuCentime() : Montant.ZERO;
    }
}
