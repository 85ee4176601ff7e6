package fr.caissecommune.sante;

import java.util.Set;

/** Les étapes d'une demande de carte Vitale (CSS, art. L161-31 et R161-33-1). */
public enum StatutDeCarteVitale {
    DEMANDEE("demandée"), PHOTO_ATTENDUE("en attente de la photographie et de la pièce d'identité"), EN_FABRICATION("en fabrication"),
    ENVOYEE("envoyée à l'assuré"), OPPOSEE("mise en opposition (perte, vol, fin de droits)");

    private final String libelle;

    StatutDeCarteVitale(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Les étapes qui peuvent suivre celle-ci. */
    public Set<StatutDeCarteVitale> suivants() {
        return switch (this) {
            case DEMANDEE -> Set.of(PHOTO_ATTENDUE, EN_FABRICATION, OPPOSEE);
            case PHOTO_ATTENDUE -> Set.of(EN_FABRICATION, OPPOSEE);
            case EN_FABRICATION -> Set.of(ENVOYEE, OPPOSEE);
            case ENVOYEE -> Set.of(OPPOSEE);
            case OPPOSEE -> Set.of();
        };
    }
}
