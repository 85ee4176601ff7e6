package fr.caissecommune.sante;

/** Le risque au titre duquel les soins sont facturés. */
public enum NatureAssurance {
    MALADIE("maladie"),
    /** Examens obligatoires de la grossesse et soins de l'assurance maternité (CSS, art. L160-9). */
    MATERNITE("maternité"),
    /** Soins consécutifs à un accident du travail ou une maladie professionnelle reconnus (CSS, art. L431-1 et L432-1). */
    ATMP("accident du travail ou maladie professionnelle");

    private final String libelle;

    NatureAssurance(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
