package fr.caissecommune.finances;

import java.util.UUID;

/** L'identifiant d'une créance de la caisse sur un tiers. */
public record CreanceId(UUID valeur) {

    public static CreanceId nouveau() {
        return new CreanceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
