package fr.caissecommune.recouvrement;

/**
 * Les catégories de comptes cotisants, celles des tableaux des rapports d'activité de la caisse (employeurs du secteur
 * privé par établissement, administrations et collectivités, particuliers employeurs hors Cesu/Paje, travailleurs
 * indépendants, praticiens et auxiliaires médicaux, autres comptes : assurés volontaires, cotisants au régime de
 * résidence, comptes divers).
 */
public enum CategorieDeCotisant {
    EMPLOYEUR_PRIVE("Employeurs du secteur privé", true),
    ADMINISTRATION_COLLECTIVITE("Administrations, collectivités territoriales", true),
    PARTICULIER_EMPLOYEUR("Particuliers employeurs (hors Cesu/Paje)", true),
    TRAVAILLEUR_INDEPENDANT("Travailleurs indépendants", false),
    PAM("Praticiens et auxiliaires médicaux (PAM)", false),
    AUTRE("Autres comptes", false);

    private final String libelle;
    private final boolean employeur;

    CategorieDeCotisant(String libelle, boolean employeur) {
        this.libelle = libelle;
        this.employeur = employeur;
    }

    public String libelle() {
        return libelle;
    }

    /** Vrai pour les employeurs, qui déclarent par DSN et sont identifiés par le SIRET de l'établissement. */
    public boolean employeur() {
        return employeur;
    }

    /**
     * La catégorie d'un établissement inconnu qui dépose sa première DSN : les personnes morales de droit public
     * (État, collectivités, établissements publics) ont un SIREN commençant par 1 ou 2 (répertoire Sirene).
     */
    public static CategorieDeCotisant duSiren(String siren) {
        return siren.startsWith("1") || siren.startsWith("2") ? ADMINISTRATION_COLLECTIVITE : EMPLOYEUR_PRIVE;
    }
}
