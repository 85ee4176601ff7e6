package fr.caissecommune.referentiel;

import java.util.UUID;

/** L'identifiant d'une personne du référentiel. */
public record PersonneId(UUID valeur) {

    public static PersonneId nouveau() {
        return new PersonneId(UUID.randomUUID());
    }

    public static PersonneId of(String texte) {
        return new PersonneId(UUID.fromString(texte));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
