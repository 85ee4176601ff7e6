package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Un paiement reçu (prélèvement, virement, chèque, crédit de contrôle) et sa part non imputée (au crédit du compte). */
public record Paiement(UUID id, UUID cotisant, String reference, String mode, LocalDate recuLe, BigDecimal montant, BigDecimal nonImpute, String statut,
        @Nullable String motifRejet) {
}
