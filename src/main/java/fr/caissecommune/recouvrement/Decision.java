package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Une décision sur une dette : remise de majorations (directeur) ou admission en non-valeur (agent comptable). */
public record Decision(UUID id, UUID cotisant, @Nullable UUID echeance, String nature, BigDecimal montant, String motif, String decideur, LocalDate le) {
}
