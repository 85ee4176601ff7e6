package fr.caissecommune.recouvrement.calcul;

import static fr.caissecommune.recouvrement.calcul.Cotisation.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;

/**
 * Cotisations et contributions sociales d'un salarié du régime général pour un mois (CSS, livre II, titre IV).
 * Fonction pure : (situation, paramètres à la date) → lignes de cotisation et réduction générale.
 *
 * <ul>
 * <li>Assiette : rémunération brute, augmentée des contributions patronales de prévoyance au-delà de la limite
 * d'exclusion (CSS art. L242-1 II 4° et D242-1).</li>
 * <li>Plafond : plafond mensuel de la sécurité sociale proratisé par la quotité de travail (CSS art. R242-7) ;
 * tranche 1 = jusqu'à un plafond, tranche 2 = de un à huit plafonds (ANI Agirc-Arrco du 17 novembre 2017).</li>
 * <li>Maladie et allocations familiales : CSS art. D242-3 et D241-3-1, taux réduits (« bandeaux ») sous leur seuil
 * tant qu'ils existent (L241-2-1, L241-6-1, jusqu'au 31 décembre 2025).</li>
 * <li>Vieillesse : CSS art. D242-4 ; AT/MP : taux notifié, à défaut taux collectif, jamais sous le taux minimum
 * (D242-6-2) ; CSG et CRDS : CSS art. L136-1-1 (abattement de 1,75 % jusqu'à 4 plafonds), L136-8 ; ordonnance
 * n° 96-50 art. 14.</li>
 * <li>Chômage et AGS : Code du travail art. L5422-9, L3253-18, assiette limitée à 4 plafonds ; FNAL : CSS art. L834-1 ;
 * CSA : CASF art. L14-10-4 ; versement mobilité : CGCT art. L2333-64 ; formation : C. trav. art. L6331-3 et L6331-9 ;
 * taxe d'apprentissage : C. trav. art. L6241-1 et CGI art. 1609 quinvicies ; forfait social : CSS art. L137-15.</li>
 * <li>Réduction générale : {@link ReductionsGenerales}.</li>
 * </ul>
 * Les montants restent exacts (sans arrondi), comme dans le moteur de référence de l'Urssaf (modele-social) ; le
 * coefficient de réduction est arrondi à 4 décimales.
 */
public final class CotisationsSalariales {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal SEMAINES_PAR_AN = BigDecimal.valueOf(52);
    private static final BigDecimal MOIS_PAR_AN = BigDecimal.valueOf(12);

    private CotisationsSalariales() {
    }

    /** Le SMIC mensuel correspondant au temps de travail du contrat : SMIC horaire × durée légale × 52/12 × quotité. */
    static BigDecimal smicDuContrat(BigDecimal quotite, ParametresDeCotisation p) {
        return p.smicHoraire.multiply(p.dureeLegaleHebdomadaire).multiply(SEMAINES_PAR_AN).multiply(quotite).divide(MOIS_PAR_AN, PRECISION);
    }

