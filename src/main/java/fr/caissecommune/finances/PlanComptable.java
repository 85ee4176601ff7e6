package fr.caissecommune.finances;

/**
 * Le plan de comptes de la caisse : les numéros employés par les modules pour passer leurs écritures. La table
 * {@code finances.compte} (migration V30) en porte les libellés ; un test vérifie que les deux concordent.
 *
 * <p>Les numéros suivent l'organisation du PCUOSS : classe 4 pour les tiers, en distinguant allocataires,
 * assurés, professionnels de santé et cotisants (créditeurs en 404, débiteurs en 409 et 411) ; classe 5 pour
 * les deux comptes bancaires (paiements et encaissements, séparés comme le veut la pratique des agences
 * comptables) ; sous-classe 65 pour les charges techniques, une subdivision par prestation ; 654 et 658 pour
 * les pertes sur créances (non-valeurs, remises) ; sous-classe 75 pour les produits techniques. Le détail de
 * la nomenclature officielle (et des comptes de la comptabilité des branches nationales) reste à aligner avec
 * l'agence comptable.
 */
public final class PlanComptable {

    private PlanComptable() {
    }

    // Classe 4 : tiers

    /** Allocataires : prestations familiales, minima sociaux et aides au logement à payer. */
    public static final String ALLOCATAIRES_PRESTATIONS_A_PAYER = "4041";
    /** Assurés : prestations d'assurance maladie, maternité, invalidité, décès et AT/MP à payer. */
    public static final String ASSURES_PRESTATIONS_A_PAYER = "4042";
    /** Professionnels et établissements de santé payés en tiers payant. */
    public static final String PROFESSIONNELS_DE_SANTE_A_PAYER = "4043";
    /** Allocataires débiteurs : indus de prestations familiales et sociales. */
    public static final String ALLOCATAIRES_DEBITEURS = "4091";
    /** Assurés débiteurs : indus de prestations d'assurance maladie. */
    public static final String ASSURES_DEBITEURS = "4092";
    /** Cotisants : cotisations et contributions dues. */
    public static final String COTISANTS = "4111";
    /** Cotisants : majorations et pénalités dues. */
    public static final String COTISANTS_MAJORATIONS = "4117";
    /** CRDS précomptée sur les prestations, à reverser à la CADES. */
    public static final String CADES_CRDS_A_REVERSER = "4571";

    // Classe 5 : comptes financiers

    /** Compte bancaire des paiements : débité par les virements émis. */
    public static final String BANQUE_PAIEMENTS = "5121";
    /** Compte bancaire des encaissements : crédité des prélèvements et des règlements reçus. */
    public static final String BANQUE_ENCAISSEMENTS = "5122";

    // Classe 6 : charges techniques (prestations)

    public static final String ALLOCATIONS_FAMILIALES = "65611";
    public static final String COMPLEMENT_FAMILIAL = "65612";
    public static final String ALLOCATION_DE_RENTREE_SCOLAIRE = "65613";
    public static final String ALLOCATION_DE_SOUTIEN_FAMILIAL = "65614";
    public static final String PAJE = "65615";
    public static final String AEEH = "65616";
    public static final String AJPP = "65617";
    public static final String AAH = "65621";
    public static final String RSA = "65622";
    public static final String PRIME_D_ACTIVITE = "65623";
    public static final String ALLOCATION_DE_LOGEMENT_FAMILIALE = "65631";
    public static final String ALLOCATION_DE_LOGEMENT_SOCIALE = "65632";
    public static final String AIDE_PERSONNALISEE_AU_LOGEMENT = "65633";
    public static final String SOINS_DE_VILLE = "65641";
    public static final String ETABLISSEMENTS_DE_SANTE = "65642";
    public static final String IJ_MALADIE = "65643";
    public static final String IJ_MATERNITE_PATERNITE = "65644";
    public static final String IJ_AT_MP = "65645";
    public static final String PENSIONS_D_INVALIDITE = "65646";
    public static final String CAPITAL_DECES = "65647";

    // Classe 6 : pertes sur créances

    /** Indus de prestations admis en non-valeur (irrécouvrables), sur décision de l'agent comptable. */
    public static final String NON_VALEURS_INDUS = "6541";
    /** Cotisations, majorations et pénalités admises en non-valeur. */
    public static final String NON_VALEURS_COTISATIONS = "6542";
    /** Remises de dettes sur indus de prestations (décision du directeur ou de la CRA). */
    public static final String REMISES_INDUS = "6581";
    /** Remises de cotisations, majorations et pénalités. */
    public static final String REMISES_COTISATIONS = "6582";

    // Classe 7 : produits techniques

    public static final String COTISATIONS_PATRONALES = "7511";
    public static final String COTISATIONS_SALARIALES = "7512";
    public static final String COTISATIONS_TRAVAILLEURS_INDEPENDANTS = "7513";
    public static final String CSG_REVENUS_D_ACTIVITE = "7531";
    public static final String MAJORATIONS_DE_RETARD = "7561";
    /** Indus constatés sur des prestations d'un exercice clos (la charge ne peut plus être réduite). */
    public static final String INDUS_SUR_EXERCICES_CLOS = "7581";
}
