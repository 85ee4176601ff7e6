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
    DEMANDES_RECUES("Demandes de prestation reçues", false),
    DEMANDES_DECIDEES("Demandes de prestation décidées", false),
    DEMANDES_REJETEES("Demandes de prestation rejetées", false),
    JOURS_JUSQU_A_LA_DECISION("Jours de la réception à la décision (cumul)", false),
    DEMANDES_PAYEES("Demandes payées (premier versement)", false),
    JOURS_JUSQU_AU_PAIEMENT("Jours de la réception au premier versement (cumul)", false),
    DECLARATIONS_TRIMESTRIELLES_RECUES("Déclarations trimestrielles reçues", false),
    SUSPENSIONS_POUR_DECLARATION("Versements suspendus faute de déclaration trimestrielle", false),
    SANTE_FEUILLES("Feuilles de soins liquidées", false),
    SANTE_REJETS("Feuilles de soins rejetées", false),
    SANTE_REMBOURSE("Montant remboursé", true),
    SANTE_TRAITEMENT_NOMBRE("Feuilles traitées (délai de traitement)", false),
    SANTE_TRAITEMENT_JOURS("Délai de traitement cumulé (jours)", false),
    SANTE_TRAITEMENT_15_JOURS("Feuilles traitées en quinze jours au plus", false),
    SANTE_REMBOURSEMENT_NOMBRE("Décomptes mis en paiement (délai de remboursement)", false),
    SANTE_REMBOURSEMENT_JOURS("Délai de remboursement cumulé (jours)", false),
    SANTE_REMBOURSEMENT_7_JOURS("Décomptes remboursés en sept jours au plus", false),
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
