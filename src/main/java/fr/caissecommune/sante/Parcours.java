package fr.caissecommune.sante;

/**
 * L'indicateur de parcours de soins coordonnés porté par la feuille (CSS, art. L162-5-3) : la consultation
 * d'un médecin est dans le parcours quand elle est faite par le médecin traitant ou sur son orientation, ou
 * relève d'une des exceptions (accès direct spécifique, urgence, hors résidence, remplacement).
 */
public enum Parcours {
    MEDECIN_TRAITANT("consultation du médecin traitant", true),
    ORIENTE("sur orientation du médecin traitant", true),
    ACCES_DIRECT("accès direct spécifique", true),
    URGENCE("urgence", true),
    HORS_RESIDENCE("hors résidence habituelle", true),
    REMPLACANT("remplaçant du médecin traitant", true),
    HORS_PARCOURS("hors parcours de soins coordonnés", false);

    private final String libelle;
    private final boolean dansLeParcours;

    Parcours(String libelle, boolean dansLeParcours) {
        this.libelle = libelle;
        this.dansLeParcours = dansLeParcours;
    }

    public String libelle() {
        return libelle;
    }

    public boolean dansLeParcours() {
        return dansLeParcours;
    }
}
