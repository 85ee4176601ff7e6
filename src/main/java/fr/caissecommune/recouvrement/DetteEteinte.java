package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand une dette est éteinte sans paiement : remise de majorations ou admission en non-valeur ; {@code principal} si la dette éteinte est du principal (cotisations, redressement). */
public record DetteEteinte(UUID cotisant, CategorieDeCotisant categorie, String decision, boolean principal, int exercice, LocalDate le, BigDecimal montant) {
}
