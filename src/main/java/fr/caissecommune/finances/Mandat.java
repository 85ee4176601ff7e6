package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.finances.sepa.Epc;

/**
 * Le mandat de prélèvement SEPA signé par le débiteur : sa référence unique (RUM, 35 caractères au plus, jeu
 * EPC) et sa date de signature.
 */
public record Mandat(String rum, LocalDate dateDeSignature) {

    public Mandat {
        Controles.texte(rum, "Mandat", "RUM", 35);
        if (!Epc.estUneReference(rum)) {
            throw new IllegalArgumentException("Mandat invalide : la RUM « " + rum
                    + " » ne doit contenir que lettres, chiffres et / - ? : ( ) . , ' + (sans espace, ni « / » en tête, en fin ou doublé)");
        }
    }
}
