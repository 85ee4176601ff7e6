package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Un écart entre ce que l'employeur a déclaré et ce que la caisse recalcule, pour un salarié et un versement : à
 * examiner par le gestionnaire du compte (régularisation, contrôle).
 *
 * @param nature ECART_DE_MONTANT, ECART_DE_BASE, COTISATION_NON_DECLAREE ou COTISATION_NON_DUE
 * @param code code de cotisation individuelle (S21.G00.81.001) ou de base assujettie (S21.G00.78.001)
 */
public record Anomalie(UUID declaration, int individu, @Nullable String nir, @Nullable LocalDate dateVersement, String nature, String code,
        String libelle, BigDecimal declare, BigDecimal calcule) {

    public BigDecimal ecart() {
        return declare.subtract(calcule);
    }

    public String enFrancais() {
        return (nir == null ? "salarié n° " + individu : "NIR " + nir) + ", versement du " + dateVersement + " : " + libelle + " (" + code + ") — "
                + switch (nature) {
                    case "COTISATION_NON_DECLAREE" -> "non déclarée, " + calcule.toPlainString() + " € dus";
                    case "COTISATION_NON_DUE" -> "déclarée (" + declare.toPlainString() + " €) mais non due";
                    default -> declare.toPlainString() + " € déclarés, " + calcule.toPlainString() + " € recalculés (écart " + ecart().toPlainString() + " €)";
                };
    }
}
