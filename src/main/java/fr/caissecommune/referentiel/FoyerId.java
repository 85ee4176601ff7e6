package fr.caissecommune.referentiel;

import java.util.UUID;

/** L'identifiant d'un foyer (la famille au sens des prestations familiales). */
public record FoyerId(UUID valeur) {

    public static FoyerId nouveau() {
        return new FoyerId(UUID.randomUUID());
    }

    public static FoyerId of(String texte) {
        return new FoyerId(UUID.fromString(texte));
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
