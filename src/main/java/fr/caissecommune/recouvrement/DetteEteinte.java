package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand une dette est éteinte sans paiement : remise de majorations ou admission en non-valeur ; {@code principal} si la dette éteinte est du principal (cotisations, redressement). Le segment distingue les employeurs privés de moins de 10 salariés et de 10 et plus ({@link Cotisant#segment()}).
 */
public record DetteEteinte(UUID cotisant, CategorieDeCotisant categorie, String segment, String decision, boolean principal, int exercice, LocalDate le, BigDecimal montant) {
}
