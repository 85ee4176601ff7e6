package fr.caissecommune.commun;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
/** Numéro SIREN d'une entreprise : 9 chiffres dont le dernier est une clé de Luhn. */
public record Siren(String valeur) {

    public Siren {
        var texte = valeur.replace(" ", "");
        if (!texte.matches("\\d{9}")) {
            throw new IllegalArgumentException("SIREN invalide : 9 chiffres attendus, « " + valeur + " » reçu");
        }
        if (!Luhn.estValide(texte)) {
            throw new IllegalArgumentException("SIREN invalide : la clé de Luhn de « " + texte + " » est fausse");
        }
        valeur = texte;
    }

    @JsonCreator
    public static Siren of(String texte) {
        return new Siren(texte);
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
