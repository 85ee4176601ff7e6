package fr.caissecommune.famille;

/** Rappel : la caisse doit à l'allocataire. Indu : l'allocataire a trop perçu. */
public enum NatureDeRegularisation {
    RAPPEL("Rappel"), INDU("Indu");

    private final String libelle;

    NatureDeRegularisation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
