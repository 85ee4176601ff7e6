package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * Les paramètres législatifs des cotisations sociales des salariés en vigueur à une date, lus une fois dans
 * l'instantané des paramètres ({@code regles/parametres/recouvrement/}, SMIC et PMSS partagés) puis réutilisés pour
 * chaque salarié du mois : le calcul d'un salarié ne relit aucun fichier. Chaque valeur garde sa date d'effet et sa
 * référence juridique pour l'explication.
 */
public final class ParametresDeCotisation {

    static final String SMIC_HORAIRE = "marche_du_travail/smic/horaire_brut";
    static final String PMSS = "prelevements_sociaux/pss/plafond_mensuel";
    private static final String C = "recouvrement/cotisations/";
    private static final String R = "recouvrement/reductions/";
    private static final String P = "recouvrement/prevoyance/";

    private final LocalDate date;
    private final Map<String, ValeurAppliquee> cites = new LinkedHashMap<>();

    final BigDecimal smicHoraire;
    final BigDecimal pmss;
    final BigDecimal dureeLegaleHebdomadaire;
    final BigDecimal maladieEmployeur;
    final @Nullable BigDecimal maladieTauxReduit;
    final @Nullable BigDecimal maladieSeuilTauxReduit;
    final BigDecimal vieillessePlafonneeSalarie;
    final BigDecimal vieillessePlafonneeEmployeur;
    final BigDecimal vieillesseDeplafonneeSalarie;
    final BigDecimal vieillesseDeplafonneeEmployeur;
    final BigDecimal allocationsFamiliales;
    final @Nullable BigDecimal allocationsFamilialesTauxReduit;
    final @Nullable BigDecimal allocationsFamilialesSeuilTauxReduit;
    final BigDecimal atmpTauxMoyen;
    final BigDecimal atmpTauxMinimum;
    final BigDecimal csgDeductible;
    final BigDecimal csgNonDeductible;
    final BigDecimal crds;
    final BigDecimal csgAbattement;
    final BigDecimal csgPlafondAbattement;
    final BigDecimal chomage;
    final BigDecimal ags;
    final BigDecimal chomagePlafond;
    final BigDecimal fnalMoinsDe50;
    final BigDecimal fnal50EtPlus;
    final int seuilFnal;
    final BigDecimal csa;
    final int seuilVersementMobilite;
    final BigDecimal formationMoinsDe11;
    final BigDecimal formation11EtPlus;
    final int seuilFormation;
    final BigDecimal taxeApprentissage;
    final BigDecimal soldeApprentissage;
    final BigDecimal contributionSupplementaireApprentissage;
    final BigDecimal contributionSupplementaireApprentissageMajoree;
    final int seuilContributionSupplementaire;
    final int seuilContributionSupplementaireMajoree;
    final BigDecimal peec;
    final int seuilPeec;
    final BigDecimal dialogueSocial;
    final BigDecimal cpfCdd;
    final BigDecimal forfaitSocial;
    final int seuilForfaitSocial;
    final BigDecimal rcT1Salarie;
    final BigDecimal rcT1Employeur;
    final BigDecimal rcT2Salarie;
    final BigDecimal rcT2Employeur;
    final BigDecimal cegT1Salarie;
    final BigDecimal cegT1Employeur;
    final BigDecimal cegT2Salarie;
    final BigDecimal cegT2Employeur;
    final BigDecimal cetSalarie;
    final BigDecimal cetEmployeur;
    final BigDecimal plafondTranche2;
    final BigDecimal apecSalarie;
    final BigDecimal apecEmployeur;
    final BigDecimal prevoyanceCadres;
    final BigDecimal exclusionPrevoyancePartPss;
    final BigDecimal exclusionPrevoyancePartRemuneration;
    final BigDecimal exclusionPrevoyancePlafondPss;
    final BigDecimal deductionPrevoyancePartPss;
    final BigDecimal deductionPrevoyancePartRemuneration;
    final BigDecimal deductionPrevoyancePlafondPss;
    /** RGDU (depuis 2026) : absente avant. */
    final @Nullable BigDecimal rgduTmin;
    final @Nullable BigDecimal rgduTdeltaMoinsDe50;
    final @Nullable BigDecimal rgduTdelta50EtPlus;
    final @Nullable BigDecimal rgduPuissance;
    final @Nullable BigDecimal rgduPlafondSmic;
    /** Réduction générale (jusqu'en 2025) : absente depuis 2026. */
    final @Nullable BigDecimal reductionGeneralePlafondSmic;
    final @Nullable BigDecimal reductionGeneraleDiviseur;

