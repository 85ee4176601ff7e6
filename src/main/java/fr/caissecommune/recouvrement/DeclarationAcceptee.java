package fr.caissecommune.recouvrement;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Publié quand une DSN mensuelle est acceptée et enregistrée (le cas échéant en remplacement d'une précédente). */
public record DeclarationAcceptee(UUID declaration, String siret, YearMonth mois, int individus, int anomalies, @Nullable UUID remplacee) {
}