    public static CotisationsDuMois calculer(SituationSalariale s, ParametresDeCotisation p) {
        var brut = s.brut();
        var pss = p.pmss.multiply(s.quotite(), PRECISION).max(BigDecimal.ONE);
        var smic = smicDuContrat(s.quotite(), p);
        int effectif = s.effectif();

        // Prévoyance et complémentaire santé financées par l'employeur (ANI du 17 novembre 2017, art. 7 ; CSS art. L911-7).
        var santePatronale = s.mutuelle().multiply(s.partEmployeurMutuelle());
        var santeSalariale = s.mutuelle().subtract(santePatronale);
        var prevoyanceCadres = s.cadre() ? brut.min(p.pmss).multiply(p.prevoyanceCadres) : BigDecimal.ZERO;
        var prevoyancePatronale = santePatronale.add(prevoyanceCadres);
        var exclusion = p.pmss.multiply(p.exclusionPrevoyancePartPss).add(brut.multiply(p.exclusionPrevoyancePartRemuneration))
                .min(p.pmss.multiply(p.exclusionPrevoyancePlafondPss));
        var assiette = brut.add(prevoyancePatronale.subtract(exclusion).max(BigDecimal.ZERO));

        var plafonnee = assiette.min(pss);
        var quatrePlafonds = assiette.min(pss.multiply(p.chomagePlafond));
        var huitPlafonds = pss.multiply(p.plafondTranche2);
        var tranche2 = assiette.min(huitPlafonds).subtract(pss).max(BigDecimal.ZERO);

        var lignes = new ArrayList<LigneDeCotisation>(32);
        lignes.add(LigneDeCotisation.patronale(MALADIE, assiette, tauxMaladie(assiette, smic, p)));
        lignes.add(LigneDeCotisation.de(VIEILLESSE_PLAFONNEE, plafonnee, p.vieillessePlafonneeSalarie, p.vieillessePlafonneeEmployeur));
        lignes.add(LigneDeCotisation.de(VIEILLESSE_DEPLAFONNEE, assiette, p.vieillesseDeplafonneeSalarie, p.vieillesseDeplafonneeEmployeur));
        lignes.add(LigneDeCotisation.patronale(ALLOCATIONS_FAMILIALES, assiette, tauxAllocationsFamiliales(assiette, smic, p)));
        lignes.add(LigneDeCotisation.patronale(ATMP, assiette, tauxAtmp(s, p)));

        // CSG et CRDS : 98,25 % de la rémunération jusqu'à 4 plafonds, 100 % au-delà, plus la prévoyance patronale.
        var limiteAbattement = pss.multiply(p.csgPlafondAbattement);
        var assietteCsg = brut.min(limiteAbattement).multiply(BigDecimal.ONE.subtract(p.csgAbattement))
                .add(brut.subtract(limiteAbattement).max(BigDecimal.ZERO)).add(prevoyancePatronale);
        lignes.add(LigneDeCotisation.salariale(CSG_DEDUCTIBLE, assietteCsg, p.csgDeductible));
        lignes.add(LigneDeCotisation.salariale(CSG_NON_DEDUCTIBLE, assietteCsg, p.csgNonDeductible));
        lignes.add(LigneDeCotisation.salariale(CRDS, assietteCsg, p.crds));

        lignes.add(LigneDeCotisation.patronale(CHOMAGE, quatrePlafonds, p.chomage));
        lignes.add(LigneDeCotisation.patronale(AGS, quatrePlafonds, p.ags));
        lignes.add(effectif < p.seuilFnal ? LigneDeCotisation.patronale(FNAL, plafonnee, p.fnalMoinsDe50)
                : LigneDeCotisation.patronale(FNAL, assiette, p.fnal50EtPlus));
        lignes.add(LigneDeCotisation.patronale(CSA, assiette, p.csa));
        if (effectif >= p.seuilVersementMobilite && s.tauxVersementMobilite().signum() > 0) {
            lignes.add(LigneDeCotisation.patronale(VERSEMENT_MOBILITE, assiette, s.tauxVersementMobilite()));
        }
        lignes.add(LigneDeCotisation.patronale(DIALOGUE_SOCIAL, assiette, p.dialogueSocial));
        lignes.add(LigneDeCotisation.patronale(FORMATION_PROFESSIONNELLE, assiette,
                effectif < p.seuilFormation ? p.formationMoinsDe11 : p.formation11EtPlus));
        lignes.add(LigneDeCotisation.patronale(TAXE_APPRENTISSAGE, assiette, p.taxeApprentissage));
        lignes.add(LigneDeCotisation.patronale(SOLDE_APPRENTISSAGE, assiette, p.soldeApprentissage));
        if (effectif >= p.seuilContributionSupplementaire) {
            lignes.add(LigneDeCotisation.patronale(CONTRIBUTION_SUPPLEMENTAIRE_APPRENTISSAGE, assiette,
                    effectif >= p.seuilContributionSupplementaireMajoree ? p.contributionSupplementaireApprentissageMajoree
                            : p.contributionSupplementaireApprentissage));
        }
        if (effectif >= p.seuilPeec) {
            lignes.add(LigneDeCotisation.patronale(PEEC, assiette, p.peec));
        }
        if (s.contrat() == SituationSalariale.NatureDuContrat.CDD) {
            lignes.add(LigneDeCotisation.patronale(CPF_CDD, assiette, p.cpfCdd));
        }
        if (effectif >= p.seuilForfaitSocial && prevoyancePatronale.signum() > 0) {
            lignes.add(LigneDeCotisation.patronale(FORFAIT_SOCIAL, prevoyancePatronale, p.forfaitSocial));
        }

        // Retraite complémentaire Agirc-Arrco, CEG, CET (ANI du 17 novembre 2017).
        lignes.add(LigneDeCotisation.de(RETRAITE_COMPLEMENTAIRE_T1, plafonnee, p.rcT1Salarie, p.rcT1Employeur));
        lignes.add(LigneDeCotisation.de(CEG_T1, plafonnee, p.cegT1Salarie, p.cegT1Employeur));
        if (tranche2.signum() > 0) {
            lignes.add(LigneDeCotisation.de(RETRAITE_COMPLEMENTAIRE_T2, tranche2, p.rcT2Salarie, p.rcT2Employeur));
            lignes.add(LigneDeCotisation.de(CEG_T2, tranche2, p.cegT2Salarie, p.cegT2Employeur));
        }
        if (assiette.compareTo(pss) > 0) {
            lignes.add(LigneDeCotisation.de(CET, assiette.min(huitPlafonds), p.cetSalarie, p.cetEmployeur));
        }
        if (s.cadre()) {
            lignes.add(LigneDeCotisation.de(APEC, quatrePlafonds, p.apecSalarie, p.apecEmployeur));
            lignes.add(new LigneDeCotisation(PREVOYANCE_CADRES, brut.min(p.pmss), BigDecimal.ZERO, p.prevoyanceCadres,
                    BigDecimal.ZERO, prevoyanceCadres));
        }
        if (s.mutuelle().signum() > 0) {
            lignes.add(new LigneDeCotisation(COMPLEMENTAIRE_SANTE, s.mutuelle(), BigDecimal.ONE.subtract(s.partEmployeurMutuelle()),
                    s.partEmployeurMutuelle(), santeSalariale, santePatronale));
        }

        var reduction = ReductionsGenerales.calculer(assiette, smic, effectif, p);
        return new CotisationsDuMois(s, p, assiette, assietteCsg, pss, smic, java.util.List.copyOf(lignes), reduction);
    }

