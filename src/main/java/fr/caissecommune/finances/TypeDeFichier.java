package fr.caissecommune.finances;

/** Les fichiers SEPA que la caisse remet à sa banque. */
public enum TypeDeFichier {

    /** Virements (prestations payées), message ISO 20022 {@code pain.001.001.09}. */
    VIREMENTS,
    /** Prélèvements (cotisations encaissées), message ISO 20022 {@code pain.008.001.08}. */
    PRELEVEMENTS
}
