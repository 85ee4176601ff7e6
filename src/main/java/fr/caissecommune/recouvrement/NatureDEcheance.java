package fr.caissecommune.recouvrement;

/**
 * La nature d'une somme due par un cotisant. Les cotisations (et les redressements de contrôle) sont le principal ; les
 * majorations de retard et les pénalités en sont l'accessoire, imputé après le principal de même date.
 */
public enum NatureDEcheance {
    COTISATIONS("Cotisations", 0), REDRESSEMENT("Redressement après contrôle", 0), MAJORATION("Majorations de retard", 1),
    PENALITE("Pénalité DSN tardive", 1);

    private final String libelle;
    private final int rang;

    NatureDEcheance(String libelle, int rang) {
        this.libelle = libelle;
        this.rang = rang;
    }

    public String libelle() {
        return libelle;
    }

    /** 0 pour le principal, 1 pour l'accessoire. */
    public int rang() {
        return rang;
    }

    public boolean principal() {
        return rang == 0;
    }
}
