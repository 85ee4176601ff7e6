package fr.caissecommune.sante;

/** Le canal par lequel la feuille de soins est parvenue à la caisse. */
public enum Flux {
    /** Feuille de soins électronique (carte Vitale). */
    FSE("feuille de soins électronique"),
    /** Facture au format B2 (établissements, centres, transporteurs). */
    B2("facture B2"),
    /** Service électronique de facturation intégrée. */
    SEFI("SEFi"),
    /** Feuille de soins papier. */
    PAPIER("feuille de soins papier");

    private final String libelle;

    Flux(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
