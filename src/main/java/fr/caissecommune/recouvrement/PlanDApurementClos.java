package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand un plan d'apurement est soldé, dénoncé (versement manqué) ou annulé. */
public record PlanDApurementClos(UUID plan, UUID cotisant, CategorieDeCotisant categorie, LocalDate le, String statut) {
}
