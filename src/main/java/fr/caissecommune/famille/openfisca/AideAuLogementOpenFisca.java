package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FAMILLE;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FOYER_FISCAL;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.INDIVIDU;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.MENAGE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.logement.AideAuLogement;
import fr.caissecommune.famille.calcul.logement.SituationAideAuLogement;
import fr.caissecommune.famille.calcul.logement.TypeDAide;
import fr.caissecommune.famille.calcul.logement.Zone;
import fr.caissecommune.famille.calcul.ressources.DouzeMoisGlissants;
import fr.caissecommune.famille.calcul.ressources.NatureDeRessource;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * Les aides au logement en location vues depuis les cas OpenFisca-France : la traduction d'une famille et de son
 * ménage en {@link SituationAideAuLogement} et des résultats en variables {@code aide_logement}, {@code apl},
 * {@code alf}, {@code als} et intermédiaires. Conventions : {@code aide_logement} est l'aide versée, après CRDS et
 * minoration forfaitaire ; les ressources sont les montants imposables des douze mois glissants (salaires, chômage,
 * retraites), plus les revenus non salariés de l'avant-dernière année. La zone vient de {@code zone_apl}, ou du
 * département de {@code depcom} quand tout le département est dans la même zone. Hors du champ (cas ignorés, avec la
 * raison) : mois avant octobre 2020 ou après septembre 2024 (barèmes non transcrits), logement-foyer, accession,
 * colocation et chambre, outre-mer, étudiants, bénéficiaires du RSA du mois, logement conventionné (réduction de loyer
 * de solidarité non calculée), allocataire de 65 ans ou plus (abattement du CGI art. 157 bis non appliqué), commune
 * d'un département partagé entre zones sans {@code zone_apl}.
 */
final class AideAuLogementOpenFisca extends DispositifDecrit {

    static final YearMonth PREMIER_MOIS = YearMonth.of(2020, 10);
    static final YearMonth DERNIER_MOIS = YearMonth.of(2024, 9);
    private static final Set<String> MONTANTS = Set.of("aide_logement", "apl", "alf", "als", "aide_logement_loyer_retenu",
            "aide_logement_charges", "aide_logement_participation_personnelle", "aide_logement_montant_brut", "crds_logement");
    private static final Set<String> CALCULEES = Set.of("aide_logement", "apl", "alf", "als", "aide_logement_loyer_retenu",
            "aide_logement_charges", "aide_logement_participation_personnelle", "aide_logement_montant_brut", "crds_logement",
            "aide_logement_base_ressources", "al_nb_personnes_a_charge");
    private static final Map<String, VariableConnue> ENTREES = entrees();
    private static final Map<String, NatureDeRessource> RESSOURCES = Map.of(
            "salaire_imposable", NatureDeRessource.SALAIRE,
            "chomage_imposable", NatureDeRessource.INDEMNITES_CHOMAGE,
            "retraite_imposable", NatureDeRessource.RETRAITE,
            "pensions_alimentaires_percues", NatureDeRessource.PENSION_ALIMENTAIRE,
            "pensions_invalidite", NatureDeRessource.PENSION_INVALIDITE);
    /** Enfants de moins de 21 ans (CCH, art. R823-4 1°). */
    private static final int AGE_LIMITE_ENFANT = 21;
    /** Âge de l'abattement pour personnes âgées sur le revenu imposable (CGI, art. 157 bis). */
    private static final int AGE_ABATTEMENT_PERSONNES_AGEES = 65;
    private static final Map<String, List<String>> ZONAGE = zonage();

    private final JeuDeParametres jeu;

