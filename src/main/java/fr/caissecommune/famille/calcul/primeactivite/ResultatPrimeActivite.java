package fr.caissecommune.famille.calcul.primeactivite;

import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * La prime d'activité calculée au réexamen trimestriel, fixée pour les trois mois du droit (CSS, art. L843-4).
 *
 * @param premierMois premier mois du droit (le mois du réexamen)
 * @param montantForfaitaire montant forfaitaire applicable
 * @param forfaitLogement forfait logement compté dans les ressources
 * @param montantCalcule moyenne des montants des trois mois du trimestre de référence, avant le seuil de versement
 * @param verse montant mensuel versé pour chacun des trois mois : nul sous le seuil de versement
 */
public record ResultatPrimeActivite(YearMonth premierMois, Montant montantForfaitaire, Montant forfaitLogement, Montant montantCalcule,
        Montant verse, Explication explication) {

    /** Vrai si le droit calculé en {@code premierMois} couvre ce mois : les trois mois à partir du réexamen. */
    public boolean couvre(YearMonth mois) {
        return !mois.isBefore(premierMois) && mois.isBefore(premierMois.plusMonths(3));
    }
}
