package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Un virement SEPA (CdtTrfTxInf) tel qu'il s'écrit : l'EndToEndId, qui voyage jusqu'au bénéficiaire et sert au
 * rapprochement, le montant, le bénéficiaire et son compte, le libellé porté sur son relevé.
 */
public record Virement(String endToEndId, BigDecimal montant, String beneficiaire, String iban, @Nullable String bic, String libelle) {
}
