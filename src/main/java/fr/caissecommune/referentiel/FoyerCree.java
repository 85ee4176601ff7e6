package fr.caissecommune.referentiel;

import java.time.LocalDate;

/** Publié quand un foyer est créé autour de son allocataire. */
public record FoyerCree(FoyerId foyer, String numero, PersonneId allocataire, LocalDate le) {
}
