package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.NatureDeRessource;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.famille.calcul.rsa.Logement;

/**
 * La traduction commune au RSA et à la prime d'activité d'une famille d'un cas OpenFisca : âges, ressources mensuelles
 * par personne, logement, prestations familiales du mois. Conventions d'OpenFisca reprises : l'âge d'un mois est
 * celui du premier jour du mois ; le statut d'occupation par défaut est « non renseigné » (pas de forfait logement).
 */
final class FoyerDesMinimaSociaux {

    /** Les ressources individuelles lues, par variable d'OpenFisca. */
    static final Map<String, NatureDeRessource> RESSOURCES = Map.of(
            "salaire_net", NatureDeRessource.SALAIRE,
            "chomage_net", NatureDeRessource.INDEMNITES_CHOMAGE,
            "retraite_nette", NatureDeRessource.RETRAITE,
            "indemnites_journalieres", NatureDeRessource.INDEMNITES_JOURNALIERES,
            "pensions_alimentaires_percues", NatureDeRessource.PENSION_ALIMENTAIRE,
            "pensions_invalidite", NatureDeRessource.PENSION_INVALIDITE,
            "aah", NatureDeRessource.AAH);

    private FoyerDesMinimaSociaux() {
    }

    static int age(SituationOpenFisca.Membre individu, YearMonth mois) {
        var naissance = AllocationsFamilialesOpenFisca.dateDeNaissance(individu, mois);
        var premierJour = mois.atDay(1);
        if (naissance.isAfter(premierJour)) {
            return -1;
        }
        return Period.between(naissance, premierJour).getYears();
    }

    static boolean ageConnu(SituationOpenFisca.Membre individu) {
        return individu.variable("date_naissance").isPresent() || individu.variable("age").isPresent()
                || individu.variable("age_en_mois").isPresent();
    }

    static boolean booleen(SituationOpenFisca.Membre membre, String variable, YearMonth mois) {
        return membre.variable(variable).map(v -> Valeurs.booleen(v.etatDuMois(mois))).orElse(false);
    }

    /** Les ressources mensuelles d'une personne, des mois {@code debut} à {@code fin}. */
    static RessourcesMensuelles ressources(SituationOpenFisca.Membre individu, String qui, YearMonth debut, YearMonth fin) {
        if (individu.variable("salaire_net").isEmpty() && individu.variable("salaire_de_base").map(v -> nonNul(v, debut, fin)).orElse(false)) {
            throw new NonPrisEnCharge("salaire donné en salaire de base sans salaire net : le salaire net n'est pas calculé", "salaire_de_base");
        }
        var r = RessourcesMensuelles.aucune(qui);
        for (var e : RESSOURCES.entrySet()) {
            var valeurs = individu.variable(e.getKey());
            if (valeurs.isEmpty()) {
                continue;
            }
            for (var m = debut; !m.isAfter(fin); m = m.plusMonths(1)) {
                var montant = valeurs.get().montantDuMois(m);
                if (montant.signum() != 0) {
                    r = r.avec(m, e.getValue(), Montant.euros(montant));
                }
            }
        }
        return r;
    }

    private static boolean nonNul(Valeurs v, YearMonth debut, YearMonth fin) {
        for (var m = debut; !m.isAfter(fin); m = m.plusMonths(1)) {
            if (v.montantDuMois(m).signum() != 0) {
                return true;
            }
        }
        return false;
    }

    /** Les situations hors du champ du calcul : Mayotte (barème propre), patrimoine non productif de revenus. */
    static void verifierLeChamp(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var menage = menage(situation, famille);
        if (menage.map(m -> booleen(m, "residence_mayotte", mois)).orElse(false)
                || menage.flatMap(m -> m.variable("depcom")).map(v -> v.etatDuMois(mois)).map(c -> c.toString().startsWith("976")).orElse(false)) {
            throw new NonPrisEnCharge("résidence à Mayotte : montants propres non pris en charge", List.of("residence_mayotte", "depcom"));
        }
        for (var id : famille.role("parents")) {
            var individu = situation.individus.get(id);
            for (var patrimoine : List.of("valeur_locative_immo_non_loue", "valeur_locative_terrains_non_loues")) {
                if (individu.variable(patrimoine).map(v -> nonNul(v, mois.minusMonths(12), mois)).orElse(false)) {
                    throw new NonPrisEnCharge("patrimoine non productif de revenus (CASF, art. R132-1) non pris en charge", patrimoine);
                }
            }
        }
    }

