package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Un lot de virements (PmtInf) : ceux d'une même date d'exécution, débités du même compte de la caisse.
 * Nombre et total sont annoncés avant les virements et vérifiés à la fermeture du lot.
 */
public record LotDeVirements(String pmtInfId, LocalDate dateExecution, long nombre, BigDecimal total, CompteBancaire debiteur) {

    public LotDeVirements {
        if (!Epc.estUneReference(pmtInfId)) {
            throw new IllegalArgumentException("PmtInfId invalide : « " + pmtInfId + " » doit compter 1 à 35 caractères du jeu EPC, sans espace");
        }
    }
}
