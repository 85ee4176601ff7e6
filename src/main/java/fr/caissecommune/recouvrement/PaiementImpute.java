package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand un paiement est encaissé et imputé : montant total et part imputée sur le principal (cotisations, redressements) par exercice des dettes ; un rejet de prélèvement publie les montants négatifs. Le segment distingue les employeurs privés de moins de 10 salariés et de 10 et plus ({@link Cotisant#segment()}).
 */
public record PaiementImpute(UUID cotisant, CategorieDeCotisant categorie, String segment, String mode, LocalDate le, BigDecimal montant, Map<Integer, BigDecimal> imputeParExercice) {
}
