package fr.caissecommune.sante.nomenclatures;

/**
 * La classe de remboursement d'un médicament, selon son service médical rendu : elle désigne le paramètre daté
 * qui donne le taux (regles/parametres/sante/taux/medicaments/).
 */
public enum ClasseDeMedicament {
    IRREMPLACABLE("médicament irremplaçable et particulièrement coûteux", "sante/taux/medicaments/irremplacables"),
    SMR_MAJEUR_OU_IMPORTANT("médicament à service médical rendu majeur ou important", "sante/taux/medicaments/smr_majeur_ou_important"),
    SMR_MODERE("médicament à service médical rendu modéré", "sante/taux/medicaments/smr_modere"),
    SMR_FAIBLE("médicament à service médical rendu faible", "sante/taux/medicaments/smr_faible");

    private final String libelle;
    private final String parametre;

    ClasseDeMedicament(String libelle, String parametre) {
        this.libelle = libelle;
        this.parametre = parametre;
    }

    public String libelle() {
        return libelle;
    }

    /** Les taux en vigueur à la date de l'instantané (en %), chacun avec sa classe. */
    public static java.util.Map<Integer, ClasseDeMedicament> parTaux(fr.caissecommune.regles.Instantane instantane) {
        var resultat = new java.util.HashMap<Integer, ClasseDeMedicament>();
        for (var classe : values()) {
            resultat.put(instantane.valeur(classe.parametre).movePointRight(2).intValueExact(), classe);
        }
        return resultat;
    }

    /** Le chemin du paramètre de taux. */
    public String parametre() {
        return parametre;
    }
}
