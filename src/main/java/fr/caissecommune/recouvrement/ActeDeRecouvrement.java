package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Un acte du recouvrement forcé : mise en demeure (CSS art. L244-2, délai d'un mois pour régulariser), puis contrainte
 * (art. L244-9, titre exécutoire faute d'opposition).
 */
public record ActeDeRecouvrement(UUID id, UUID cotisant, String nature, LocalDate emisLe, @Nullable LocalDate dateLimite, BigDecimal montant,
        String statut, @Nullable UUID precedent) {
}
