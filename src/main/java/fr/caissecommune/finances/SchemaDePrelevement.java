package fr.caissecommune.finances;

/** Le schéma de prélèvement SEPA (SDD) sous lequel le débiteur a signé son mandat. */
public enum SchemaDePrelevement {

    /** Schéma de base, ouvert à tous les débiteurs ; remboursement possible pendant huit semaines. */
    CORE,
    /** Schéma interentreprises, réservé aux débiteurs professionnels ; sans droit au remboursement. */
    B2B
}
