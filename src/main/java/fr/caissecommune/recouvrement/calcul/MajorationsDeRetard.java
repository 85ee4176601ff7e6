package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Les majorations de retard sur cotisations et contributions non versées à leur date d'exigibilité (CSS art. R243-16,
 * dans sa rédaction issue du décret n° 2016-941 du 8 juillet 2016) : une majoration de 5 % du montant non versé à la
 * date d'exigibilité, augmentée d'une majoration complémentaire de 0,2 % du montant restant dû par mois ou fraction de
 * mois écoulé depuis cette date. Les taux sont des paramètres datés ({@code recouvrement/majorations/…}).
 */
public final class MajorationsDeRetard {

    private MajorationsDeRetard() {
    }

    /**
     * Le nombre de mois ou fractions de mois écoulés entre la date d'exigibilité et la date d'arrêté : 0 si l'arrêté
     * ne dépasse pas l'exigibilité ; une fraction de mois commencée compte pour un mois (R243-16).
     */
    public static long moisEntames(LocalDate exigibleLe, LocalDate au) {
        if (!au.isAfter(exigibleLe)) {
            return 0;
        }
        long mois = ChronoUnit.MONTHS.between(exigibleLe, au);
        return exigibleLe.plusMonths(mois).isBefore(au) ? mois + 1 : mois;
    }

    /** La majoration initiale : taux (5 %) × montant non versé à la date d'exigibilité, arrondie au centime. */
    public static BigDecimal initiale(BigDecimal nonVerse, BigDecimal taux) {
        return nonVerse.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : nonVerse.multiply(taux).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * La majoration complémentaire due pour les mois entamés entre {@code dejaMajoreJusquau} (exclu) et {@code au} :
     * taux mensuel (0,2 %) × montant restant dû × nombre de mois nouvellement entamés depuis l'exigibilité. Un calcul
     * répété à la même date ne rend rien de plus (traitement relançable sans majorer deux fois).
     */
    public static BigDecimal complementaire(BigDecimal resteDu, LocalDate exigibleLe, LocalDate dejaMajoreJusquau, LocalDate au,
            BigDecimal tauxMensuel) {
        long nouveaux = moisEntames(exigibleLe, au) - moisEntames(exigibleLe, dejaMajoreJusquau);
        if (nouveaux <= 0 || resteDu.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return resteDu.multiply(tauxMensuel).multiply(BigDecimal.valueOf(nouveaux)).setScale(2, RoundingMode.HALF_UP);
    }
}
