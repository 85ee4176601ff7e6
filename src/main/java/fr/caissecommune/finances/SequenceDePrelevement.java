package fr.caissecommune.finances;

/** La place d'un prélèvement dans la vie de son mandat. */
public enum SequenceDePrelevement {

    /** Premier prélèvement d'une série. */
    FRST,
    /** Prélèvement récurrent. */
    RCUR,
    /** Prélèvement ponctuel (mandat à usage unique). */
    OOFF,
    /** Dernier prélèvement d'une série. */
    FNAL
}
