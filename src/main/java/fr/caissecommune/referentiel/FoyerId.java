package fr.caissecommune.referentiel;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** L'identifiant d'un foyer (la famille au sens des prestations familiales). */
public record FoyerId(UUID valeur) {

    public static FoyerId nouveau() {
        return new FoyerId(UUID.randomUUID());
    }

    @JsonCreator
    public static FoyerId of(String texte) {
        return new FoyerId(UUID.fromString(texte));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }

    /** La valeur telle qu'elle s'écrit en JSON. */
    @JsonValue
    public java.util.UUID valeur() {
        return valeur;
    }
}
