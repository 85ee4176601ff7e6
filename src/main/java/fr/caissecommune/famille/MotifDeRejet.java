package fr.caissecommune.famille;

/** Les motifs de rejet d'une demande, chacun avec son fondement, repris dans la lettre de notification. */
public enum MotifDeRejet {
    CONDITIONS_NON_REMPLIES("Les conditions d'ouverture du droit ne sont pas remplies",
            "conditions fixées par le texte qui institue la prestation"),
    RESSOURCES_SUPERIEURES_AU_PLAFOND("Vos ressources dépassent le plafond applicable",
            "plafond de ressources de la prestation (CSS art. R532-1 et suivants pour les prestations familiales)"),
    ENFANT_NON_A_CHARGE("Aucun enfant n'est à votre charge au sens des prestations familiales",
            "CSS art. L512-3 et R512-2 (enfant à charge)"),
    RESIDENCE_NON_ETABLIE("Votre résidence stable et régulière en France n'est pas établie",
            "CSS art. L512-1 et R512-1 (résidence en France)"),
    PIECES_NON_FOURNIES("Les pièces justificatives demandées n'ont pas été fournies",
            "code des relations entre le public et l'administration, art. L114-5 (dossier incomplet après demande des pièces manquantes)"),
    DEMANDE_EN_DOUBLE("Un droit à cette prestation est déjà ouvert ou demandé pour votre foyer",
            "une même prestation n'est servie qu'une fois par foyer");

    private final String libelle;
    private final String fondement;

    MotifDeRejet(String libelle, String fondement) {
        this.libelle = libelle;
        this.fondement = fondement;
    }

    public String libelle() {
        return libelle;
    }

    public String fondement() {
        return fondement;
    }
}
