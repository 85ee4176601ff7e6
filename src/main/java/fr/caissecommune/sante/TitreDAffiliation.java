package fr.caissecommune.sante;

/** Le titre auquel une personne est prise en charge par l'assurance maladie (protection universelle maladie). */
public enum TitreDAffiliation {
    /** Activité professionnelle en France (CSS, art. L160-1). */
    ACTIVITE("au titre de l'activité professionnelle (CSS, art. L160-1)"),
    /** Résidence stable et régulière en France (CSS, art. L160-1 et R111-2). */
    RESIDENCE("au titre de la résidence stable et régulière (CSS, art. L160-1)"),
    /** Enfant mineur à charge d'un ou de deux assurés (CSS, art. L160-2). */
    AYANT_DROIT("ayant droit mineur (CSS, art. L160-2)");

    private final String libelle;

    TitreDAffiliation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Vrai pour une prise en charge à titre personnel. */
    public boolean aTitrePersonnel() {
        return this != AYANT_DROIT;
    }
}
