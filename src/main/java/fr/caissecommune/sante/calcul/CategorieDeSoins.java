package fr.caissecommune.sante.calcul;

/**
 * La catégorie de soins d'une ligne, qui fixe son taux de remboursement de droit commun (CSS, art. R160-5) et
 * les participations qu'elle supporte : participation forfaitaire sur les actes des médecins et la biologie
 * (art. L160-13 II), franchise sur les boîtes de médicaments, les actes des auxiliaires médicaux et les
 * transports (art. L160-13 III).
 */
public enum CategorieDeSoins {
    HONORAIRES_MEDICAUX("honoraires médicaux"),
    HONORAIRES_SAGES_FEMMES("honoraires de sage-femme"),
    SOINS_DENTAIRES("soins dentaires"),
    AUXILIAIRES_MEDICAUX("actes d'auxiliaire médical"),
    BIOLOGIE("biologie médicale"),
    MEDICAMENTS("médicaments"),
    TRANSPORTS("transport sanitaire"),
    HOSPITALISATION("frais de séjour hospitalier");

    private final String libelle;

    CategorieDeSoins(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** La catégorie d'une ligne selon son code et la profession de l'exécutant ; absente si la combinaison est exclue. */
    public static @org.jspecify.annotations.Nullable CategorieDeSoins de(fr.caissecommune.sante.CodeActe code, fr.caissecommune.sante.Profession profession) {
        return Tarification.categorie(code, profession);
    }

    /** Les actes qui supportent la participation forfaitaire : médecins (consultations, actes, imagerie) et biologie. */
    boolean supporteLaParticipationForfaitaire() {
        return this == HONORAIRES_MEDICAUX || this == BIOLOGIE;
    }
}
