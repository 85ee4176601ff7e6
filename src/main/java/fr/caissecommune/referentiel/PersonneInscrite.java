package fr.caissecommune.referentiel;

import java.time.LocalDate;

/** Publié quand une personne est inscrite au référentiel. */
public record PersonneInscrite(PersonneId personne, LocalDate dateDeNaissance, boolean avecNir, LocalDate inscriteLe) {
}
