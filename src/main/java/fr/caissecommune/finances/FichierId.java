package fr.caissecommune.finances;

import java.util.UUID;

/** L'identifiant d'un fichier SEPA remis à la banque. */
public record FichierId(UUID valeur) {

    public static FichierId nouveau() {
        return new FichierId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return valeur.toString();
    }
}
