package fr.caissecommune.finances;

import fr.caissecommune.commun.Montant;

/** Les contrôles de saisie communs aux valeurs du module ; chaque message nomme l'objet, le champ et la règle. */
final class Controles {

    /** Le plus grand montant qu'accepte un virement ou un prélèvement SEPA. */
    static final Montant MAXIMUM_SEPA = Montant.euros("999999999.99");

    private Controles() {
    }

    static String texte(String valeur, String objet, String champ, int longueurMax) {
        if (valeur.isBlank()) {
            throw new IllegalArgumentException(objet + " invalide : " + champ + " absent");
        }
        if (valeur.length() > longueurMax) {
            throw new IllegalArgumentException(objet + " invalide : " + champ + " « " + valeur + " » dépasse " + longueurMax + " caractères");
        }
        return valeur;
    }

    /** Un montant strictement positif, au centime, rendu avec deux décimales. */
    static Montant montantPositif(Montant montant, String objet, String champ) {
        if (!montant.estPositif()) {
            throw new IllegalArgumentException(objet + " invalide : " + champ + " doit être positif (" + montant + " reçu)");
        }
        return auCentime(montant, objet, champ);
    }

    /** Un montant au centime près, rendu avec deux décimales. */
    static Montant auCentime(Montant montant, String objet, String champ) {
        if (montant.valeur().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(objet + " invalide : " + champ + " " + montant.valeur().toPlainString() + " a plus de deux décimales");
        }
        return Montant.centimes(montant.enCentimes());
    }

    /** Un montant payable par SEPA : positif, au centime, au plus 999 999 999,99 €. */
    static Montant montantSepa(Montant montant, String objet, String champ) {
        var auCentime = montantPositif(montant, objet, champ);
        if (auCentime.compareTo(MAXIMUM_SEPA) > 0) {
            throw new IllegalArgumentException(objet + " invalide : " + champ + " " + montant + " dépasse le maximum SEPA de 999 999 999,99 €");
        }
        return auCentime;
    }
}
