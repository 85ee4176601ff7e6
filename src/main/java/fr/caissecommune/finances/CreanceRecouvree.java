package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/** Publié quand tout ou partie d'une créance est recouvré, par retenue sur prestations ou par encaissement. */
public record CreanceRecouvree(CreanceId creance, String tiers, Montant montant, ModeDeRecouvrement mode, LocalDate date,
        Montant resteDu) {
}
