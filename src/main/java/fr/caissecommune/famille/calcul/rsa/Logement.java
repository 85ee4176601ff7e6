package fr.caissecommune.famille.calcul.rsa;

import fr.caissecommune.commun.Montant;

/**
 * La situation de logement qui fait déduire le forfait logement du RSA et de la prime d'activité (CASF, art. L262-3
 * et R262-9 à R262-10 ; CSS, art. R844-3) : aide au logement perçue, propriété sans charge de remboursement,
 * hébergement à titre gratuit.
 *
 * @param occupation la façon d'occuper le logement
 * @param aideAuLogement l'aide au logement perçue pour le mois (zéro si aucune)
 */
public record Logement(Occupation occupation, Montant aideAuLogement) {

    /** Les façons d'occuper le logement qui comptent pour le forfait logement. */
    public enum Occupation {
        /** Locataire ou accédant : le forfait n'est dû que si une aide au logement est perçue. */
        LOCATAIRE_OU_ACCEDANT,
        /** Propriétaire sans remboursement d'emprunt : avantage en nature, forfait dû. */
        PROPRIETAIRE,
        /** Hébergé gratuitement, sans participation aux frais : avantage en nature, forfait dû. */
        HEBERGE_GRATUITEMENT,
        /** Hébergé avec participation aux frais, sans domicile, ou autre : pas de forfait, sauf aide au logement. */
        AUTRE
    }

    public static Logement sansAvantage() {
        return new Logement(Occupation.AUTRE, Montant.ZERO);
    }

    public boolean avantageEnNature() {
        return occupation == Occupation.PROPRIETAIRE || occupation == Occupation.HEBERGE_GRATUITEMENT;
    }
}
