package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand une dette est éteinte sans paiement : remise de majorations ou admission en non-valeur. */
public record DetteEteinte(UUID cotisant, CategorieDeCotisant categorie, String decision, int exercice, LocalDate le, BigDecimal montant) {
}
