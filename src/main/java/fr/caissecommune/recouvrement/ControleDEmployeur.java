package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Un contrôle d'employeur (CSS art. L243-7 et R243-59) : période vérifiée, redressement et crédit notifiés. */
public record ControleDEmployeur(UUID id, UUID cotisant, LocalDate debut, LocalDate fin, LocalDate notifieLe, BigDecimal redressement,
        BigDecimal credit, String observations, String controleur) {
}
