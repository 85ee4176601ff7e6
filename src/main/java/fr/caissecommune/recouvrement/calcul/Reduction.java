package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;

/**
 * Une réduction de cotisations patronales (CSS art. L241-13) : son régime, le coefficient appliqué à la rémunération
 * et le montant à déduire (positif).
 */
public record Reduction(Regime regime, BigDecimal coefficient, BigDecimal montant) {

    /** Le régime de réduction applicable à la date de versement. */
    public enum Regime {
        /** Aucune réduction (rémunération au-delà du plafond ou nulle). */
        AUCUNE,
        /** Réduction générale des cotisations patronales, jusqu'au 31 décembre 2025 (code DSN 018, CTP 668). */
        REDUCTION_GENERALE,
        /** Réduction générale dégressive unique, depuis le 1er janvier 2026. */
        RGDU
    }

    static final Reduction AUCUNE = new Reduction(Regime.AUCUNE, BigDecimal.ZERO, BigDecimal.ZERO);
}
