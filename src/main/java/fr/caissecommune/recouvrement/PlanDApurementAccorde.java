package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand un plan d'apurement est accordé. */
public record PlanDApurementAccorde(UUID plan, UUID cotisant, CategorieDeCotisant categorie, LocalDate le, BigDecimal montant, int versements) {
}
