package fr.caissecommune.famille.calcul.ressources;

import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.RessourcesDeReference;
import fr.caissecommune.regles.Instantane;

/**
 * Les ressources fiscales de l'année N-2 des prestations familiales sous condition de ressources (CSS, art. R532-3) :
 * l'année de référence d'un mois de droit et les salaires imposables nets de la déduction forfaitaire de 10 %, par
 * personne ({@link RessourcesDeReference}).
 */
public final class RessourcesDeLAnneeDeReference {

    private RessourcesDeLAnneeDeReference() {
    }

    /** L'année civile de référence : l'avant-dernière année qui précède la période de paiement (CSS, art. R532-3). */
    public static int annee(YearMonth moisDuDroit) {
        return moisDuDroit.getYear() - 2;
    }

    /**
     * Les ressources de l'année de référence d'un foyer : somme, par personne, des salaires imposables après déduction
     * forfaitaire, et des autres revenus catégoriels donnés.
     *
     * @param parametresDeLAnnee les paramètres au 1er janvier de l'année des revenus
     */
    public static Montant total(java.util.List<Montant> salairesImposablesParPersonne, Montant autresRevenusCategoriels,
            Instantane parametresDeLAnnee) {
        var total = autresRevenusCategoriels;
        for (var salaires : salairesImposablesParPersonne) {
            total = total.plus(RessourcesDeReference.salairesApresDeductionForfaitaire(salaires, parametresDeLAnnee));
        }
        return total;
    }
}
