package fr.caissecommune.famille;

import java.util.UUID;

/** L'identifiant d'une demande de prestation. */
public record DemandeId(UUID valeur) {

    public static DemandeId nouveau() {
        return new DemandeId(UUID.randomUUID());
    }

    public static DemandeId of(String texte) {
        try {
            return new DemandeId(UUID.fromString(texte));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Identifiant de demande invalide : « " + texte + " »");
        }
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
