package fr.caissecommune.sante;

/**
 * Le secteur conventionnel du médecin : il choisit la grille de la CCAM (secteur 1 et adhérents OPTAM ou
 * OPTAM-ACO d'un côté, secteur 2 hors OPTAM de l'autre).
 */
public enum Secteur {
    SECTEUR_1("secteur 1"),
    /** Secteur 2 adhérent de l'option de pratique tarifaire maîtrisée (OPTAM ou OPTAM-ACO). */
    OPTAM("secteur 2 adhérent OPTAM"),
    SECTEUR_2("secteur 2 hors OPTAM");

    private final String libelle;

    Secteur(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Vrai si les actes CCAM sont tarifés avec la grille du secteur 1. */
    public boolean grilleDuSecteur1() {
        return this != SECTEUR_2;
    }
}
