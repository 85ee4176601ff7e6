package fr.caissecommune.commun;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
/**
 * Code officiel géographique (COG) d'une commune, attribué par l'INSEE : 5 caractères, département sur
 * deux caractères (2A/2B pour la Corse) ou trois pour l'outre-mer. Son existence se vérifie dans le
 * référentiel des communes.
 */
public record CodeCommune(String valeur) {

    public CodeCommune {
        var texte = valeur.trim().toUpperCase();
        if (!texte.matches("(\\d{2}|2A|2B)\\d{3}")) {
            throw new IllegalArgumentException("Code commune invalide : 5 caractères INSEE attendus (ex. 48095), « " + valeur + " » reçu");
        }
        valeur = texte;
    }

    @JsonCreator
    public static CodeCommune of(String texte) {
        return new CodeCommune(texte);
    }

    /** Le département : deux caractères, trois en outre-mer (971…976). */
    public String departement() {
        return valeur.startsWith("97") ? valeur.substring(0, 3) : valeur.substring(0, 2);
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
