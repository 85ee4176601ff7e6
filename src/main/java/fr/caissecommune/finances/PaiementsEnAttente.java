package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/** Pour l'écran de l'agent comptable : les ordres ordonnancés et non encore transmis d'une date d'exécution. */
public record PaiementsEnAttente(LocalDate dateExecution, int nombre, Montant total) {
}
