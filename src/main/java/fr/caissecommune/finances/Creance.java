package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/** Une créance de la caisse sur un tiers : son montant initial et ce qui en reste dû. */
public record Creance(CreanceId id, String reference, String tiers, String origine, NatureDeCreance nature, String libelle,
        Montant montant, Montant resteDu, LocalDate dateConstatation) {

    /** Vrai tant qu'il reste quelque chose à recouvrer. */
    public boolean estOuverte() {
        return resteDu.estPositif();
    }

    /** Ce qui a été recouvré ou remis. */
    public Montant apure() {
        return montant.moins(resteDu);
    }
}
