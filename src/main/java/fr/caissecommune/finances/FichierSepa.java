package fr.caissecommune.finances;

import java.time.LocalDate;
import java.time.LocalDateTime;

import fr.caissecommune.commun.Montant;

/**
 * Un fichier SEPA remis à la banque : son identifiant de message (MsgId), son format, son emplacement et son
 * empreinte SHA-256 (pour prouver qu'il n'a pas changé depuis sa validation), le nombre d'opérations et leur
 * total, la date d'exécution (ou d'échéance) jusqu'à laquelle il porte, et l'agent comptable qui l'a validé.
 */
public record FichierSepa(FichierId id, TypeDeFichier type, String format, String msgId, String chemin, int nombre,
        Montant total, String sha256, LocalDate dateExecution, String validePar, LocalDateTime valideLe) {
}
