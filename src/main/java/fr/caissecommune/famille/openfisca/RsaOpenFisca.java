package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FAMILLE;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FOYER_FISCAL;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.INDIVIDU;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.MENAGE;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.famille.calcul.rsa.BaremeForfaitaire;
import fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer;
import fr.caissecommune.famille.calcul.rsa.Rsa;
import fr.caissecommune.famille.calcul.rsa.SituationRsa;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * Le RSA vu depuis les cas OpenFisca-France : la traduction d'une famille du cas en {@link SituationRsa} et des
 * résultats en variables {@code rsa*}. Conventions d'OpenFisca reprises : l'allocation de soutien familial est due au
 * parent isolé (son forfait entre dans les ressources, CASF art. R262-10-1) ; des allocations familiales seul le montant
 * de base entre dans les ressources, du complément familial le montant non majoré ; l'allocation de base de la PAJE et
 * le complément familial sont ceux que calcule {@link PrestationsFamilialesOpenFisca} quand le cas ne les donne pas.
 */
final class RsaOpenFisca extends DispositifDecrit {

    static final YearMonth PREMIER_MOIS = YearMonth.of(2009, 6);
    private static final Set<String> MONTANTS = Set.of("rsa", "rsa_socle", "rsa_socle_majore", "rsa_forfait_logement", "rsa_base_ressources",
            "rsa_forfait_asf");
    private static final Set<String> CALCULEES = Set.of("rsa", "rsa_socle", "rsa_socle_majore", "rsa_majore_eligibilite", "rsa_forfait_logement",
            "rsa_base_ressources", "rsa_forfait_asf", "rsa_nb_enfants", "rsa_eligibilite");
    private static final Map<String, VariableConnue> ENTREES = entrees();

    private final JeuDeParametres jeu;
    private final AllocationsFamilialesOpenFisca allocationsFamiliales;
    private final PrestationsFamilialesOpenFisca prestationsFamiliales;

