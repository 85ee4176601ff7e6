package fr.caissecommune.referentiel;

/**
 * Un changement fait évoluer la situation à compter d'une date (la situation antérieure était juste) ; une
 * correction rectifie un fait enregistré à tort (la situation antérieure était fausse) ; une annulation
 * retire un fait enregistré à tort.
 */
public enum Operation {
    CHANGEMENT("Changement"), CORRECTION("Correction"), ANNULATION("Annulation");

    private final String libelle;

    Operation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
