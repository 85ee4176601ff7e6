package fr.caissecommune.accueil;

/** Le canal d'un contact avec l'usager. */
public enum Canal {
    GUICHET("Visite au guichet"), RENDEZ_VOUS("Rendez-vous"), TELEPHONE("Appel téléphonique"), COURRIEL("Courriel"),
    COURRIER("Courrier"), FRANCE_SERVICES("Point France Services");

    private final String libelle;

    Canal(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
