package fr.caissecommune.commun;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
/**
 * Numéro SIRET d'un établissement : SIREN (9 chiffres) + NIC (5 chiffres), contrôlé par la formule de Luhn
 * sur les 14 chiffres. Exception de La Poste (SIREN 356000000) : la somme des chiffres doit être un
 * multiple de 5, sauf pour le siège 35600000000048 qui suit la règle de Luhn.
 */
public record Siret(String valeur) {

    private static final String SIREN_LA_POSTE = "356000000";

    public Siret {
        var texte = valeur.replace(" ", "");
        if (!texte.matches("\\d{14}")) {
            throw new IllegalArgumentException("SIRET invalide : 14 chiffres attendus, « " + valeur + " » reçu");
        }
        if (!estValide(texte)) {
            throw new IllegalArgumentException("SIRET invalide : la clé de contrôle de « " + texte + " » est fausse"
                    + (texte.startsWith(SIREN_LA_POSTE) ? " (règle de La Poste : somme des chiffres multiple de 5)" : " (formule de Luhn)"));
        }
        valeur = texte;
    }

    private static boolean estValide(String texte) {
        if (texte.startsWith(SIREN_LA_POSTE) && !texte.equals("35600000000048")) {
            return texte.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Luhn.estValide(texte);
    }

    @JsonCreator
    public static Siret of(String texte) {
        return new Siret(texte);
    }

    public Siren siren() {
        return new Siren(valeur.substring(0, 9));
    }

    public String nic() {
        return valeur.substring(9);
    }

    @Override
    public String toString() {
        return valeur;
    }

    /** La valeur telle qu'elle s'écrit en JSON. */
    @JsonValue
    public String valeur() {
        return valeur;
    }
}
