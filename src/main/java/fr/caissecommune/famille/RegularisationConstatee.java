package fr.caissecommune.famille;

import java.time.YearMonth;
import java.util.UUID;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;

/**
 * Publié quand un réexamen des mois passés fait apparaître un écart : un rappel (montant positif, dû à
 * l'allocataire) ou un indu (trop-perçu à récupérer).
 */
public record RegularisationConstatee(UUID regularisation, FoyerId foyer, NatureDeRegularisation nature, Montant montant,
        YearMonth premierMois, YearMonth dernierMois, boolean resulteDUnControle, java.time.LocalDate constateeLe) {
}
