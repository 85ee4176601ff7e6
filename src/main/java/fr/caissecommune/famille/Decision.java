package fr.caissecommune.famille;

import java.time.YearMonth;

import fr.caissecommune.commun.Montant;

/** La décision sur une demande : un accord, avec son explication, ou un rejet, avec son motif et son fondement. */
public sealed interface Decision permits Decision.Accord, Decision.Rejet {

    /** Le droit est ouvert à compter d'un mois, pour un montant mensuel, expliqué (paramètres datés et références). */
    record Accord(YearMonth aCompterDu, Montant montantMensuel, String explication) implements Decision {
    }

    /** La demande est rejetée pour un motif, précisé par le technicien. */
    record Rejet(MotifDeRejet motif, String precision) implements Decision {
    }
}