    /** Au-delà de 60 ans, l'ASPA ou l'ASI, comptées dans les ressources, seraient à calculer : hors du champ. */
    static void verifierLAge(List<SituationOpenFisca.Membre> parents, YearMonth mois) {
        if (parents.stream().anyMatch(i -> ageConnu(i) && age(i, mois) >= 60)) {
            throw new NonPrisEnCharge("allocataire de 60 ans ou plus : l'allocation de solidarité aux personnes âgées ou l'allocation "
                    + "supplémentaire d'invalidité, comptées dans les ressources, ne sont pas calculées", List.of("age", "aspa"));
        }
    }

    /** Le ménage de l'allocataire (premier parent). */
    static Optional<SituationOpenFisca.Membre> menage(SituationOpenFisca situation, SituationOpenFisca.Membre famille) {
        var parents = famille.role("parents");
        return parents.isEmpty() ? Optional.empty() : situation.menageDe(parents.getFirst());
    }

    /**
     * Le logement du mois pour le forfait logement. Un locataire ou accédant dont l'aide au logement du mois n'est pas
     * donnée et dont le loyer n'est pas nul sort du champ : l'aide au logement n'est pas calculée ici.
     */
    static Logement logement(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var menage = menage(situation, famille);
        var statut = menage.flatMap(m -> m.variable("statut_occupation_logement")).map(v -> v.etatDuMois(mois)).map(Object::toString)
                .orElse("non_renseigne");
        var aide = famille.variable("aide_logement").filter(v -> v.renseigneSur(PeriodeOpenFisca.mois(mois)));
        var montantAide = aide.map(v -> Montant.euros(v.montantDuMois(mois))).orElse(Montant.ZERO);
        switch (statut) {
            case "primo_accedant" -> {
                if (aide.isEmpty()) {
                    throw new NonPrisEnCharge("accédant sans montant d'aide au logement donné pour " + mois + " : le forfait logement dépend "
                            + "de l'aide au logement en accession, non calculée ici", "aide_logement");
                }
                return new Logement(Logement.Occupation.LOCATAIRE_OU_ACCEDANT, montantAide);
            }
            case "locataire_vide", "locataire_meuble", "locataire_hlm", "locataire_foyer" -> {
                var loyer = menage.flatMap(m -> m.variable("loyer")).map(v -> v.montantDuMois(mois)).orElse(BigDecimal.ZERO);
                if (aide.isEmpty() && loyer.signum() > 0) {
                    throw new NonPrisEnCharge("locataire ou accédant sans montant d'aide au logement donné pour " + mois
                            + " : le forfait logement dépend de l'aide au logement, non calculée ici", "aide_logement");
                }
                return new Logement(Logement.Occupation.LOCATAIRE_OU_ACCEDANT, montantAide);
            }
            case "proprietaire" -> {
                return new Logement(Logement.Occupation.PROPRIETAIRE, montantAide);
            }
            case "loge_gratuitement" -> {
                boolean participe = menage.map(m -> booleen(m, "participation_frais", mois)).orElse(false);
                return new Logement(participe ? Logement.Occupation.AUTRE : Logement.Occupation.HEBERGE_GRATUITEMENT, montantAide);
            }
            case "sans_domicile", "non_renseigne" -> {
                return new Logement(Logement.Occupation.AUTRE, montantAide);
            }
            default -> throw new NonPrisEnCharge("statut d'occupation du logement « " + statut + " » inconnu", "statut_occupation_logement");
        }
    }

    /** Les enfants de la famille, âge connu ou non. */
    static List<SituationOpenFisca.Membre> enfants(SituationOpenFisca situation, SituationOpenFisca.Membre famille) {
        var enfants = new ArrayList<SituationOpenFisca.Membre>();
        famille.role("enfants").forEach(id -> enfants.add(situation.individus.get(id)));
        return enfants;
    }

    static List<SituationOpenFisca.Membre> parents(SituationOpenFisca situation, SituationOpenFisca.Membre famille) {
        var parents = new ArrayList<SituationOpenFisca.Membre>();
        famille.role("parents").forEach(id -> parents.add(situation.individus.get(id)));
        return parents;
    }
}