    private ParametresDeCotisation(Instantane p) {
        date = p.date();
        smicHoraire = v(p, SMIC_HORAIRE);
        pmss = v(p, PMSS);
        dureeLegaleHebdomadaire = v(p, "recouvrement/temps_de_travail/duree_legale_hebdomadaire");
        maladieEmployeur = v(p, C + "maladie/employeur");
        maladieTauxReduit = optionnel(p, C + "maladie/employeur_taux_reduit");
        maladieSeuilTauxReduit = optionnel(p, C + "maladie/seuil_taux_reduit");
        vieillessePlafonneeSalarie = v(p, C + "vieillesse/plafonnee_salarie");
        vieillessePlafonneeEmployeur = v(p, C + "vieillesse/plafonnee_employeur");
        vieillesseDeplafonneeSalarie = v(p, C + "vieillesse/deplafonnee_salarie");
        vieillesseDeplafonneeEmployeur = v(p, C + "vieillesse/deplafonnee_employeur");
        allocationsFamiliales = v(p, C + "allocations_familiales/taux");
        allocationsFamilialesTauxReduit = optionnel(p, C + "allocations_familiales/taux_reduit");
        allocationsFamilialesSeuilTauxReduit = optionnel(p, C + "allocations_familiales/seuil_taux_reduit");
        atmpTauxMoyen = v(p, C + "atmp/taux_moyen");
        atmpTauxMinimum = v(p, C + "atmp/taux_minimum");
        csgDeductible = v(p, C + "csg/deductible");
        csgNonDeductible = v(p, C + "csg/non_deductible");
        crds = v(p, C + "crds/taux");
        csgAbattement = v(p, C + "csg/abattement_frais_professionnels");
        csgPlafondAbattement = v(p, C + "csg/plafond_abattement");
        chomage = v(p, C + "chomage/taux");
        ags = v(p, C + "chomage/ags");
        chomagePlafond = v(p, C + "chomage/plafond");
        fnalMoinsDe50 = v(p, C + "fnal/taux_moins_de_50");
        fnal50EtPlus = v(p, C + "fnal/taux_50_et_plus");
        seuilFnal = v(p, C + "fnal/seuil_effectif").intValueExact();
        csa = v(p, C + "csa/taux");
        seuilVersementMobilite = v(p, C + "versement_mobilite/seuil_effectif").intValueExact();
        formationMoinsDe11 = v(p, C + "formation_professionnelle/moins_de_11");
        formation11EtPlus = v(p, C + "formation_professionnelle/11_et_plus");
        seuilFormation = v(p, C + "formation_professionnelle/seuil_effectif").intValueExact();
        taxeApprentissage = v(p, C + "apprentissage/taxe_principale");
        soldeApprentissage = v(p, C + "apprentissage/solde");
        contributionSupplementaireApprentissage = v(p, C + "apprentissage/contribution_supplementaire");
        contributionSupplementaireApprentissageMajoree = v(p, C + "apprentissage/contribution_supplementaire_majoree");
        seuilContributionSupplementaire = v(p, C + "apprentissage/seuil_contribution_supplementaire").intValueExact();
        seuilContributionSupplementaireMajoree = v(p, C + "apprentissage/seuil_contribution_supplementaire_majoree").intValueExact();
        peec = v(p, C + "peec/taux");
        seuilPeec = v(p, C + "peec/seuil_effectif").intValueExact();
        dialogueSocial = v(p, C + "dialogue_social/taux");
        cpfCdd = v(p, C + "cpf_cdd/taux");
        forfaitSocial = v(p, C + "forfait_social/prevoyance");
        seuilForfaitSocial = v(p, C + "forfait_social/seuil_effectif").intValueExact();
        rcT1Salarie = v(p, C + "retraite_complementaire/t1_salarie");
        rcT1Employeur = v(p, C + "retraite_complementaire/t1_employeur");
        rcT2Salarie = v(p, C + "retraite_complementaire/t2_salarie");
        rcT2Employeur = v(p, C + "retraite_complementaire/t2_employeur");
        cegT1Salarie = v(p, C + "retraite_complementaire/ceg_t1_salarie");
        cegT1Employeur = v(p, C + "retraite_complementaire/ceg_t1_employeur");
        cegT2Salarie = v(p, C + "retraite_complementaire/ceg_t2_salarie");
        cegT2Employeur = v(p, C + "retraite_complementaire/ceg_t2_employeur");
        cetSalarie = v(p, C + "retraite_complementaire/cet_salarie");
        cetEmployeur = v(p, C + "retraite_complementaire/cet_employeur");
        plafondTranche2 = v(p, C + "retraite_complementaire/plafond_tranche_2");
        apecSalarie = v(p, C + "apec/salarie");
        apecEmployeur = v(p, C + "apec/employeur");
        prevoyanceCadres = v(p, C + "prevoyance_cadres/taux");
        exclusionPrevoyancePartPss = v(p, P + "exclusion_assiette_part_pss");
        exclusionPrevoyancePartRemuneration = v(p, P + "exclusion_assiette_part_remuneration");
        exclusionPrevoyancePlafondPss = v(p, P + "exclusion_assiette_plafond_pss");
        deductionPrevoyancePartPss = v(p, P + "deduction_fiscale_part_pss");
        deductionPrevoyancePartRemuneration = v(p, P + "deduction_fiscale_part_remuneration");
        deductionPrevoyancePlafondPss = v(p, P + "deduction_fiscale_plafond_pss");
        rgduTmin = optionnel(p, R + "rgdu/taux_minimal");
        rgduTdeltaMoinsDe50 = optionnel(p, R + "rgdu/taux_delta_moins_de_50");
        rgduTdelta50EtPlus = optionnel(p, R + "rgdu/taux_delta_50_et_plus");
        rgduPuissance = optionnel(p, R + "rgdu/puissance");
        rgduPlafondSmic = optionnel(p, R + "rgdu/plafond");
        reductionGeneralePlafondSmic = optionnel(p, R + "reduction_generale/plafond");
        reductionGeneraleDiviseur = optionnel(p, R + "reduction_generale/diviseur");
    }

