package fr.caissecommune.recouvrement.calcul;

import org.jspecify.annotations.Nullable;

/**
 * Les lignes de cotisations et contributions d'un salarié, avec leur code de cotisation individuelle DSN
 * (rubrique S21.G00.81.001) quand la DSN en déclare une pour l'Urssaf.
 */
public enum Cotisation {

    MALADIE("Maladie, maternité, invalidité, décès", "075"),
    VIEILLESSE_PLAFONNEE("Vieillesse plafonnée", "076"),
    VIEILLESSE_DEPLAFONNEE("Vieillesse déplafonnée", "076"),
    ALLOCATIONS_FAMILIALES("Allocations familiales", "074"),
    ATMP("Accidents du travail et maladies professionnelles", "045"),
    CSG_DEDUCTIBLE("CSG déductible", "072"),
    CSG_NON_DEDUCTIBLE("CSG non déductible", "072"),
    CRDS("CRDS", "079"),
    CHOMAGE("Assurance chômage", "040"),
    AGS("AGS (garantie des salaires)", "048"),
    FNAL("FNAL", "049"),
    CSA("Contribution solidarité autonomie", "068"),
    VERSEMENT_MOBILITE("Versement mobilité", "081"),
    DIALOGUE_SOCIAL("Contribution au dialogue social", "100"),
    FORFAIT_SOCIAL("Forfait social (prévoyance)", null),
    FORMATION_PROFESSIONNELLE("Contribution à la formation professionnelle", null),
    TAXE_APPRENTISSAGE("Taxe d'apprentissage, part principale", null),
    SOLDE_APPRENTISSAGE("Taxe d'apprentissage, solde", null),
    CONTRIBUTION_SUPPLEMENTAIRE_APPRENTISSAGE("Contribution supplémentaire à l'apprentissage", null),
    CPF_CDD("Contribution CPF-CDD", null),
    PEEC("Participation à l'effort de construction", null),
    RETRAITE_COMPLEMENTAIRE_T1("Retraite complémentaire Agirc-Arrco, tranche 1", null),
    RETRAITE_COMPLEMENTAIRE_T2("Retraite complémentaire Agirc-Arrco, tranche 2", null),
    CEG_T1("Contribution d'équilibre général, tranche 1", null),
    CEG_T2("Contribution d'équilibre général, tranche 2", null),
    CET("Contribution d'équilibre technique", null),
    APEC("APEC", null),
    PREVOYANCE_CADRES("Prévoyance obligatoire des cadres", null),
    COMPLEMENTAIRE_SANTE("Complémentaire santé obligatoire", null);

    private final String libelle;
    private final @Nullable String codeDsn;

    Cotisation(String libelle, @Nullable String codeDsn) {
        this.libelle = libelle;
        this.codeDsn = codeDsn;
    }

    public String libelle() {
        return libelle;
    }

    /** Le code de cotisation individuelle (S21.G00.81.001) sous lequel la DSN déclare cette ligne à l'Urssaf. */
    public @Nullable String codeDsn() {
        return codeDsn;
    }
}
