package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite.PREMIER_MOIS;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite;
import fr.caissecommune.famille.calcul.primeactivite.SituationPrimeActivite;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.famille.calcul.rsa.BaremeForfaitaire;
import fr.caissecommune.famille.calcul.rsa.Logement;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * La prime d'activité vue depuis les cas OpenFisca-France : la prime d'un mois est celle que donne le réexamen de ce
 * mois, sur les trois mois qui le précèdent ({@code ppa}) ; les variables mensuelles du trimestre
 * ({@code ppa_eligibilite}, {@code ppa_revenu_activite}, {@code ppa_montant_forfaitaire_familial_non_majore},
 * {@code ppa_forfait_logement}) sont celles du mois demandé.
 */
final class PrimeDActiviteOpenFisca extends DispositifDecrit {

    private static final Set<String> MONTANTS = Set.of("ppa", "ppa_revenu_activite", "ppa_montant_forfaitaire_familial_non_majore",
            "ppa_forfait_logement");
    private static final Set<String> CALCULEES = Set.of("ppa", "ppa_eligibilite", "ppa_revenu_activite",
            "ppa_montant_forfaitaire_familial_non_majore", "ppa_forfait_logement");
    private static final Map<String, VariableConnue> ENTREES = RsaOpenFisca.entrees();

    private final JeuDeParametres jeu;
    private final RsaOpenFisca rsa;

    PrimeDActiviteOpenFisca(JeuDeParametres jeu, RsaOpenFisca rsa) {
        super("prime d'activité", CALCULEES, MONTANTS, ENTREES);
        this.jeu = jeu;
        this.rsa = rsa;
    }

    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        var parents = FoyerDesMinimaSociaux.parents(situation, famille);
        if (parents.isEmpty()) {
            throw new NonPrisEnCharge("famille sans parent", List.of());
        }
        var p = jeu.a(mois.atDay(1));
        int ageMinimum = p.entier("minima_sociaux/prime_activite/age_minimum");
        boolean eligibleCeMois = conditions(parents, mois, ageMinimum);
        valeurs.put("ppa_eligibilite", eligibleCeMois ? BigDecimal.ONE : BigDecimal.ZERO);
        var enfants = new ArrayList<SituationOpenFisca.Membre>();
        for (var enfant : FoyerDesMinimaSociaux.enfants(situation, famille)) {
            int age = FoyerDesMinimaSociaux.age(enfant, mois);
            if (age >= 0 && age < p.entier("minima_sociaux/rsa/age_limite_personne_a_charge")) {
                enfants.add(enfant);
            }
        }
        var composition = RsaOpenFisca.composition(famille, parents, enfants, mois);
        var activiteDuMois = BigDecimal.ZERO;
        for (var parent : parents) {
            activiteDuMois = activiteDuMois.add(parent.variable("salaire_net").map(v -> v.montantDuMois(mois)).orElse(BigDecimal.ZERO));
        }
        valeurs.put("ppa_revenu_activite", activiteDuMois);
        if (mois.isBefore(PREMIER_MOIS)) {
            valeurs.put("ppa", BigDecimal.ZERO);
            return new Calcul(valeurs, new NonPrisEnCharge("prime d'activité créée au 1er janvier 2016", List.of()));
        }
        var bareme = BaremeForfaitaire.de("minima_sociaux/prime_activite/", p);
        valeurs.put("ppa_montant_forfaitaire_familial_non_majore",
                bareme.montantDeBase().valeur().multiply(bareme.coefficient(composition.adultes(), enfants.size())));
        try {
            FoyerDesMinimaSociaux.verifierLeChamp(situation, famille, mois);
            FoyerDesMinimaSociaux.verifierLAge(parents, mois);
            for (var enfant : enfants) {
                for (var revenu : FoyerDesMinimaSociaux.RESSOURCES.keySet()) {
                    if (enfant.variable(revenu).map(v -> v.nonNulSur(new PeriodeOpenFisca(mois.minusMonths(3), 4))).orElse(false)) {
                        throw new NonPrisEnCharge("ressources d'un enfant : non prises en charge pour la prime d'activité", revenu);
                    }
                }
            }
            if (parents.stream().anyMatch(i -> FoyerDesMinimaSociaux.booleen(i, "etudiant", mois))) {
                throw new NonPrisEnCharge("étudiant : condition de revenus des étudiants (CSS, art. L842-2) non prise en charge", "etudiant");
            }
            valeurs.put("ppa_forfait_logement", bareme.forfaitLogement(composition, FoyerDesMinimaSociaux.logement(situation, famille, mois),
                    fr.caissecommune.famille.calcul.Trace.muette()).valeur());
            var personnes = new ArrayList<RessourcesMensuelles>();
            for (int i = 0; i < parents.size(); i++) {
                personnes.add(FoyerDesMinimaSociaux.ressources(parents.get(i), i == 0 ? "l'allocataire" : "le conjoint", mois.minusMonths(3), mois));
            }
            var seuilAah = Montant.euros(p.valeur("minima_sociaux/prime_activite/seuil_aah_revenus_activite")
                    .multiply(p.valeur("marche_du_travail/smic/horaire_brut")));
            var trimestre = TrimestreDeReference.etablir(personnes, mois, false, seuilAah);
            var moisOuvrantDroit = new HashSet<YearMonth>();
            var logements = new HashMap<YearMonth, Logement>();
            var prestations = new HashMap<YearMonth, Montant>();
            for (var m : TrimestreDeReference.troisMoisAvant(mois)) {
                if (conditions(parents, m, ageMinimum)) {
                    moisOuvrantDroit.add(m);
                }
                logements.put(m, FoyerDesMinimaSociaux.logement(situation, famille, m));
                var pm = jeu.a((m.isBefore(PREMIER_MOIS) ? mois : m).atDay(1));
                prestations.put(m, enfants.isEmpty() ? Montant.ZERO : rsa.prestationsEtMinimaSociaux(situation, famille, parents, enfants, m, pm));
            }
            var resultat = PrimeDActivite.calculerSansExplication(new SituationPrimeActivite(composition, trimestre, logements, prestations, moisOuvrantDroit),
                    mois, m -> jeu.a(m.atDay(1)));
            valeurs.put("ppa", resultat.verse().valeur());
            return new Calcul(valeurs, null);
        } catch (NonPrisEnCharge e) {
            return new Calcul(valeurs, e);
        }
    }

    private static boolean conditions(List<SituationOpenFisca.Membre> parents, YearMonth mois, int ageMinimum) {
        return parents.stream().anyMatch(i -> !FoyerDesMinimaSociaux.ageConnu(i) || FoyerDesMinimaSociaux.age(i, mois) >= ageMinimum);
    }

}
