package fr.caissecommune.pilotage;

/** Les indicateurs suivis, avec leur libellé et leur unité d'affichage. */
public enum Indicateur {
    FOYERS_BENEFICIAIRES("Foyers bénéficiaires", false),
    MONTANT_DU_BRUT("Montant dû (brut)", true),
    MONTANT_VERSE("Montant versé", true),
    FOYERS_PAYES("Foyers payés", false),
    FOYERS_SANS_COMPTE_BANCAIRE("Paiements suspendus faute de coordonnées bancaires", false),
    RAPPELS_VERSES("Rappels versés", true),
    RETENUES_SUR_INDUS("Retenues sur indus", true),
    REGULARISATIONS_NOMBRE("Régularisations constatées", false),
    REGULARISATIONS_MONTANT("Montant des régularisations", true),
    DOSSIERS_OUVERTS("Dossiers famille ouverts", false),
    PERSONNES_INSCRITES("Personnes inscrites", false),
    COTISANTS_IMMATRICULES("Comptes cotisants ouverts", false),
    COTISANTS_RADIES("Comptes cotisants radiés", false),
    COTISATIONS_LIQUIDEES("Cotisations liquidées (par exercice)", true),
    COTISATIONS_ENCAISSEES("Cotisations encaissées (par exercice de la dette)", true),
    COTISATIONS_ETEINTES("Cotisations remises ou admises en non-valeur (par exercice)", true),
    ENCAISSEMENTS_COTISANTS("Encaissements des cotisants (par mois)", true),
    MAJORATIONS_CONSTATEES("Majorations et pénalités constatées", true),
    PLANS_ACCORDES("Plans d'apurement accordés", false),
    PLANS_CLOS("Plans d'apurement clos", false),
    CONTROLES_NOTIFIES("Contrôles d'employeurs notifiés", false),
    REDRESSEMENTS_NOTIFIES("Redressements notifiés", true),
    CREDITS_NOTIFIES("Crédits de cotisations notifiés", true);

    private final String libelle;
    private final boolean monetaire;

    Indicateur(String libelle, boolean monetaire) {
        this.libelle = libelle;
        this.monetaire = monetaire;
    }

    public String libelle() {
        return libelle;
    }

    public boolean monetaire() {
        return monetaire;
    }
}
