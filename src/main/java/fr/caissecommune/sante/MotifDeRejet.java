package fr.caissecommune.sante;

/** Les motifs de rejet d'une feuille de soins, avec leur libellé tel que le lisent l'assuré et le professionnel. */
public enum MotifDeRejet {
    BENEFICIAIRE_INCONNU("Bénéficiaire inconnu de la caisse"),
    DROITS_FERMES("Aucun droit à l'assurance maladie ouvert à la date des soins"),
    CODE_INCONNU("Code d'acte ou de produit inconnu des nomenclatures"),
    TARIF_INCONNU("Aucun tarif en vigueur à la date des soins pour ce code"),
    PRESCRIPTION_ACQUISE("Demande reçue après l'expiration du délai de prescription (CSS, art. L332-1)"),
    DOUBLON("Soins déjà liquidés : même bénéficiaire, même professionnel, même date, même acte et même quantité"),
    LIGNE_INVALIDE("Ligne de facturation invalide"),
    FEUILLE_INVALIDE("Feuille de soins mal formée");

    private final String libelle;

    MotifDeRejet(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