    AideAuLogementOpenFisca(JeuDeParametres jeu) {
        super("Aides au logement", CALCULEES, MONTANTS, ENTREES);
        this.jeu = jeu;
    }

    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        if (mois.isBefore(PREMIER_MOIS) || mois.isAfter(DERNIER_MOIS)) {
            throw new NonPrisEnCharge("aides au logement calculées d'octobre 2020 à septembre 2024 seulement (barèmes transcrits ; mois demandé : "
                    + mois + ")", List.of());
        }
        var p = jeu.a(mois.atDay(1));
        var parents = FoyerDesMinimaSociaux.parents(situation, famille);
        if (parents.isEmpty()) {
            throw new NonPrisEnCharge("famille sans parent", List.of());
        }
        var menage = FoyerDesMinimaSociaux.menage(situation, famille)
                .orElseThrow(() -> new NonPrisEnCharge("famille sans ménage : pas de logement", List.of()));
        var depcom = menage.variable("depcom").map(v -> v.etatDuMois(mois)).map(Object::toString).map(String::trim).orElse("");
        if (depcom.startsWith("97") || FoyerDesMinimaSociaux.booleen(menage, "residence_dom", mois)) {
            throw new NonPrisEnCharge("outre-mer : barèmes propres (personnes à charge limitées, R0, forfait charges) non transcrits",
                    List.of("depcom", "residence_dom"));
        }
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        var enfants = FoyerDesMinimaSociaux.enfants(situation, famille).stream()
                .filter(e -> FoyerDesMinimaSociaux.ageConnu(e))
                .filter(e -> {
                    int age = FoyerDesMinimaSociaux.age(e, mois);
                    return age >= 0 && age < AGE_LIMITE_ENFANT;
                }).toList();
        valeurs.put("al_nb_personnes_a_charge", BigDecimal.valueOf(enfants.size()));
        var statut = menage.variable("statut_occupation_logement").map(v -> v.etatDuMois(mois)).map(Object::toString).orElse("non_renseigne");
        switch (statut) {
            case "locataire_vide", "locataire_meuble", "locataire_hlm" -> {
            }
            case "proprietaire", "loge_gratuitement", "sans_domicile", "non_renseigne" -> {
                return zero(valeurs);
            }
            case "primo_accedant" -> throw new NonPrisEnCharge("aide au logement en accession non calculée", "statut_occupation_logement");
            case "locataire_foyer" -> throw new NonPrisEnCharge("aide au logement en logement-foyer non calculée", "statut_occupation_logement");
            default -> throw new NonPrisEnCharge("statut d'occupation du logement « " + statut + " » inconnu", "statut_occupation_logement");
        }
        for (var v : List.of("coloc", "logement_chambre")) {
            if (FoyerDesMinimaSociaux.booleen(menage, v, mois)) {
                throw new NonPrisEnCharge("colocation ou chambre : barèmes propres non transcrits", v);
            }
        }
        for (var parent : parents) {
            if (FoyerDesMinimaSociaux.booleen(parent, "etudiant", mois)) {
                throw new NonPrisEnCharge("étudiant : ressources forfaitaires et condition de ressources (CCH, art. D822-21) non prises en charge", "etudiant");
            }
        }
        if (famille.variable("rsa").map(v -> v.montantDuMois(mois).signum() > 0).orElse(false)) {
            throw new NonPrisEnCharge("bénéficiaire du RSA ce mois : ressources appréciées autrement, non pris en charge", "rsa");
        }
        var zone = zone(menage, mois);
        boolean conventionne = statut.equals("locataire_hlm") || FoyerDesMinimaSociaux.booleen(menage, "logement_conventionne", mois);
        if (conventionne) {
            throw new NonPrisEnCharge("logement conventionné : la réduction de loyer de solidarité qui diminue l'APL (CCH, art. L442-2-1 et "
                    + "D823-16) n'est pas calculée", List.of("logement_conventionne", "statut_occupation_logement"));
        }
        for (var parent : parents) {
            if (FoyerDesMinimaSociaux.ageConnu(parent) && FoyerDesMinimaSociaux.age(parent, mois) >= AGE_ABATTEMENT_PERSONNES_AGEES) {
                throw new NonPrisEnCharge("allocataire ou conjoint de 65 ans ou plus : l'abattement des personnes âgées ou invalides sur les "
                        + "ressources (CGI, art. 157 bis) n'est pas appliqué", List.of("date_naissance", "age"));
            }
        }
        var loyer = Montant.euros(menage.variable("loyer").map(v -> v.montantDuMois(mois)).orElse(BigDecimal.ZERO)).arrondiAuCentime();
        boolean couple = parents.size() >= 2 || FoyerDesMinimaSociaux.booleen(famille, "en_couple", mois);

