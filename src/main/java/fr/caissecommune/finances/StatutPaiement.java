package fr.caissecommune.finances;

/** Où en est un ordre de paiement. */
public enum StatutPaiement {

    /** Ordonnancé par le module métier, en attente de validation par l'agent comptable. */
    ORDONNANCE,
    /** Validé par l'agent comptable et remis à la banque dans un fichier de virements. */
    TRANSMIS
}
