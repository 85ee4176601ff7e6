package fr.caissecommune.accueil;

import java.time.LocalDateTime;
import java.util.UUID;

import fr.caissecommune.referentiel.PersonneId;

/** Un contact avec l'usager : quand, par quel canal, pour quel motif, avec quel agent, et ce qui a été fait. */
public record Contact(UUID id, PersonneId personne, Canal canal, String motif, String suite, LocalDateTime le, String agent) {
}
