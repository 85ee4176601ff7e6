package fr.caissecommune.famille;

import java.time.LocalDate;


import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Source;

/** Publié quand une demande de prestation est reçue (guichet, courrier, espace en ligne…). */
public record DemandeDeposee(DemandeId demande, FoyerId foyer, Prestation prestation, boolean minimumSocial, Source canal, LocalDate recueLe) {
}