    /** Lit les paramètres en vigueur à la date de l'instantané ; échoue si l'un d'eux manque à cette date. */
    public static ParametresDeCotisation depuis(Instantane instantane) {
        return new ParametresDeCotisation(instantane);
    }

    private BigDecimal v(Instantane p, String chemin) {
        var valeur = p.applique(chemin);
        cites.put(chemin, valeur);
        return valeur.valeur();
    }

    private @Nullable BigDecimal optionnel(Instantane p, String chemin) {
        return p.existe(chemin) ? v(p, chemin) : null;
    }

    public LocalDate date() {
        return date;
    }

    /** Le SMIC horaire en vigueur, pour les contrôles (rémunération sous le SMIC). */
    public BigDecimal smicHoraire() {
        return smicHoraire;
    }

    /** Le plafond mensuel de la sécurité sociale à temps plein. */
    public BigDecimal plafondMensuel() {
        return pmss;
    }

    /** Le taux AT/MP collectif appliqué à défaut de taux notifié. */
    public BigDecimal tauxAtmpParDefaut() {
        return atmpTauxMoyen;
    }

    /** La valeur appliquée (date d'effet et références) d'un paramètre lu, pour l'explication. */
    @Nullable ValeurAppliquee cite(String cheminRelatif) {
        var direct = cites.get(cheminRelatif);
        return direct != null ? direct : cites.get(C + cheminRelatif);
    }

    /** Tous les paramètres lus, pour archiver la base légale d'un calcul. */
    public Collection<ValeurAppliquee> parametresCites() {
        return cites.values();
    }
}
