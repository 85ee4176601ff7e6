package fr.caissecommune.finances;

/** Comment une créance a été recouvrée, en tout ou partie. */
public enum ModeDeRecouvrement {

    /** Retenue sur des prestations à payer (fongibilité, CSS art. L553-2 pour les prestations familiales). */
    RETENUE,
    VIREMENT,
    CHEQUE,
    PRELEVEMENT,
    /** Versement en numéraire à la caisse, dans les limites légales. */
    ESPECES
}
