package fr.caissecommune.famille;

/** Les prestations servies par la branche Famille (la liste s'allonge avec chaque dispositif mis en œuvre). */
public enum Prestation {
    AF("Allocations familiales", "CSS art. L521-1");

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