    /** Taux AT/MP : le taux notifié, à défaut le taux collectif moyen, jamais sous le taux minimum (CSS art. D242-6-2). */
    static BigDecimal tauxAtmp(SituationSalariale s, ParametresDeCotisation p) {
        var taux = s.tauxAtmp() == null ? p.atmpTauxMoyen : s.tauxAtmp();
        return taux.max(p.atmpTauxMinimum);
    }

    /** Taux maladie : réduit sous le seuil en SMIC tant que le « bandeau maladie » existe (CSS art. L241-2-1), sinon plein. */
    static BigDecimal tauxMaladie(BigDecimal assiette, BigDecimal smic, ParametresDeCotisation p) {
        if (p.maladieTauxReduit != null && p.maladieSeuilTauxReduit != null
                && assiette.compareTo(smic.multiply(p.maladieSeuilTauxReduit)) <= 0) {
            return p.maladieTauxReduit;
        }
        return p.maladieEmployeur;
    }

    /** Taux d'allocations familiales : réduit sous le seuil en SMIC tant que le « bandeau famille » existe (CSS art. L241-6-1). */
    static BigDecimal tauxAllocationsFamiliales(BigDecimal assiette, BigDecimal smic, ParametresDeCotisation p) {
        if (p.allocationsFamilialesTauxReduit != null && p.allocationsFamilialesSeuilTauxReduit != null
                && assiette.compareTo(smic.multiply(p.allocationsFamilialesSeuilTauxReduit)) <= 0) {
            return p.allocationsFamilialesTauxReduit;
        }
        return p.allocationsFamiliales;
    }
}
