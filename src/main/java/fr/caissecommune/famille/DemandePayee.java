package fr.caissecommune.famille;

import java.time.LocalDate;


import fr.caissecommune.referentiel.FoyerId;

/** Publié quand le premier versement suivant l'accord d'une demande est émis ; porte son horloge, reçue puis payée. */
public record DemandePayee(DemandeId demande, FoyerId foyer, Prestation prestation, boolean minimumSocial, LocalDate recueLe, LocalDate payeeLe) {
}
