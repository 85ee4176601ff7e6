package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FAMILLE;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.INDIVIDU;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.SituationAah;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * L'allocation aux adultes handicapés vue depuis les cas OpenFisca-France : une variable d'individu, calculée pour
 * chaque membre de la famille. Conventions d'OpenFisca reprises : la personne est « en activité » si elle a un
 * salaire imposable le mois même, et ses revenus d'activité sont alors ceux des trois mois précédents, multipliés par
 * quatre ; sinon, ceux de l'année N-2. Le conjoint est l'autre parent de la famille. Les pensions, retraites et
 * revenus non salariaux ne sont pas pris en charge : la situation est alors ignorée plutôt que faussée.
 */
final class AahOpenFisca extends DispositifDecrit {

    private static final Set<String> INDIVIDUELLES = Set.of("aah", "aah_base", "aah_eligible", "aah_base_ressources_conjugalisee",
            "aah_base_ressources_deconjugalisee", "aah_plafond_ressources", "aah_base_ressources_activite_eval_trimestrielle");
    private static final Set<String> MONTANTS = Set.of("aah", "aah_base");
    private static final List<String> PENSIONS = List.of("retraite_imposable", "retraite_brute", "retraite_nette", "pensions_alimentaires_percues",
            "indemnites_journalieres_maladie", "chomage_imposable");

    private final JeuDeParametres jeu;
    private final Map<YearMonth, Instantane> parMois = new HashMap<>();

    AahOpenFisca(JeuDeParametres jeu) {
        super("allocation aux adultes handicapés", Set.of(), MONTANTS, entrees());
        this.jeu = jeu;
    }

    private static Map<String, VariableConnue> entrees() {
        var e = new LinkedHashMap<>(AllocationsFamilialesOpenFisca.ENTREES);
        for (var v : List.of("taux_incapacite", "aah_restriction_substantielle_durable_acces_emploi", "aah_eligible", "aah_base_ressources_conjugalisee",
                "aah_base_ressources", "activite", "prestations_familiales_enfant_a_charge", "autonomie_financiere")) {
            e.put(v, VariableConnue.lue(INDIVIDU));
        }
        e.put("en_couple", VariableConnue.lue(FAMILLE));
        e.put("af_nbenf", VariableConnue.lue(FAMILLE));
        e.put("handicap", VariableConnue.sansIncidence(INDIVIDU, "le handicap ouvre droit à l'AAH par le taux d'incapacité reconnu (taux_incapacite)"));
        e.put("statut_marital", VariableConnue.sansIncidence(INDIVIDU, "la vie en couple est lue sur la famille (deux parents ou en_couple)"));
        return e;
    }

