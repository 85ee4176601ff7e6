package fr.caissecommune.commun;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
/** Numéro RPPS d'un professionnel de santé : 11 chiffres, le dernier étant une clé de Luhn. */
public record Rpps(String valeur) {

    public Rpps {
        var texte = valeur.replace(" ", "");
        if (!texte.matches("\\d{11}")) {
            throw new IllegalArgumentException("RPPS invalide : 11 chiffres attendus, « " + valeur + " » reçu");
        }
        if (!Luhn.estValide(texte)) {
            throw new IllegalArgumentException("RPPS invalide : la clé de Luhn de « " + texte + " » est fausse");
        }
        valeur = texte;
    }

    @JsonCreator
    public static Rpps of(String texte) {
        return new Rpps(texte);
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
