package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Instantane;

/**
 * Contribution pour le remboursement de la dette sociale (CRDS) précomptée sur les prestations familiales
 * (ordonnance n° 96-50 du 24 janvier 1996, art. 19 ; CGI, art. 1600-0 J). Les montants légaux des prestations
 * sont bruts ; la caisse verse le montant net de CRDS.
 * Paramètre : regles/parametres/prelevements_sociaux/crds/taux.yaml.
 */
public final class Crds {

    static final String TAUX = "prelevements_sociaux/crds/taux";

    private Crds() {
    }

    /** La CRDS retenue sur une prestation brute, arrondie au centime. */
    public static Montant retenue(Montant prestationBrute, Instantane parametres) {
        return retenue(prestationBrute, parametres.valeur(TAUX));
    }

    /** La prestation effectivement versée : brute moins la CRDS. */
    public static Montant netDeCrds(Montant prestationBrute, Instantane parametres) {
        return prestationBrute.moins(retenue(prestationBrute, parametres));
    }

    static Montant retenue(Montant prestationBrute, BigDecimal taux) {
        return prestationBrute.fois(taux).arrondiAuCentime();
    }
}
