package fr.caissecommune.famille.calcul.ressources;

/**
 * Les natures de ressources que distinguent les bases de ressources : revenus d'activité (retenus avec la pente de la
 * prime d'activité et sa bonification), revenus de substitution (qui les remplacent et empêchent leur neutralisation,
 * CASF art. R262-13) et autres ressources.
 */
public enum NatureDeRessource {
    SALAIRE("salaires nets", Categorie.ACTIVITE),
    REVENU_NON_SALARIE("revenus d'activité non salariée", Categorie.ACTIVITE),
    INDEMNITES_CHOMAGE("allocations de chômage", Categorie.SUBSTITUTION),
    INDEMNITES_JOURNALIERES("indemnités journalières", Categorie.SUBSTITUTION),
    RETRAITE("pensions de retraite", Categorie.SUBSTITUTION),
    PENSION_INVALIDITE("pensions d'invalidité", Categorie.AUTRE),
    PENSION_ALIMENTAIRE("pensions alimentaires reçues", Categorie.AUTRE),
    /** Allocation aux adultes handicapés : revenu professionnel pour la prime d'activité au-delà d'un seuil (CSS, art. D843-4). */
    AAH("allocation aux adultes handicapés", Categorie.AUTRE),
    AUTRE("autres ressources", Categorie.AUTRE);

    /** Les catégories de ressources au sens des minima sociaux. */
    public enum Categorie {
        ACTIVITE, SUBSTITUTION, AUTRE
    }

    private final String libelle;
    private final Categorie categorie;

    NatureDeRessource(String libelle, Categorie categorie) {
        this.libelle = libelle;
        this.categorie = categorie;
    }

    public String libelle() {
        return libelle;
    }

    public Categorie categorie() {
        return categorie;
    }

    public boolean estUnRevenuDActivite() {
        return categorie == Categorie.ACTIVITE;
    }

    /**
     * Salaires et revenus imposés comme des salaires (CGI, art. 79 ; allocations de chômage et indemnités journalières,
     * art. 80 quinquies) : ceux qui supportent la déduction forfaitaire de 10 % pour frais professionnels (CGI, art. 83).
     */
    public boolean estImposableCommeSalaire() {
        return this == SALAIRE || this == INDEMNITES_CHOMAGE || this == INDEMNITES_JOURNALIERES;
    }

    /** Revenus professionnels et de substitution : ceux que la neutralisation écarte quand leur perception cesse. */
    public boolean estNeutralisable() {
        return categorie != Categorie.AUTRE;
    }
}
