package fr.caissecommune.famille.calcul.rsa;

import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Le RSA d'un mois : les étapes et le montant versé, avec son explication.
 *
 * @param mois le mois du droit (demande ou réexamen trimestriel)
 * @param montantForfaitaire montant forfaitaire applicable (majoré pour isolement s'il y a lieu)
 * @param majore vrai si le montant majoré pour isolement est retenu
 * @param forfaitLogement forfait logement déduit
 * @param ressources ressources retenues (moyenne du trimestre et prestations familiales)
 * @param montantCalcule montant avant le seuil de versement
 * @param verse montant versé : nul sous le seuil de versement
 */
public record ResultatRsa(YearMonth mois, Montant montantForfaitaire, boolean majore, Montant forfaitLogement, Montant ressources, Montant montantCalcule,
        Montant verse, Explication explication) {

    /**
     * Vrai si le droit calculé au réexamen de {@code mois()} vaut pour ce mois : le montant du RSA, calculé sur la
     * déclaration trimestrielle de ressources, reste acquis pour les trois mois du trimestre de droit (décret n° 2016-1276
     * du 29 septembre 2016).
     */
    public boolean couvre(YearMonth autre) {
        return !autre.isBefore(mois) && autre.isBefore(mois.plusMonths(3));
    }
}
