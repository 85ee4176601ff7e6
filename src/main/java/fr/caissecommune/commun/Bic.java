package fr.caissecommune.commun;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.UnsupportedCountryException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Code d'identification d'une banque (ISO 9362), contrôlé par iban4j : 8 ou 11 caractères. */
public record Bic(String valeur) {

    public Bic {
        var texte = valeur.replace(" ", "").toUpperCase();
        try {
            BicUtil.validate(texte);
        } catch (UnsupportedCountryException e) {
            throw new IllegalArgumentException("BIC invalide : pays de « " + texte + " » inconnu");
        } catch (BicFormatException e) {
            throw new IllegalArgumentException("BIC invalide : « " + texte + " » doit compter 8 ou 11 caractères (banque, pays, lieu, agence)");
        }
        valeur = texte;
    }

    @JsonCreator
    public static Bic of(String texte) {
        return new Bic(texte);
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
