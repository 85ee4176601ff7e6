package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Un plan d'apurement (délai de paiement, CSS art. R243-21) : son échéancier, ce qui en est payé, son statut. */
public record PlanDApurement(UUID id, UUID cotisant, LocalDate accordeLe, BigDecimal montant, String statut, String motif, @Nullable LocalDate closLe,
        @Nullable String motifCloture, BigDecimal paye, List<Versement> versements) {

    public record Versement(int rang, LocalDate dateLimite, BigDecimal montant) {
    }

    public boolean enCours() {
        return "EN_COURS".equals(statut);
    }
}
