package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Publié quand un paiement est encaissé et imputé : montant total et part imputée sur le principal (cotisations, redressements) par exercice des dettes ; un rejet de prélèvement publie les montants négatifs. */
public record PaiementImpute(UUID cotisant, CategorieDeCotisant categorie, String mode, LocalDate le, BigDecimal montant, Map<Integer, BigDecimal> imputeParExercice) {
}
