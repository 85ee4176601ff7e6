package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FAMILLE;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FOYER_FISCAL;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.INDIVIDU;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.MENAGE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.AllocationsFamiliales;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.ParametresAf;
import fr.caissecommune.famille.calcul.ResultatAf;
import fr.caissecommune.famille.calcul.RessourcesDeReference;
import fr.caissecommune.famille.calcul.SituationAf;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * Les allocations familiales vues depuis les cas OpenFisca-France : la traduction d'une famille du cas en
 * {@link SituationAf} (enfants, ressources de l'année N-2) et des résultats en variables {@code af_*}.
 * Conventions d'OpenFisca reprises : un âge donné pour un mois fait naître l'enfant le premier jour de ce mois,
 * tant d'années plus tôt ; la rémunération de l'enfant est la moyenne de son salaire net des six mois précédents ;
 * les ressources sont celles de l'année N-2.
 */
final class AllocationsFamilialesOpenFisca extends DispositifDecrit {

    private static final LocalDate NAISSANCE_PAR_DEFAUT = LocalDate.of(1970, 1, 1);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);

    private static final Set<String> MONTANTS = Set.of("af", "af_base", "af_majoration", "af_allocation_forfaitaire",
            "af_complement_degressif", "af_allocation_forfaitaire_complement_degressif", "af_nettes_crds", "crds_af");
    private static final Set<String> CALCULEES = Set.of("af", "af_base", "af_majoration", "af_allocation_forfaitaire",
            "af_complement_degressif", "af_allocation_forfaitaire_complement_degressif", "af_nettes_crds", "crds_af",
            "af_taux_modulation", "af_allocation_forfaitaire_taux_modulation", "af_nbenf", "af_allocation_forfaitaire_nb_enfants",
            "af_coeff_garde_alternee", "prestations_familiales_base_ressources");

    /** Les revenus de l'année N-2 que la base de ressources ne sait pas encore traiter s'ils sont non nuls. */
    private static final List<String> REVENUS_NON_PRIS_EN_CHARGE = List.of("retraite_imposable", "retraite_brute", "retraite_nette",
            "pensions_alimentaires_percues", "indemnites_journalieres_maladie");

    static final Map<String, VariableConnue> ENTREES = entrees();

    private final JeuDeParametres jeu;
    private final Map<YearMonth, ParametresAf> parametresParMois = new HashMap<>();

    AllocationsFamilialesOpenFisca(JeuDeParametres jeu) {
        super("allocations familiales", CALCULEES, MONTANTS, ENTREES);
        this.jeu = jeu;
    }

    /**
     * Calcule une famille. Si ses ressources de l'année N-2 ne peuvent pas être établies (revenus non traités),
     * le calcul est refait avec des ressources nulles : quand il ne donne alors aucune allocation, les montants
     * sont nuls quelles que soient les ressources (la modulation ne fait que réduire), et seules les variables qui
     * dépendent des ressources restent non calculées.
     */
    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        if (mois.isBefore(AllocationsFamiliales.PREMIER_MOIS)) {
            throw new NonPrisEnCharge("allocations familiales calculées à partir de " + AllocationsFamiliales.PREMIER_MOIS
                    + " seulement (mois demandé : " + mois + ")", List.of());
        }
        verifierResidenceEnMetropole(situation, famille, mois);
        var enfants = new ArrayList<Enfant>();
        for (var id : famille.role("enfants")) {
            enfants.add(enfant(situation.individus.get(id), mois));
        }
        var parametres = parametresParMois.computeIfAbsent(mois, m -> ParametresAf.de(jeu.a(m.atDay(1))));
        try {
            var ressources = ressources(situation, famille, mois);
            return new Calcul(valeurs(AllocationsFamiliales.calculerSansExplication(new SituationAf(enfants, ressources), mois, parametres),
                    ressources, true), null);
        } catch (NonPrisEnCharge ressourcesInconnues) {
            var sansRessources = AllocationsFamiliales.calculerSansExplication(new SituationAf(enfants, Montant.ZERO), mois, parametres);
            if (sansRessources.total().estPositif()) {
                throw ressourcesInconnues;
            }
            return new Calcul(valeurs(sansRessources, Montant.ZERO, false), ressourcesInconnues);
        }
    }

    private static Map<String, BigDecimal> valeurs(ResultatAf r, Montant ressources, boolean ressourcesConnues) {
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        valeurs.put("af", r.total().valeur());
        valeurs.put("af_base", r.montantDeBase().valeur());
        valeurs.put("af_majoration", r.majorationsPourAge().valeur());
        valeurs.put("af_allocation_forfaitaire", r.allocationForfaitaire().valeur());
        valeurs.put("af_complement_degressif", r.complementDegressif().valeur());
        valeurs.put("af_allocation_forfaitaire_complement_degressif", r.complementDegressifDuForfait().valeur());
        valeurs.put("af_nettes_crds", r.montantVerse().valeur());
        valeurs.put("crds_af", r.crds().valeur().negate());
        valeurs.put("af_nbenf", BigDecimal.valueOf(r.nombreEnfantsACharge()));
        valeurs.put("af_allocation_forfaitaire_nb_enfants", BigDecimal.valueOf(r.nombreEnfantsOuvrantDroitAuForfait()));
        valeurs.put("af_coeff_garde_alternee", r.coefficientResidenceAlternee());
        if (ressourcesConnues) {
            valeurs.put("af_taux_modulation", r.tauxDeModulation());
            valeurs.put("af_allocation_forfaitaire_taux_modulation", r.tauxDeModulationDuForfait());
            valeurs.put("prestations_familiales_base_ressources", ressources.valeur());
        }
        return valeurs;
    }

    static void verifierResidenceEnMetropole(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var parents = famille.role("parents");
        if (parents.isEmpty()) {
            return;
        }
        var menage = situation.menageDe(parents.getFirst());
        if (menage.isEmpty()) {
            return;
        }
        var variables = menage.get();
        boolean outreMer = variables.variable("residence_dom").map(v -> Valeurs.booleen(v.etatDuMois(mois))).orElse(false)
                || variables.variable("residence_mayotte").map(v -> Valeurs.booleen(v.etatDuMois(mois))).orElse(false)
                || variables.variable("depcom").map(v -> v.etatDuMois(mois)).map(c -> c.toString().startsWith("97")).orElse(false);
        if (outreMer) {
            throw new NonPrisEnCharge("résidence outre-mer : les allocations familiales des départements d'outre-mer (CSS, art. L755-11 "
                    + "et suivants) ne sont pas prises en charge", List.of("residence_dom", "residence_mayotte", "depcom"));
        }
    }

    static Enfant enfant(SituationOpenFisca.Membre individu, YearMonth mois) {
        var obligationScolaire = individu.variable("rempli_obligation_scolaire").map(v -> v.etatDuMois(mois));
        if (obligationScolaire.isPresent() && !Valeurs.booleen(obligationScolaire.get())) {
            throw new NonPrisEnCharge("enfant ne remplissant pas l'obligation scolaire : cas non pris en charge", "rempli_obligation_scolaire");
        }
        boolean place = individu.variable("enfant_place").map(v -> Valeurs.booleen(v.etatDuMois(mois))).orElse(false);
        boolean alternance = individu.variable("garde_alternee").map(v -> Valeurs.booleen(v.etatDuMois(mois))).orElse(false);
        return new Enfant(dateDeNaissance(individu, mois), !place, alternance, remunerationMensuelle(individu, mois));
    }

    /** La date de naissance donnée, ou déduite de l'âge (en années ou en mois) donné pour un mois. */
    static LocalDate dateDeNaissance(SituationOpenFisca.Membre individu, YearMonth mois) {
        var date = individu.variable("date_naissance").map(Valeurs::permanente);
        if (date.isPresent()) {
            return Valeurs.date(date.get());
        }
        var enMois = individu.variable("age_en_mois").flatMap(v -> v.datee(mois));
        if (enMois.isPresent()) {
            return enMois.get().getKey().debut().atDay(1).minusMonths(Valeurs.nombre(enMois.get().getValue()).longValueExact());
        }
        var age = individu.variable("age").flatMap(v -> v.datee(mois));
        if (age.isPresent()) {
            return age.get().getKey().debut().atDay(1).minusYears(Valeurs.nombre(age.get().getValue()).longValueExact());
        }
        return NAISSANCE_PAR_DEFAUT;
    }

    /** Moyenne du salaire net des six mois précédents (comme {@code autonomie_financiere} d'OpenFisca). */
    private static Montant remunerationMensuelle(SituationOpenFisca.Membre individu, YearMonth mois) {
        var sixMois = new PeriodeOpenFisca(mois.minusMonths(6), 6);
        var net = individu.variable("salaire_net");
        if (net.isEmpty() || !net.get().renseigneSur(sixMois)) {
            if (individu.variable("salaire_de_base").map(v -> v.nonNulSur(sixMois)).orElse(false)) {
                throw new NonPrisEnCharge("salaire d'un enfant donné en salaire de base : le salaire net (plafond de l'art. R512-2) "
                        + "n'est pas calculé", "salaire_de_base");
            }
            return Montant.ZERO;
        }
        var total = sixMois.lesMois().map(m -> net.get().montantDuMois(m)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Montant.euros(total.divide(SIX, MathContext.DECIMAL64));
    }

    /** Les ressources de l'année N-2 des parents et des enfants (revenus nets catégoriels). */
    Montant ressources(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var donnee = famille.variable("prestations_familiales_base_ressources").map(v -> v.etatDuMois(mois));
        if (donnee.isPresent()) {
            return Montant.euros(Valeurs.nombre(donnee.get()));
        }
        int annee = mois.getYear() - 2;
        var periode = PeriodeOpenFisca.annee(annee);
        var total = Montant.ZERO;
        for (var role : List.of("parents", "enfants")) {
            for (var id : famille.role(role)) {
                total = total.plus(ressourcesIndividuelles(situation.individus.get(id), annee, role.equals("enfants")));
            }
        }
        for (var id : famille.role("parents")) {
            var foyer = situation.foyerFiscalDe(id);
            if (foyer.flatMap(f -> f.variable("pensions_alimentaires_versees")).map(v -> v.nonNulSur(periode)).orElse(false)) {
                throw new NonPrisEnCharge("pensions alimentaires versées en " + annee + " : déduction non prise en charge",
                        "pensions_alimentaires_versees");
            }
        }
        return total;
    }

    /** Les revenus nets catégoriels d'une personne pour une année (traitements et salaires après déduction forfaitaire). */
    Montant ressourcesIndividuelles(SituationOpenFisca.Membre individu, int annee, boolean enfant) {
        var periode = PeriodeOpenFisca.annee(annee);
        for (var revenu : REVENUS_NON_PRIS_EN_CHARGE) {
            if (individu.variable(revenu).map(v -> v.nonNulSur(periode)).orElse(false)) {
                throw new NonPrisEnCharge(revenu + " non nul en " + annee + " : revenu de la base de ressources non pris en charge", revenu);
            }
        }
        var salaires = salairesImposables(individu, periode, annee);
        if (salaires.estPositif() && enfant) {
            throw new NonPrisEnCharge("revenus d'un enfant en " + annee + " : non pris en charge", "salaire_imposable");
        }
        return RessourcesDeReference.salairesApresDeductionForfaitaire(salaires, jeu.a(LocalDate.of(annee, 1, 1)));
    }

    private static Montant salairesImposables(SituationOpenFisca.Membre individu, PeriodeOpenFisca periode, int annee) {
        var assimiles = individu.variable("revenu_assimile_salaire").filter(v -> v.renseigneSur(periode));
        if (assimiles.isPresent()) {
            return Montant.euros(assimiles.get().montantDeLAnnee(annee));
        }
        var imposables = individu.variable("salaire_imposable").filter(v -> v.renseigneSur(periode));
        if (imposables.isEmpty()) {
            for (var brut : List.of("salaire_de_base", "salaire_net")) {
                if (individu.variable(brut).map(v -> v.nonNulSur(periode)).orElse(false)) {
                    throw new NonPrisEnCharge(brut + " donné pour " + annee + " sans salaire imposable : le salaire imposable de l'année "
                            + "de référence n'est pas calculé", brut);
                }
            }
        }
        var salaire = imposables.map(v -> v.montantDeLAnnee(annee)).orElse(BigDecimal.ZERO);
        var chomage = individu.variable("chomage_imposable").map(v -> v.montantDeLAnnee(annee)).orElse(BigDecimal.ZERO);
        return Montant.euros(salaire.add(chomage));
    }

    private static Map<String, VariableConnue> entrees() {
        var e = new LinkedHashMap<String, VariableConnue>();
        for (var lue : List.of("date_naissance", "age", "age_en_mois", "garde_alternee", "enfant_place", "rempli_obligation_scolaire",
                "salaire_net", "salaire_de_base", "revenu_assimile_salaire", "salaire_imposable", "chomage_imposable",
                "retraite_imposable", "retraite_brute", "retraite_nette", "pensions_alimentaires_percues",
                "indemnites_journalieres_maladie")) {
            e.put(lue, VariableConnue.lue(INDIVIDU));
        }
        e.put("prestations_familiales_base_ressources", VariableConnue.lue(FAMILLE));
        e.put("pensions_alimentaires_versees", VariableConnue.lue(FOYER_FISCAL));
        for (var lue : List.of("depcom", "residence_dom", "residence_mayotte")) {
            e.put(lue, VariableConnue.lue(MENAGE));
        }
        var emploi = "caractéristique de l'emploi, qui ne sert qu'à calculer un salaire à partir du salaire de base (non utilisé)";
        for (var v : List.of("activite", "categorie_salarie", "contrat_de_travail", "contrat_de_travail_type", "effectif_entreprise",
                "heures_remunerees_volume", "depcom_entreprise")) {
            e.put(v, VariableConnue.sansIncidence(INDIVIDU, emploi));
        }
        var autresDroits = "condition d'autres prestations (AAH, AEEH, RSA, bourses) ; la définition de l'enfant à charge des "
                + "prestations familiales (CSS, art. L512-3) ne la retient pas";
        for (var v : List.of("etudiant", "inapte_travail", "handicap", "invalidite", "taux_incapacite", "scolarite", "enceinte")) {
            e.put(v, VariableConnue.sansIncidence(INDIVIDU, autresDroits));
        }
        e.put("statut_marital", VariableConnue.sansIncidence(INDIVIDU, "les allocations familiales ne dépendent pas de la vie en couple"));
        e.put("enfant_a_charge", VariableConnue.sansIncidence(INDIVIDU, "enfant à charge au sens de l'impôt sur le revenu, distinct de celui des "
                + "prestations familiales"));
        var patrimoine = "patrimoine non productif de revenus : compte pour le RSA, pas pour les revenus catégoriels de l'année N-2";
        e.put("valeur_locative_immo_non_loue", VariableConnue.sansIncidence(INDIVIDU, patrimoine));
        e.put("valeur_locative_terrains_non_loues", VariableConnue.sansIncidence(INDIVIDU, patrimoine));
        var prestations = "montant passé d'une autre prestation : les prestations non imposables n'entrent pas dans les ressources de "
                + "l'année N-2 (CSS, art. R532-3)";
        for (var v : List.of("acs", "aide_logement", "alf", "als", "apl", "asf", "aspa", "bourse_college", "bourse_lycee", "cf",
                "paje_base", "rsa")) {
            e.put(v, VariableConnue.sansIncidence(FAMILLE, prestations));
        }
        e.put("rsa_isolement_recent", VariableConnue.sansIncidence(FAMILLE, "condition propre au RSA majoré"));
        e.put("en_couple", VariableConnue.sansIncidence(FAMILLE, "les allocations familiales ne dépendent pas de la vie en couple"));
        e.put("proprietaire_proche_famille", VariableConnue.sansIncidence(FAMILLE, "condition propre aux aides au logement"));
        e.put("rfr", VariableConnue.sansIncidence(FOYER_FISCAL, "la base de ressources des prestations familiales est faite des revenus "
                + "catégoriels, pas du revenu fiscal de référence"));
        e.put("depcom_foyer", VariableConnue.sansIncidence(FOYER_FISCAL, "commune de la déclaration fiscale ; la résidence est lue sur le ménage"));
        var logement = "caractéristique du logement, propre aux aides au logement et au forfait logement du RSA";
        for (var v : List.of("statut_occupation_logement", "loyer", "participation_frais")) {
            e.put(v, VariableConnue.sansIncidence(MENAGE, logement));
        }
        return java.util.Collections.unmodifiableMap(e);
    }
}
