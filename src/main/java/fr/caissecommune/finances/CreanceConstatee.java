package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/** Publié quand une créance est constatée sur un tiers et inscrite au grand livre. */
public record CreanceConstatee(CreanceId creance, String tiers, String origine, String reference, NatureDeCreance nature,
        Montant montant, LocalDate dateConstatation) {
}
