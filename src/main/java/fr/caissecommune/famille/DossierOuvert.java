package fr.caissecommune.famille;

import java.time.LocalDate;

import fr.caissecommune.referentiel.FoyerId;

/** Publié quand un dossier d'allocataire est ouvert pour un foyer. */
public record DossierOuvert(FoyerId foyer, String numeroAllocataire, LocalDate le) {
}
