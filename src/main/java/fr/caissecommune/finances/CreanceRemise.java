package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/** Publié quand une remise de dette est accordée sur une créance (décision du directeur ou de la CRA). */
public record CreanceRemise(CreanceId creance, String tiers, Montant montant, String motif, String decideur, LocalDate date,
        Montant resteDu) {
}
