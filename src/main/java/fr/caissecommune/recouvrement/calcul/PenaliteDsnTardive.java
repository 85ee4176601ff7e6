package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * La pénalité pour défaut de production de la DSN dans les délais (CSS art. L133-5-4 et R133-14) : par salarié
 * déclaré et par mois ou fraction de mois de retard, 1,5 % du plafond mensuel de la sécurité sociale arrondi à
 * l'euro supérieur ; le total est plafonné à 150 % du plafond mensuel pour le premier retard de l'année civile
 * (le plafonnement ne s'applique qu'une fois par an).
 */
public final class PenaliteDsnTardive {

    private PenaliteDsnTardive() {
    }

    /**
     * @param echeance la date limite de dépôt de la DSN
     * @param deposeeLe la date de dépôt effective
     * @param salaries le nombre de salariés déclarés (au moins 1 : une DSN néant tardive compte pour un)
     * @param pmss le plafond mensuel de la sécurité sociale à l'échéance
     * @param taux la fraction du plafond par salarié et par mois (0,015)
     * @param plafondEnPmss le plafond de la pénalité en nombre de PMSS (1,5)
     * @param premierRetardDeLAnnee vrai si aucun retard plafonné n'a été sanctionné dans l'année civile
     */
    public static BigDecimal montant(LocalDate echeance, LocalDate deposeeLe, int salaries, BigDecimal pmss, BigDecimal taux,
            BigDecimal plafondEnPmss, boolean premierRetardDeLAnnee) {
        long mois = MajorationsDeRetard.moisEntames(echeance, deposeeLe);
        if (mois == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        var parSalarieEtParMois = pmss.multiply(taux).setScale(0, RoundingMode.CEILING);
        var total = parSalarieEtParMois.multiply(BigDecimal.valueOf(Math.max(1, salaries))).multiply(BigDecimal.valueOf(mois));
        if (premierRetardDeLAnnee) {
            total = total.min(pmss.multiply(plafondEnPmss));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
