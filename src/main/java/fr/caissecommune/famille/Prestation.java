package fr.caissecommune.famille;

/** Les prestations servies par la branche Famille (la liste s'allonge avec chaque dispositif mis en œuvre). */
public enum Prestation {
    AF("Allocations familiales", "CSS art. L521-1"),
    /** Calcul : {@link fr.caissecommune.famille.calcul.rsa.Rsa#calculer}. */
    RSA("Revenu de solidarité active", "CASF art. L262-2"),
    /** Calcul : {@link fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite#calculer}, droit fixé pour trois mois. */
    PPA("Prime d'activité", "CSS art. L841-1"),
    APL("Aide personnalisée au logement", "CCH art. L821-1 et L831-1"),
    ALF("Allocation de logement familiale", "CCH art. L821-1 et L841-1"),
    ALS("Allocation de logement sociale", "CCH art. L821-1 et L841-1");

    private final String libelle;
    private final String fondement;

    Prestation(String libelle, String fondement) {
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
