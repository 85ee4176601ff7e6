package fr.caissecommune.referentiel;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** L'identifiant d'une personne du référentiel. */
public record PersonneId(UUID valeur) {

    public static PersonneId nouveau() {
        return new PersonneId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonneId of(String texte) {
        return new PersonneId(UUID.fromString(texte));
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
