package fr.caissecommune.referentiel;

import java.time.LocalDate;

/** Un foyer : son numéro d'allocataire et la personne qui en est l'allocataire. */
public record Foyer(FoyerId id, String numero, PersonneId allocataire, LocalDate creeLe) {
}
