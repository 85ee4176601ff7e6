package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Le taux de restes à recouvrer d'un exercice : montant des cotisations liquidées au titre de l'exercice et non
 * encore recouvrées (ni payées, ni remises, ni admises en non-valeur), rapporté aux cotisations liquidées de
 * l'exercice ; en pourcentage à deux décimales, comme dans les rapports d'activité des Urssaf.
 */
public final class RestesARecouvrer {

    private RestesARecouvrer() {
    }

    public static BigDecimal tauxEnPourcentage(BigDecimal restes, BigDecimal liquide) {
        if (liquide.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return restes.multiply(BigDecimal.valueOf(100)).divide(liquide, 2, RoundingMode.HALF_UP);
    }
}
