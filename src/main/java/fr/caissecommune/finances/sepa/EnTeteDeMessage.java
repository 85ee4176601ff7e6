package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * L'en-tête d'un message SEPA (GrpHdr) : identifiant unique, date de création, nombre d'opérations et somme
 * de contrôle de tout le fichier, et nom de l'émetteur. Nombre et somme sont connus avant l'écriture (calculés
 * en base) ; l'écrivain vérifie qu'ils correspondent aux opérations effectivement écrites.
 */
public record EnTeteDeMessage(String msgId, LocalDateTime creation, long nombre, BigDecimal total, String initiateur) {

    public EnTeteDeMessage {
        if (!Epc.estUneReference(msgId)) {
            throw new IllegalArgumentException("MsgId invalide : « " + msgId + " » doit compter 1 à 35 caractères du jeu EPC, sans espace");
        }
    }
}
