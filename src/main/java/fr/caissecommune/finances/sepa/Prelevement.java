package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Un prélèvement SEPA (DrctDbtTxInf) tel qu'il s'écrit : EndToEndId, montant, mandat (RUM et date de
 * signature), débiteur et son compte, libellé porté sur son relevé.
 */
public record Prelevement(String endToEndId, BigDecimal montant, String rum, LocalDate dateSignature, String debiteur,
        String iban, @Nullable String bic, String libelle) {
}
