package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Réduction générale des cotisations patronales (CSS art. L241-13 et D241-7), selon le régime en vigueur à la date de
 * versement. Le régime est choisi par la présence des paramètres datés, dans une seule table :
 * <ul>
 * <li>{@link #reductionGeneraleDepuis2019} : jusqu'au 31 décembre 2025, coefficient
 * {@code C = (T / 0,6) × (1,6 × SMIC / rémunération − 1)}, plafonné à T, nul dès 1,6 SMIC ; T est la somme des taux
 * patronaux couverts (D241-7 I : maladie et allocations familiales aux taux réduits, vieillesse, CSA, part
 * mutualisée AT/MP, FNAL, chômage, retraite complémentaire et CEG de tranche 1) ;</li>
 * <li>{@link #rgduDepuis2026} : réduction générale dégressive unique (LFSS 2025, art. 18), coefficient
 * {@code C = Tmin + Tdelta × [½ × (3 × SMIC / rémunération − 1)]^P}, plafonné à Tmin + Tdelta, nul dès 3 SMIC.</li>
 * </ul>
 * Le SMIC est celui du temps de travail du contrat (SMIC horaire × 1 820 / 12 × quotité). Le coefficient est arrondi à
 * 4 décimales, la demie au-dessus ; le calcul est mensuel (la régularisation annuelle relève de la DSN de décembre).
 */
public final class ReductionsGenerales {

    private ReductionsGenerales() {
    }

    /** Écart de représentation toléré sur le seuil en SMIC : 3 × (12,31 × 1 820 / 12) vaut exactement 5 601,05 €. */
    private static final BigDecimal EPSILON = new BigDecimal("1e-12");

    /** Vrai si la rémunération atteint le seuil (en nombre de SMIC) au-delà duquel la réduction est nulle. */
    static boolean atteintLeSeuil(BigDecimal remuneration, BigDecimal smic, BigDecimal nombreDeSmic) {
        return remuneration.compareTo(smic.multiply(nombreDeSmic).subtract(EPSILON)) >= 0;
    }

    static Reduction calculer(BigDecimal remuneration, BigDecimal smic, int effectif, ParametresDeCotisation p) {
        if (p.rgduTmin != null) {
            return rgduDepuis2026(remuneration, smic, effectif, p);
        }
        if (p.reductionGeneralePlafondSmic != null) {
            return reductionGeneraleDepuis2019(remuneration, smic, effectif, p);
        }
        return Reduction.AUCUNE;
    }

    /** Réduction générale dégressive unique (CSS art. L241-13 et D241-7 dans leur rédaction au 1er janvier 2026). */
    static Reduction rgduDepuis2026(BigDecimal remuneration, BigDecimal smic, int effectif, ParametresDeCotisation p) {
        if (remuneration.signum() == 0 || atteintLeSeuil(remuneration, smic, p.rgduPlafondSmic)) {
            return Reduction.AUCUNE;
        }
        double tmin = p.rgduTmin.doubleValue();
        double tdelta = (effectif < p.seuilFnal ? p.rgduTdeltaMoinsDe50 : p.rgduTdelta50EtPlus).doubleValue();
        double rapport = 0.5 * (p.rgduPlafondSmic.doubleValue() * smic.doubleValue() / remuneration.doubleValue() - 1);
        double coefficient = Math.min(tmin + tdelta * Math.pow(rapport, p.rgduPuissance.doubleValue()), tmin + tdelta);
        var c = arrondiA4Decimales(coefficient);
        return new Reduction(Reduction.Regime.RGDU, c, remuneration.multiply(c));
    }

    /** Réduction générale (CSS art. L241-13 et D241-7 dans leur rédaction de 2019 à 2025). */
    static Reduction reductionGeneraleDepuis2019(BigDecimal remuneration, BigDecimal smic, int effectif, ParametresDeCotisation p) {
        if (remuneration.signum() == 0 || atteintLeSeuil(remuneration, smic, p.reductionGeneralePlafondSmic)) {
            return Reduction.AUCUNE;
        }
        var t = coefficientT(effectif, p);
        double c = t.doubleValue() / p.reductionGeneraleDiviseur.doubleValue()
                * (p.reductionGeneralePlafondSmic.doubleValue() * smic.doubleValue() / remuneration.doubleValue() - 1);
        var coefficient = arrondiA4Decimales(c).min(t);
        return new Reduction(Reduction.Regime.REDUCTION_GENERALE, coefficient, remuneration.multiply(coefficient));
    }

    /** Le coefficient maximal T : somme des taux patronaux couverts par la réduction (CSS art. D241-7 I), à 4 décimales. */
    static BigDecimal coefficientT(int effectif, ParametresDeCotisation p) {
        var maladie = p.maladieTauxReduit != null ? p.maladieEmployeur.min(p.maladieTauxReduit) : p.maladieEmployeur;
        var famille = p.allocationsFamilialesTauxReduit != null ? p.allocationsFamiliales.min(p.allocationsFamilialesTauxReduit)
                : p.allocationsFamiliales;
        var t = maladie.add(famille).add(p.vieillesseDeplafonneeEmployeur).add(p.vieillessePlafonneeEmployeur).add(p.csa)
                .add(p.atmpTauxMinimum).add(effectif < p.seuilFnal ? p.fnalMoinsDe50 : p.fnal50EtPlus).add(p.chomage)
                .add(p.rcT1Employeur).add(p.cegT1Employeur);
        return t.setScale(4, RoundingMode.HALF_UP);
    }

    /** Arrondi à 4 décimales du moteur de référence : {@code Math.round((x + ε) × 10⁴) / 10⁴}. */
    static BigDecimal arrondiA4Decimales(double x) {
        return BigDecimal.valueOf(Math.round((x + Math.ulp(1.0)) * 1e4), 4);
    }
}
