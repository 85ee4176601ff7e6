package fr.caissecommune.socle;

/** Les métiers de la caisse : chacun ouvre des écrans et des opérations. */
public enum Role {
    ACCUEIL("Agent d'accueil"),
    TECHNICIEN_FAMILLE("Technicien conseil famille"),
    TECHNICIEN_SANTE("Technicien santé"),
    GESTIONNAIRE_RECOUVREMENT("Gestionnaire de comptes cotisants"),
    COMPTABLE("Agent comptable"),
    DIRECTION("Direction");

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Le nom d'autorité Spring Security ({@code ROLE_…}). */
    public String autorite() {
        return "ROLE_" + name();
    }
}
