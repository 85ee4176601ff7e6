package fr.caissecommune.referentiel;

import java.util.UUID;

/** L'identifiant d'un fait enregistré dans la situation d'une personne ou d'un foyer. */
public record FaitId(UUID valeur) {

    public static FaitId nouveau() {
        return new FaitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
