package fr.caissecommune.famille;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.referentiel.FoyerId;

/** Publié quand une demande est décidée (accord ou rejet) ; porte son horloge, reçue puis décidée. */
public record DemandeDecidee(DemandeId demande, FoyerId foyer, Prestation prestation, boolean minimumSocial, boolean accordee, @Nullable MotifDeRejet motifDeRejet, LocalDate recueLe, LocalDate decideeLe) {
}
