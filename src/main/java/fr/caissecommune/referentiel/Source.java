package fr.caissecommune.referentiel;

/** D'où vient l'information enregistrée. */
public enum Source {
    GUICHET("Accueil au guichet"), TELEPHONE("Appel téléphonique"), COURRIER("Courrier"), COURRIEL("Courriel"),
    ESPACE_EN_LIGNE("Espace en ligne"), FLUX_PARTENAIRE("Flux d'un partenaire"), CONTROLE("Contrôle"),
    REPRISE("Reprise de données");

    private final String libelle;

    Source(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