        var calcul = DouzeMoisGlissants.moisDeCalcul(mois);
        var personnes = new ArrayList<RessourcesMensuelles>();
        var nonSalaries = BigDecimal.ZERO;
        var membres = new ArrayList<SituationOpenFisca.Membre>(parents);
        membres.addAll(enfants);
        for (var m : membres) {
            personnes.add(ressources(m, calcul.minusMonths(13), calcul.minusMonths(1)));
            nonSalaries = nonSalaries.add(m.variable("rpns_imposables").map(v -> v.montantDeLAnnee(calcul.getYear() - 2)).orElse(BigDecimal.ZERO));
        }
        var douzeMois = DouzeMoisGlissants.etablir(personnes, mois, jeu.a(calcul.minusMonths(2).atDay(1)));
        var s = new SituationAideAuLogement(couple, enfants.size(), false, zone, loyer, conventionne, douzeMois, Montant.euros(nonSalaries));
        var r = AideAuLogement.calculer(s, mois, p);
        valeurs.put("aide_logement_base_ressources", r.ressources().valeur());
        valeurs.put("aide_logement_loyer_retenu", r.loyerRetenu().valeur());
        valeurs.put("aide_logement_charges", r.charges().valeur());
        valeurs.put("aide_logement_participation_personnelle", r.participationPersonnelle().valeur());
        valeurs.put("aide_logement_montant_brut", r.montantBrut().valeur());
        valeurs.put("crds_logement", r.crds().negatif().valeur());
        valeurs.put("aide_logement", r.verse().valeur());
        for (var type : TypeDAide.values()) {
            valeurs.put(type.name().toLowerCase(), type == r.type() ? r.verse().valeur() : BigDecimal.ZERO);
        }
        return new Calcul(valeurs, null);
    }

    private static Calcul zero(Map<String, BigDecimal> valeurs) {
        for (var v : List.of("aide_logement", "apl", "alf", "als", "aide_logement_montant_brut", "crds_logement")) {
            valeurs.put(v, BigDecimal.ZERO);
        }
        return new Calcul(valeurs, new NonPrisEnCharge("pas de loyer : les éléments de calcul de l'aide sont sans objet", List.of()));
    }

    /** Les ressources imposables d'une personne, mois par mois. */
    private static RessourcesMensuelles ressources(SituationOpenFisca.Membre individu, YearMonth debut, YearMonth fin) {
        var r = RessourcesMensuelles.aucune(individu.id());
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

    /** La zone : {@code zone_apl} donnée, sinon celle du département de la commune quand il n'est pas partagé. */
    static Zone zone(SituationOpenFisca.Membre menage, YearMonth mois) {
        var donnee = menage.variable("zone_apl").map(v -> v.etatDuMois(mois)).map(Object::toString);
        if (donnee.isPresent()) {
            return switch (donnee.get()) {
                case "zone_1" -> Zone.ZONE_1;
                case "zone_2" -> Zone.ZONE_2;
                case "zone_3" -> Zone.ZONE_3;
                default -> throw new NonPrisEnCharge("zone_apl « " + donnee.get() + " » inconnue (zone_1, zone_2 ou zone_3)", "zone_apl");
            };
        }
        var depcom = menage.variable("depcom").map(v -> v.etatDuMois(mois)).map(Object::toString).map(String::trim)
                .orElseThrow(() -> new NonPrisEnCharge("ni zone_apl ni depcom : zone du logement inconnue", List.of("zone_apl", "depcom")));
        return zoneDeLaCommune(depcom);
    }

    static Zone zoneDeLaCommune(String depcom) {
        var code = depcom.length() == 4 ? "0" + depcom : depcom;
        if (ZONAGE.get("outre_mer").stream().anyMatch(code::startsWith)) {
            throw new NonPrisEnCharge("commune d'outre-mer : barèmes propres non transcrits", "depcom");
        }
        var departement = code.length() >= 2 ? code.substring(0, 2) : code;
        if (ZONAGE.get("zone_1").contains(departement)) {
            return Zone.ZONE_1;
        }
        if (ZONAGE.get("zone_2").contains(departement)) {
            return Zone.ZONE_2;
        }
        if (ZONAGE.get("partages").contains(departement)) {
            throw new NonPrisEnCharge("commune " + code + " d'un département partagé entre zones : le classement commune par commune n'est pas "
                    + "livré, donner zone_apl", List.of("depcom", "zone_apl"));
        }
        return Zone.ZONE_3;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> zonage() {
        try (var flux = AideAuLogementOpenFisca.class.getResourceAsStream("/famille/zonage-aides-logement.yaml")) {
            if (flux == null) {
                throw new IllegalStateException("famille/zonage-aides-logement.yaml absent du classpath");
            }
            Map<String, List<Object>> lu = new org.yaml.snakeyaml.Yaml().load(flux);
            var resultat = new LinkedHashMap<String, List<String>>();
            lu.forEach((cle, liste) -> resultat.put(cle, liste.stream().map(Object::toString).toList()));
            return Collections.unmodifiableMap(resultat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, VariableConnue> entrees() {
        var e = new LinkedHashMap<String, VariableConnue>();
        for (var lue : List.of("date_naissance", "age", "age_en_mois", "salaire_imposable", "chomage_imposable", "retraite_imposable",
                "rpns_imposables", "pensions_alimentaires_percues", "pensions_invalidite", "etudiant")) {
            e.put(lue, VariableConnue.lue(INDIVIDU));
        }
        for (var lue : List.of("en_couple", "rsa")) {
            e.put(lue, VariableConnue.lue(FAMILLE));
        }
        for (var lue : List.of("statut_occupation_logement", "loyer", "depcom", "zone_apl", "logement_conventionne", "coloc", "logement_chambre",
                "residence_dom")) {
            e.put(lue, VariableConnue.lue(MENAGE));
        }
        e.put("charges_locatives", VariableConnue.sansIncidence(MENAGE, "les charges sont retenues pour un forfait (CCH, art. D823-16 3°)"));
        e.put("activite", VariableConnue.sansIncidence(INDIVIDU, "seules les ressources perçues comptent (réforme de 2021)"));
        e.put("ass_precondition_remplie", VariableConnue.sansIncidence(INDIVIDU, "condition d'ouverture de l'ASS ; l'ASS perçue n'est pas donnée"));
        e.put("depcom_foyer", VariableConnue.sansIncidence(FOYER_FISCAL, "commune de la déclaration fiscale"));
        for (var v : List.of("salaire_net", "chomage_net", "retraite_nette")) {
            e.put(v, VariableConnue.sansIncidence(INDIVIDU, "montant net : les aides au logement retiennent les montants imposables"));
        }
        return Collections.unmodifiableMap(e);
    }
}
