package fr.caissecommune.sante;

/** La profession (ou la nature) du professionnel ou de l'établissement qui a exécuté les soins. */
public enum Profession {
    MEDECIN_GENERALISTE("médecin généraliste"),
    MEDECIN_SPECIALISTE("médecin spécialiste"),
    CHIRURGIEN_DENTISTE("chirurgien-dentiste"),
    SAGE_FEMME("sage-femme"),
    INFIRMIER("infirmier"),
    MASSEUR_KINESITHERAPEUTE("masseur-kinésithérapeute"),
    ORTHOPHONISTE("orthophoniste"),
    ORTHOPTISTE("orthoptiste"),
    PEDICURE_PODOLOGUE("pédicure-podologue"),
    BIOLOGISTE("laboratoire de biologie médicale"),
    PHARMACIEN("pharmacien"),
    TRANSPORTEUR("transporteur sanitaire"),
    ETABLISSEMENT("établissement de santé");

    private final String libelle;

    Profession(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public boolean estMedecin() {
        return this == MEDECIN_GENERALISTE || this == MEDECIN_SPECIALISTE;
    }

    /** Infirmiers, masseurs-kinésithérapeutes, orthophonistes, orthoptistes, pédicures-podologues. */
    public boolean estAuxiliaireMedical() {
        return this == INFIRMIER || this == MASSEUR_KINESITHERAPEUTE || this == ORTHOPHONISTE || this == ORTHOPTISTE
                || this == PEDICURE_PODOLOGUE;
    }
}