    @Override
    public Set<String> variablesIndividuelles() {
        return INDIVIDUELLES;
    }

    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        if (mois.isBefore(AllocationAuxAdultesHandicapes.PREMIER_MOIS)) {
            throw new NonPrisEnCharge("AAH calculée à partir de " + AllocationAuxAdultesHandicapes.PREMIER_MOIS + " seulement", List.of());
        }
        AllocationsFamilialesOpenFisca.verifierResidenceEnMetropole(situation, famille, mois);
        var parametres = parMois.computeIfAbsent(mois, m -> jeu.a(m.atDay(1)));
        var enfants = new ArrayList<Enfant>();
        for (var id : famille.role("enfants")) {
            enfants.add(AllocationsFamilialesOpenFisca.enfant(situation.individus.get(id), mois));
        }
        int enfantsACharge = famille.variable("af_nbenf").map(v -> v.etatDuMois(mois)).map(v -> Valeurs.nombre(v).intValue())
                .orElseGet(() -> AllocationAuxAdultesHandicapes.nombreDEnfantsACharge(enfants, mois, parametres));
        var parents = famille.role("parents");
        boolean enCouple = famille.variable("en_couple").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(parents.size() >= 2);
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        NonPrisEnCharge sinon = null;
        var membres = new ArrayList<String>(parents);
        membres.addAll(famille.role("enfants"));
        for (var id : membres) {
            var individu = situation.individus.get(id);
            try {
                boolean enfant = !parents.contains(id);
                String conjoint = !enfant && enCouple ? parents.stream().filter(autre -> !autre.equals(id)).findFirst().orElse(null) : null;
                var situationAah = new SituationAah(AllocationsFamilialesOpenFisca.dateDeNaissance(individu, mois),
                        individu.variable("taux_incapacite").map(v -> v.etatDuMois(mois)).map(Valeurs::nombre).orElse(BigDecimal.ZERO),
                        individu.variable("aah_restriction_substantielle_durable_acces_emploi").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen)
                                .orElse(false),
                        enfantACharge(individu, enfant, mois, parametres), enCouple, enfantsACharge,
                        ressources(situation, individu, conjoint == null ? null : situation.individus.get(conjoint), mois),
                        individu.variable("aah_eligible").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(null));
                var resultat = AllocationAuxAdultesHandicapes.calculerSansExplication(situationAah, mois, parametres);
                for (var entree : resultat.intermediaires().entrySet()) {
                    valeurs.put(Dispositif.cle(entree.getKey(), id), entree.getValue());
                }
                valeurs.put(Dispositif.cle("aah", id), resultat.montant().valeur());
                // Revenus d'activité des trois mois précédents, annualisés (évaluation trimestrielle, CSS R821-4).
                valeurs.put(Dispositif.cle("aah_base_ressources_activite_eval_trimestrielle", id),
                        salaire(individu, new PeriodeOpenFisca(mois.minusMonths(3), 3)).multiply(BigDecimal.valueOf(4)));
            } catch (NonPrisEnCharge e) {
                sinon = sinon == null ? e : sinon;
            }
        }
        return new Calcul(valeurs, sinon);
    }

    private static boolean enfantACharge(SituationOpenFisca.Membre individu, boolean enfant, YearMonth mois, Instantane parametres) {
        var impose = individu.variable("prestations_familiales_enfant_a_charge").map(v -> v.etatDuMois(mois));
        if (impose.isPresent()) {
            return Valeurs.booleen(impose.get());
        }
        if (individu.variable("autonomie_financiere").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(false)) {
            return false;
        }
        return enfant && AllocationAuxAdultesHandicapes.estACharge(AllocationsFamilialesOpenFisca.enfant(individu, mois), mois, parametres);
    }

    private static SituationAah.Ressources ressources(SituationOpenFisca situation, SituationOpenFisca.Membre individu,
            SituationOpenFisca.Membre conjoint, YearMonth mois) {
        for (var nom : List.of("aah_base_ressources_conjugalisee", "aah_base_ressources")) {
            var connue = individu.variable(nom).filter(v -> v.renseigneSur(PeriodeOpenFisca.mois(mois)));
            if (connue.isPresent()) {
                return SituationAah.Ressources.connues(Montant.euros(connue.get().montantDuMois(mois)));
            }
        }
        var trimestre = new PeriodeOpenFisca(mois.minusMonths(3), 3);
        var anneeN2 = PeriodeOpenFisca.annee(mois.getYear() - 2);
        verifierSansPension(individu, trimestre, anneeN2);
        boolean enActivite = salaire(individu, PeriodeOpenFisca.mois(mois)).signum() > 0;
        var activite = enActivite ? salaire(individu, trimestre).multiply(BigDecimal.valueOf(4)) : salaire(individu, anneeN2);
        // Comme OpenFisca, l'activité donnée pour une autre période vaut à défaut pour le mois.
        var etat = individu.variable("activite").flatMap(v -> v.datee(mois)).map(e -> e.getValue().toString()).orElse("");
        boolean cessation = etat.equals("inactif") || etat.equals("4");
        var duConjoint = BigDecimal.ZERO;
        if (conjoint != null) {
            verifierSansPension(conjoint, trimestre, anneeN2);
            duConjoint = salaire(conjoint, PeriodeOpenFisca.mois(mois)).signum() > 0 ? salaire(conjoint, trimestre).multiply(BigDecimal.valueOf(4))
                    : salaire(conjoint, anneeN2);
        }
        return new SituationAah.Ressources(enActivite, Montant.euros(activite), cessation, Montant.ZERO, Montant.euros(duConjoint), null);
    }

    /** Le salaire d'une période : le salaire net s'il est donné, sinon le salaire imposable. */
    private static BigDecimal salaire(SituationOpenFisca.Membre individu, PeriodeOpenFisca periode) {
        var variable = individu.variable("salaire_net").filter(v -> v.renseigneSur(periode)).or(() -> individu.variable("salaire_imposable"));
        if (variable.isEmpty()) {
            if (individu.variable("salaire_de_base").map(v -> v.nonNulSur(periode)).orElse(false)) {
                throw new NonPrisEnCharge("salaire de base sans salaire imposable : le salaire retenu pour l'AAH n'est pas calculé", "salaire_de_base");
            }
            return BigDecimal.ZERO;
        }
        return periode.lesMois().map(m -> variable.get().montantDuMois(m)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void verifierSansPension(SituationOpenFisca.Membre individu, PeriodeOpenFisca trimestre, PeriodeOpenFisca anneeN2) {
        for (var pension : PENSIONS) {
            if (individu.variable(pension).map(v -> v.nonNulSur(trimestre) || v.nonNulSur(anneeN2)).orElse(false)) {
                throw new NonPrisEnCharge(pension + " : ressource de l'AAH hors revenus d'activité non prise en charge", pension);
            }
        }
    }
}
