package fr.caissecommune.famille.calcul.logement;

/**
 * Les trois aides personnelles au logement, calculées par la même formule en secteur locatif (CCH, art. L821-1) :
 * l'aide personnalisée au logement pour un logement conventionné (art. L831-1), l'allocation de logement familiale
 * pour un foyer avec personne à charge ou un jeune ménage (art. L841-1), l'allocation de logement sociale sinon
 * (art. L841-1 dernier alinéa).
 */
public enum TypeDAide {
    APL("aide personnalisée au logement", "CCH, art. L831-1"),
    ALF("allocation de logement familiale", "CCH, art. L841-1 1° et 2°"),
    ALS("allocation de logement sociale", "CCH, art. L841-1");

    private final String libelle;
    private final String reference;

    TypeDAide(String libelle, String reference) {
        this.libelle = libelle;
        this.reference = reference;
    }

    public String libelle() {
        return libelle;
    }

    public String reference() {
        return reference;
    }

    /**
     * Le choix de l'aide : le logement conventionné ouvre l'APL ; sinon une personne à charge ou un jeune ménage
     * ouvrent l'ALF ; sinon l'ALS.
     */
    public static TypeDAide choisir(boolean logementConventionne, int personnesACharge, boolean jeuneMenage) {
        if (logementConventionne) {
            return APL;
        }
        return personnesACharge > 0 || jeuneMenage ? ALF : ALS;
    }
}
