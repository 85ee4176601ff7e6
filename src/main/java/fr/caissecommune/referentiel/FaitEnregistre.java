package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Un fait tel qu'il a été enregistré : sa date d'effet, sa source, l'agent, l'opération (changement,
 * correction, annulation), le fait qu'il corrige, et s'il est encore en vigueur.
 */
public record FaitEnregistre(FaitId id, PersonneId personne, @Nullable FoyerId foyer, Fait fait, LocalDate dateEffet,
        Source source, Operation operation, @Nullable FaitId corrige, boolean enVigueur, @Nullable String motif,
        String enregistrePar, LocalDateTime enregistreLe) {
}