    RsaOpenFisca(JeuDeParametres jeu, AllocationsFamilialesOpenFisca allocationsFamiliales, PrestationsFamilialesOpenFisca prestationsFamiliales) {
        super("RSA", CALCULEES, MONTANTS, ENTREES);
        this.jeu = jeu;
        this.allocationsFamiliales = allocationsFamiliales;
        this.prestationsFamiliales = prestationsFamiliales;
    }

    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        if (mois.isBefore(PREMIER_MOIS)) {
            throw new NonPrisEnCharge("RSA calculé à partir de " + PREMIER_MOIS + " seulement (mois demandé : " + mois + ")", List.of());
        }
        var p = jeu.a(mois.atDay(1));
        var parents = FoyerDesMinimaSociaux.parents(situation, famille);
        if (parents.isEmpty()) {
            throw new NonPrisEnCharge("famille sans parent", List.of());
        }
        var enfants = enfantsACharge(situation, famille, mois, p);
        var composition = composition(famille, parents, enfants, mois);
        boolean eligible = conditionsGenerales(parents, enfants, composition, mois, p);
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        var bareme = BaremeForfaitaire.de("minima_sociaux/rsa/", p);
        var base = bareme.montantDeBase().valeur();
        valeurs.put("rsa_eligibilite", eligible ? BigDecimal.ONE : BigDecimal.ZERO);
        valeurs.put("rsa_nb_enfants", BigDecimal.valueOf(enfants.size()));
        valeurs.put("rsa_majore_eligibilite", eligible && composition.isolementOuvrantDroitALaMajoration() ? BigDecimal.ONE : BigDecimal.ZERO);
        valeurs.put("rsa_socle", eligible ? base.multiply(bareme.coefficient(composition.adultes(), enfants.size())) : BigDecimal.ZERO);
        valeurs.put("rsa_socle_majore", eligible && composition.isolementOuvrantDroitALaMajoration()
                ? base.multiply(bareme.coefficientMajore(enfants.size())) : BigDecimal.ZERO);
        try {
            FoyerDesMinimaSociaux.verifierLeChamp(situation, famille, mois);
            FoyerDesMinimaSociaux.verifierLAge(parents, mois);
            var logement = FoyerDesMinimaSociaux.logement(situation, famille, mois);
            valeurs.put("rsa_forfait_logement", eligible ? bareme.forfaitLogement(composition, logement, fr.caissecommune.famille.calcul.Trace.muette()).valeur() : BigDecimal.ZERO);
            if (!famille.variable("rsa_base_ressources_prestations_familiales").map(v -> v.renseigneSur(PeriodeOpenFisca.mois(mois))).orElse(false)) {
                valeurs.put("rsa_forfait_asf", forfaitAsf(famille, parents, enfants, mois, p).valeur());
            }
            var personnes = new ArrayList<RessourcesMensuelles>();
            for (int i = 0; i < parents.size(); i++) {
                personnes.add(FoyerDesMinimaSociaux.ressources(parents.get(i), i == 0 ? "l'allocataire" : "le conjoint", mois.minusMonths(3), mois));
            }
            for (var enfant : enfants) {
                personnes.add(FoyerDesMinimaSociaux.ressources(enfant, "l'enfant " + enfant.id(), mois.minusMonths(3), mois));
            }
            var trimestre = TrimestreDeReference.etablir(personnes, mois, true);
            var prestations = prestationsEtMinimaSociaux(situation, famille, parents, enfants, mois, p);
            var resultat = Rsa.calculerSansExplication(new SituationRsa(composition, logement, trimestre, prestations, eligible), mois, p);
            valeurs.put("rsa_base_ressources", resultat.ressources().valeur());
            valeurs.put("rsa", resultat.verse().valeur());
            return new Calcul(valeurs, null);
        } catch (NonPrisEnCharge e) {
            if (!eligible) {
                valeurs.put("rsa", BigDecimal.ZERO);
            }
            return new Calcul(valeurs, e);
        }
    }

    /**
     * Les enfants retenus : nés, de moins de 25 ans (CASF, art. R262-3), et dont les ressources moyennes du trimestre
     * n'excèdent pas la majoration du montant forfaitaire qu'ils ouvrent (un enfant dont la prise en compte réduirait
     * le RSA n'est pas retenu ; ses ressources non plus). Les ressources des enfants retenus entrent dans celles du foyer
     * (CASF, art. R262-6).
     */
    private static List<SituationOpenFisca.Membre> enfantsACharge(SituationOpenFisca situation, SituationOpenFisca.Membre famille,
            YearMonth mois, Instantane p) {
        int ageLimite = p.entier("minima_sociaux/rsa/age_limite_personne_a_charge");
        var bareme = BaremeForfaitaire.de("minima_sociaux/rsa/", p);
        var parents = FoyerDesMinimaSociaux.parents(situation, famille);
        var candidats = new ArrayList<SituationOpenFisca.Membre>();
        for (var enfant : FoyerDesMinimaSociaux.enfants(situation, famille)) {
            int age = FoyerDesMinimaSociaux.age(enfant, mois);
            if (age >= 0 && age < ageLimite) {
                candidats.add(enfant);
            }
        }
        var retenus = new ArrayList<SituationOpenFisca.Membre>();
        int adultes = Math.max(1, parents.size());
        var pente = p.existe(Rsa.PENTE) ? p.valeur(Rsa.PENTE) : java.math.BigDecimal.ZERO;
        for (var enfant : candidats) {
            var trimestre = TrimestreDeReference.etablir(List.of(FoyerDesMinimaSociaux.ressources(enfant, "l'enfant", mois.minusMonths(3), mois)),
                    mois, true);
            var ressources = trimestre.moyenne().moins(trimestre.moyenneActivite().fois(pente));
            if (!ressources.estPositif()) {
                retenus.add(enfant);
                continue;
            }
            boolean seulEnfantOuvrantLaMajoration = parents.size() == 1 && candidats.size() == 1
                    && FoyerDesMinimaSociaux.booleen(famille, "rsa_isolement_recent", mois)
                    && parents.stream().noneMatch(i -> FoyerDesMinimaSociaux.booleen(i, "enceinte", mois));
            var taux = seulEnfantOuvrantLaMajoration
                    ? bareme.isolementTauxDeBase().valeur().subtract(java.math.BigDecimal.ONE).add(bareme.isolementParEnfant().valeur())
                    : bareme.coefficient(adultes, candidats.size()).subtract(bareme.coefficient(adultes, candidats.size() - 1));
            if (ressources.valeur().compareTo(bareme.montantDeBase().valeur().multiply(taux)) < 0) {
                retenus.add(enfant);
            }
        }
        return retenus;
    }

    /**
     * La composition, avec l'isolement ouvrant droit au montant majoré (CASF, art. L262-9 et R262-1) : parent isolé
     * enceinte, ou assumant la charge d'un enfant de moins de trois ans, ou isolé depuis moins de douze mois.
     */
    static CompositionDuFoyer composition(SituationOpenFisca.Membre famille, List<SituationOpenFisca.Membre> parents,
            List<SituationOpenFisca.Membre> enfants, YearMonth mois) {
        boolean couple = parents.size() >= 2 || FoyerDesMinimaSociaux.booleen(famille, "en_couple", mois);
        boolean enceinte = parents.stream().anyMatch(i -> FoyerDesMinimaSociaux.booleen(i, "enceinte", mois));
        boolean isolementRecent = FoyerDesMinimaSociaux.booleen(famille, "rsa_isolement_recent", mois);
        boolean enfantDeMoinsDeTroisAns = enfants.stream().anyMatch(e -> FoyerDesMinimaSociaux.age(e, mois) < 3);
        boolean majore = !couple && (enceinte || (!enfants.isEmpty() && (isolementRecent || enfantDeMoinsDeTroisAns)));
        return new CompositionDuFoyer(couple, enfants.size(), majore, enceinte && !couple);
    }

    /**
     * Majorité ; âge de 25 ans, sauf charge d'enfant ou grossesse (CASF, art. L262-4 1°) ; pas d'étudiant (art. L262-4 4°).
     */
    private static boolean conditionsGenerales(List<SituationOpenFisca.Membre> parents, List<SituationOpenFisca.Membre> enfants,
            CompositionDuFoyer composition, YearMonth mois, Instantane p) {
        int ageMinimum = p.entier("minima_sociaux/rsa/age_minimum");
        var allocataire = parents.getFirst();
        if (FoyerDesMinimaSociaux.booleen(allocataire, "etudiant", mois)) {
            return false;
        }
        if (parents.stream().noneMatch(i -> FoyerDesMinimaSociaux.age(i, mois) >= p.entier("minima_sociaux/rsa/age_majorite"))) {
            return false;
        }
        boolean ageAtteint = parents.stream().anyMatch(i -> FoyerDesMinimaSociaux.age(i, mois) >= ageMinimum);
        if (!ageAtteint && enfants.isEmpty() && !composition.grossesse()) {
            if (parents.stream().anyMatch(i -> i.variable("rsa_jeune_condition_heures_travail_remplie").isPresent())) {
                throw new NonPrisEnCharge("RSA jeune actif (CASF, art. L262-7-1) non pris en charge", "rsa_jeune_condition_heures_travail_remplie");
            }
            return false;
        }
        return true;
    }

    /**
     * Les prestations comptées dans les ressources du mois : prestations familiales (données en base, ou forfait d'ASF,
     * allocations familiales, PAJE et complément familial) et minima sociaux (donnés en base, ou AAH donnée).
     */
    Montant prestationsEtMinimaSociaux(SituationOpenFisca situation, SituationOpenFisca.Membre famille, List<SituationOpenFisca.Membre> parents,
            List<SituationOpenFisca.Membre> enfants, YearMonth mois, Instantane p) {
        var periode = PeriodeOpenFisca.mois(mois);
        var total = Montant.ZERO;
        var pf = famille.variable("rsa_base_ressources_prestations_familiales").filter(v -> v.renseigneSur(periode));
        if (pf.isPresent()) {
            total = total.plus(Montant.euros(pf.get().montantDuMois(mois)));
        } else {
            total = total.plus(forfaitAsf(famille, parents, enfants, mois, p)).plus(prestationsFamiliales(situation, famille, enfants, mois));
        }
        var ms = famille.variable("rsa_base_ressources_minima_sociaux").filter(v -> v.renseigneSur(periode));
        if (ms.isPresent()) {
            total = total.plus(Montant.euros(ms.get().montantDuMois(mois)));
        } else {
            for (var parent : parents) {
                if (FoyerDesMinimaSociaux.booleen(parent, "ass_precondition_remplie", mois)) {
                    throw new NonPrisEnCharge("allocation de solidarité spécifique possible : comptée dans les ressources, elle n'est pas calculée",
                            "ass_precondition_remplie");
                }
            }
        }
        return total;
    }

    /** Le forfait d'allocation de soutien familial compté pour un parent isolé (CASF, art. R262-10-1). */
    Montant forfaitAsf(SituationOpenFisca.Membre famille, List<SituationOpenFisca.Membre> parents,
            List<SituationOpenFisca.Membre> enfants, YearMonth mois, Instantane p) {
        if (parents.size() >= 2 || FoyerDesMinimaSociaux.booleen(famille, "en_couple", mois)) {
            return Montant.ZERO;
        }
        int agePf = p.entier("prestations_familiales/enfant_a_charge/age_limite");
        long eligibles = enfants.stream().filter(e -> FoyerDesMinimaSociaux.age(e, mois) < agePf).count();
        if (eligibles == 0) {
            return Montant.ZERO;
        }
        var asf = famille.variable("asf").filter(v -> v.renseigneSur(PeriodeOpenFisca.mois(mois)));
        if (asf.isPresent() && asf.get().montantDuMois(mois).signum() == 0) {
            return Montant.ZERO;
        }
        if (asf.isPresent() && p.existe("minima_sociaux/rsa/forfait_asf")) {
            var forfait = p.valeur("prestations_familiales/bmaf").multiply(p.valeur("minima_sociaux/rsa/forfait_asf"))
                    .multiply(BigDecimal.valueOf(eligibles));
            return Montant.euros(forfait.min(asf.get().montantDuMois(mois)));
        }
        var pensions = parents.getFirst().variable("pensions_alimentaires_percues").map(v -> v.montantDuMois(mois)).orElse(BigDecimal.ZERO);
        for (var enfant : enfants) {
            pensions = pensions.add(enfant.variable("pensions_alimentaires_percues").map(v -> v.montantDuMois(mois)).orElse(BigDecimal.ZERO));
        }
        if (pensions.signum() > 0) {
            var asfPleine = p.valeur("prestations_familiales/bmaf").multiply(p.valeur("minima_sociaux/rsa/asf_enfant_prive_d_un_parent"))
                    .multiply(BigDecimal.valueOf(eligibles));
            if (pensions.compareTo(asfPleine) >= 0) {
                return Montant.ZERO;
            }
            throw new NonPrisEnCharge("pension alimentaire reçue inférieure à l'allocation de soutien familial : l'ASF différentielle n'est "
                    + "pas calculée", "pensions_alimentaires_percues");
        }
        if (!p.existe("minima_sociaux/rsa/forfait_asf")) {
            throw new NonPrisEnCharge("allocation de soutien familiale avant le forfait d'avril 2014 : non prise en charge", "asf");
        }
        var taux = p.valeur("minima_sociaux/rsa/forfait_asf");
        return Montant.euros(p.valeur("prestations_familiales/bmaf").multiply(taux).multiply(BigDecimal.valueOf(eligibles)));
    }

    /**
     * Les prestations familiales du mois comptées dans les ressources : le montant de base des allocations familiales
     * (calculé, ou le montant donné), le complément familial et l'allocation de base de la PAJE donnés.
     */
    Montant prestationsFamiliales(SituationOpenFisca situation, SituationOpenFisca.Membre famille,
            List<SituationOpenFisca.Membre> enfants, YearMonth mois) {
        if (enfants.isEmpty()) {
            return Montant.ZERO;
        }
        var periode = PeriodeOpenFisca.mois(mois);
        var total = Montant.ZERO;
        var af = famille.variable("af").filter(v -> v.renseigneSur(periode));
        if (af.isPresent()) {
            total = total.plus(Montant.euros(af.get().montantDuMois(mois)));
        } else {
            var calcul = allocationsFamiliales.calculer(situation, famille, mois);
            total = total.plus(Montant.euros(calcul.valeur("af_base").min(calcul.valeur("af"))));
        }
        var paje = famille.variable("paje_base").filter(v -> v.renseigneSur(periode));
        var cf = famille.variable("cf").filter(v -> v.renseigneSur(periode));
        boolean pajePossible = enfants.stream().anyMatch(e -> FoyerDesMinimaSociaux.age(e, mois) < 3);
        boolean cfPossible = enfants.stream().filter(e -> FoyerDesMinimaSociaux.age(e, mois) >= 3).count() >= 3;
        Calcul calcules = null;
        if ((paje.isEmpty() && pajePossible) || (cf.isEmpty() && cfPossible)) {
            calcules = prestationsFamiliales.calculer(situation, famille, mois);
        }
        if (paje.isPresent()) {
            total = total.plus(Montant.euros(paje.get().montantDuMois(mois)));
        } else if (pajePossible) {
            total = total.plus(Montant.euros(calcules.valeur("paje_base")));
        }
        if (cf.isPresent()) {
            total = total.plus(Montant.euros(cf.get().montantDuMois(mois)));
        } else if (cfPossible) {
            // seul le montant non majoré du complément familial entre dans les ressources
            var montant = calcules.valeur("cf");
            var p = jeu.a(mois.atDay(1));
            if (montant.signum() > 0 && p.existe("prestations_familiales/cf/taux")) {
                montant = montant.min(p.valeur("prestations_familiales/bmaf").multiply(p.valeur("prestations_familiales/cf/taux")));
            }
            total = total.plus(Montant.euros(montant));
        }
        return total;
    }

    static Map<String, VariableConnue> entrees() {
        var e = new LinkedHashMap<String, VariableConnue>();
        for (var lue : List.of("date_naissance", "age", "age_en_mois", "salaire_net", "salaire_de_base", "chomage_net", "retraite_nette",
                "indemnites_journalieres", "pensions_alimentaires_percues", "pensions_invalidite", "enceinte", "etudiant",
                "rsa_jeune_condition_heures_travail_remplie", "garde_alternee", "aah", "ass_precondition_remplie", "enfant_place", "rempli_obligation_scolaire",
                "revenu_assimile_salaire", "salaire_imposable", "chomage_imposable", "retraite_imposable")) {
            e.put(lue, VariableConnue.lue(INDIVIDU));
        }
        for (var lue : List.of("en_couple", "rsa_isolement_recent", "aide_logement", "af", "asf", "cf", "paje_base",
                "rsa_base_ressources_prestations_familiales", "rsa_base_ressources_minima_sociaux",
                "prestations_familiales_base_ressources")) {
            e.put(lue, VariableConnue.lue(FAMILLE));
        }
        for (var lue : List.of("statut_occupation_logement", "loyer", "participation_frais", "depcom", "residence_dom", "residence_mayotte")) {
            e.put(lue, VariableConnue.lue(MENAGE));
        }
        e.put("pensions_alimentaires_versees", VariableConnue.sansIncidence(FOYER_FISCAL, "les pensions versées ne sont pas déduites des "
                + "ressources du RSA (CASF, art. R262-6)"));
        var emploi = "caractéristique de l'emploi, qui ne sert qu'à calculer un salaire à partir du salaire de base (non utilisé)";
        for (var v : List.of("activite", "categorie_salarie", "contrat_de_travail", "contrat_de_travail_type", "effectif_entreprise",
                "heures_remunerees_volume", "depcom_entreprise", "accord_interessement", "allegement_cotisation_maladie_mode_recouvrement",
                "allegement_cotisation_allocations_familiales_mode_recouvrement", "allegement_general_mode_recouvrement",
                "choix_exoneration_cotisations_employeur_agricole", "contrat_duree_determinee_type", "exposition_accident",
                "regime_securite_sociale", "secteur_activite_employeur", "taches_salarie_type")) {
            e.put(v, VariableConnue.sansIncidence(INDIVIDU, emploi));
        }
        var sansIncidence = "sans incidence sur le RSA (condition d'une autre prestation)";
        for (var v : List.of("inapte_travail", "handicap", "invalidite", "taux_incapacite", "scolarite", "enfant_a_charge", "statut_marital")) {
            e.put(v, VariableConnue.sansIncidence(INDIVIDU, sansIncidence));
        }
        var patrimoine = "patrimoine non productif de revenus, lu seulement s'il est non nul";
        e.put("valeur_locative_immo_non_loue", VariableConnue.sansIncidence(INDIVIDU, patrimoine));
        e.put("valeur_locative_terrains_non_loues", VariableConnue.sansIncidence(INDIVIDU, patrimoine));
        var passees = "montant passé d'une prestation, hors des mois calculés";
        for (var v : List.of("acs", "alf", "als", "apl", "aspa", "bourse_college", "bourse_lycee", "rsa")) {
            e.put(v, VariableConnue.sansIncidence(FAMILLE, passees));
        }
        e.put("proprietaire_proche_famille", VariableConnue.sansIncidence(FAMILLE, "condition propre aux aides au logement"));
        e.put("rfr", VariableConnue.sansIncidence(FOYER_FISCAL, "revenu fiscal : le RSA se calcule sur les ressources du trimestre"));
        e.put("depcom_foyer", VariableConnue.sansIncidence(FOYER_FISCAL, "commune de la déclaration fiscale"));
        return Collections.unmodifiableMap(e);
    }
}
