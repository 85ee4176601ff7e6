package fr.caissecommune.recouvrement.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import fr.caissecommune.recouvrement.calcul.Cotisation;
import fr.caissecommune.recouvrement.calcul.CotisationsDuMois;
import fr.caissecommune.recouvrement.calcul.CotisationsIndependants;
import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import fr.caissecommune.recouvrement.calcul.SituationSalariale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Le format de cas de l'oracle Urssaf ({@code shared/tools/urssaf-oracle/oracle.mjs}) : lecture d'un cas « salarie »
 * en situation, et écriture du résultat avec les mêmes clés que l'oracle, pour comparer les deux ligne à ligne.
 * Les valeurs par défaut sont celles de l'oracle : date 01/07/2026, effectif 10, CDI non cadre à temps plein,
 * complémentaire santé de 40 €/mois financée à 50 % par l'employeur, taux AT/MP collectif, pas de versement mobilité.
 */
final class CasDeLOracle {

    static final String DATE_PAR_DEFAUT = "01/07/2026";
    static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final BigDecimal CENT = BigDecimal.valueOf(100);
    private static final BigDecimal INDEMNITE_FIN_DE_CONTRAT = new BigDecimal("1.1");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CasDeLOracle() {
    }

    static boolean estSalarie(JsonNode cas) {
        var type = cas.path("type").asString("");
        return type.equals("salarie") || type.equals("salarié");
    }

    static LocalDate date(JsonNode cas) {
        var texte = cas.path("date").asString(DATE_PAR_DEFAUT);
        try {
            return LocalDate.parse(texte, JJ_MM_AAAA);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date invalide : « " + texte + " » (JJ/MM/AAAA attendu)");
        }
    }

    static boolean estIndependant(JsonNode cas) {
        var type = cas.path("type").asString("");
        return type.equals("independant") || type.equals("indépendant");
    }

    /**
     * Un cas « independant » (artisan ou commerçant) : réforme de l'assiette unique, applicable depuis 2025. L'oracle
     * (modele-social 11.1.0) calcule encore l'ancien régime : les clés sont les siennes, les valeurs diffèrent par
     * construction ({@code reforme_2025: true}).
     */
    static ObjectNode independant(JsonNode cas, fr.caissecommune.regles.Parametres parametres) {
        var date = date(cas);
        if (date.getYear() < 2025) {
            throw new IllegalArgumentException("date : le calcul des indépendants ne couvre que l'assiette unique (revenus 2025 et après)");
        }
        var revenu = cas.get("revenu_professionnel_annuel");
        if (revenu == null || !revenu.isNumber()) {
            throw new IllegalArgumentException("revenu_professionnel_annuel absent ou non numérique (€/an attendu)");
        }
        var activite = switch (cas.path("nature").asString("artisanale")) {
            case "artisanale" -> CotisationsIndependants.Activite.ARTISANALE;
            case "commerciale" -> CotisationsIndependants.Activite.COMMERCIALE;
            default -> throw new IllegalArgumentException("nature : artisanale ou commerciale (les libéraux relèvent d'autres caisses)");
        };
        var r = CotisationsIndependants.depuisLeRevenuProfessionnel(revenu.decimalValue(), activite, parametres.a(date));
        var l = r.lignes();
        var o = JSON.objectNode();
        o.put("regime_social", "indépendant");
        o.put("reforme_2025", true);
        o.put("revenu_professionnel", n(revenu.decimalValue()));
        o.put("revenu_d_activite", n(r.revenuDActivite()));
        o.put("assiette_cotisations", n(r.assiette()));
        o.put("assiette_csg_crds", n(r.assiette()));
        o.put("cotisations_hors_csg", n(r.cotisations().add(l.get("formation professionnelle"))));
        o.put("csg_crds", n(r.csgCrds()));
        o.put("cotisations_et_contributions", n(r.total()));
        var lignes = o.putObject("lines");
        lignes.put("maladie-maternité (maladie 1)", n(l.get("maladie-maternité")));
        lignes.put("indemnités journalières (maladie 2)", n(l.get("indemnités journalières")));
        lignes.put("retraite de base", n(l.get("retraite de base")));
        lignes.put("retraite complémentaire (RCI)", n(l.get("retraite complémentaire")));
        lignes.put("invalidité-décès", n(l.get("invalidité-décès")));
        lignes.put("allocations familiales", n(l.get("allocations familiales")));
        lignes.put("exonérations (à déduire)", 0);
        lignes.put("CSG déductible", n(l.get("CSG déductible")));
        lignes.put("CSG non déductible + CRDS", n(l.get("CSG non déductible").add(l.get("CRDS"))));
        lignes.put("formation professionnelle (CFP)", n(l.get("formation professionnelle")));
        var params = o.putObject("params");
        params.put("date", JJ_MM_AAAA.format(date));
        params.put("pss_annuel", n(r.plafondAnnuel()));
        return o;
    }

    /** Le salaire du contrat (hors indemnité de fin de CDD), tel que saisi. */
    static BigDecimal salaireDuContrat(JsonNode cas) {
        var brut = cas.get("brut_mensuel");
        if (brut == null || !brut.isNumber()) {
            throw new IllegalArgumentException("brut_mensuel absent ou non numérique (€/mois attendu)");
        }
        return brut.decimalValue();
    }

    static SituationSalariale situation(JsonNode cas) {
        if (cas.has("situation") && !cas.get("situation").isEmpty()) {
            throw new IllegalArgumentException("situation : les situations publicodes brutes ne sont pas prises en charge");
        }
        var contrat = switch (cas.path("contrat").asString("CDI")) {
            case "CDI" -> SituationSalariale.NatureDuContrat.CDI;
            case "CDD" -> SituationSalariale.NatureDuContrat.CDD;
            default -> throw new IllegalArgumentException("contrat : « " + cas.path("contrat").asString() + " » non pris en charge (CDI ou CDD)");
        };
        var salaire = salaireDuContrat(cas);
        // Oracle : un CDD (motif par défaut, accroissement d'activité) porte l'indemnité de fin de contrat de 10 % (C. trav. L1243-8).
        var brut = contrat == SituationSalariale.NatureDuContrat.CDD ? salaire.multiply(INDEMNITE_FIN_DE_CONTRAT) : salaire;
        var quotite = BigDecimal.ONE;
        if (cas.has("heures_semaine")) {
            var heures = cas.get("heures_semaine").decimalValue();
            if (heures.signum() > 0 && heures.compareTo(BigDecimal.valueOf(35)) < 0) {
                quotite = heures.max(BigDecimal.ONE).divide(BigDecimal.valueOf(35), MathContext.DECIMAL128);
            }
        }
        var atmp = cas.has("taux_atmp") ? cas.get("taux_atmp").decimalValue().divide(CENT) : null;
        var vm = cas.has("taux_versement_mobilite") ? cas.get("taux_versement_mobilite").decimalValue().divide(CENT) : BigDecimal.ZERO;
        var mutuelle = cas.has("mutuelle_mensuelle") ? cas.get("mutuelle_mensuelle").decimalValue().max(BigDecimal.ZERO) : BigDecimal.valueOf(40);
        var part = cas.has("mutuelle_part_employeur") ? cas.get("mutuelle_part_employeur").decimalValue().divide(CENT) : new BigDecimal("0.5");
        return new SituationSalariale(date(cas), brut, quotite, cas.path("cadre").asBoolean(false), cas.path("effectif").asInt(10),
                contrat, atmp, vm, mutuelle, part);
    }

    /** Le résultat avec les clés de l'oracle ({@code result} de {@code runCase}). */
    static ObjectNode resultat(JsonNode cas, CotisationsDuMois c) {
        var p = c.parametres();
        var r = JSON.objectNode();
        var exonerations = c.reduction().montant();
        r.put("brut", n(c.situation().brut()));
        r.put("cotisations_salariales", n(c.totalSalarial()));
        r.put("cotisations_patronales", n(c.totalPatronal()));
        r.put("cotisations_patronales_avant_exonerations", n(c.totalPatronalAvantReduction()));
        r.put("rgdu", n(exonerations));
        r.put("rgdu_coefficient", n(c.reduction().coefficient()));
        r.put("net_avant_impot", n(c.netAvantImpot()));
        r.put("net_imposable", n(c.netImposable()));
        r.put("montant_net_social", n(c.netAvantImpot()));
        r.put("cout_total_employeur", n(c.coutTotal()));
        r.put("assiette_cotisations", n(c.assiette()));
        r.put("assiette_csg", n(c.assietteCsg()));
        Function<Cotisation, BigDecimal> s = c::salarial;
        Function<Cotisation, BigDecimal> e = c::patronal;
        var salarie = r.putObject("lines_salarie");
        salarie.put("maladie (Alsace-Moselle / non-résident only)", n(s.apply(Cotisation.MALADIE)));
        salarie.put("vieillesse plafonnée", n(s.apply(Cotisation.VIEILLESSE_PLAFONNEE)));
        salarie.put("vieillesse déplafonnée", n(s.apply(Cotisation.VIEILLESSE_DEPLAFONNEE)));
        salarie.put("retraite complémentaire Agirc-Arrco T1/T2", n(s.apply(Cotisation.RETRAITE_COMPLEMENTAIRE_T1).add(s.apply(Cotisation.RETRAITE_COMPLEMENTAIRE_T2))));
        salarie.put("CEG", n(s.apply(Cotisation.CEG_T1).add(s.apply(Cotisation.CEG_T2))));
        salarie.put("CET", n(s.apply(Cotisation.CET)));
        salarie.put("APEC", n(s.apply(Cotisation.APEC)));
        salarie.put("CSG déductible", n(s.apply(Cotisation.CSG_DEDUCTIBLE)));
        salarie.put("CSG non déductible", n(s.apply(Cotisation.CSG_NON_DEDUCTIBLE)));
        salarie.put("CRDS", n(s.apply(Cotisation.CRDS)));
        salarie.put("CSG/CRDS heures sup défiscalisées", 0);
        salarie.put("complémentaire santé (mutuelle) part salarié", n(s.apply(Cotisation.COMPLEMENTAIRE_SANTE)));
        salarie.put("prévoyance part salarié", 0);
        salarie.put("exonérations salarié (à déduire)", 0);
        var employeur = r.putObject("lines_employeur");
        employeur.put("maladie", n(e.apply(Cotisation.MALADIE)));
        employeur.put("vieillesse plafonnée", n(e.apply(Cotisation.VIEILLESSE_PLAFONNEE)));
        employeur.put("vieillesse déplafonnée", n(e.apply(Cotisation.VIEILLESSE_DEPLAFONNEE)));
        employeur.put("allocations familiales", n(e.apply(Cotisation.ALLOCATIONS_FAMILIALES)));
        employeur.put("AT/MP", n(e.apply(Cotisation.ATMP)));
        employeur.put("retraite complémentaire Agirc-Arrco T1/T2", n(e.apply(Cotisation.RETRAITE_COMPLEMENTAIRE_T1).add(e.apply(Cotisation.RETRAITE_COMPLEMENTAIRE_T2))));
        employeur.put("CEG", n(e.apply(Cotisation.CEG_T1).add(e.apply(Cotisation.CEG_T2))));
        employeur.put("CET", n(e.apply(Cotisation.CET)));
        employeur.put("assurance chômage", n(e.apply(Cotisation.CHOMAGE)));
        employeur.put("AGS", n(e.apply(Cotisation.AGS)));
        employeur.put("APEC", n(e.apply(Cotisation.APEC)));
        employeur.put("FNAL", n(e.apply(Cotisation.FNAL)));
        employeur.put("CSA (contribution solidarité autonomie)", n(e.apply(Cotisation.CSA)));
        employeur.put("versement mobilité", n(e.apply(Cotisation.VERSEMENT_MOBILITE)));
        employeur.put("formation professionnelle (CFP)", n(e.apply(Cotisation.FORMATION_PROFESSIONNELLE)));
        employeur.put("taxe d'apprentissage (part principale 0.59%)", n(e.apply(Cotisation.TAXE_APPRENTISSAGE)));
        employeur.put("taxe d'apprentissage (solde 0.09%)", n(e.apply(Cotisation.SOLDE_APPRENTISSAGE)));
        employeur.put("contribution supplémentaire à l'apprentissage", n(e.apply(Cotisation.CONTRIBUTION_SUPPLEMENTAIRE_APPRENTISSAGE)));
        employeur.put("PEEC (1% logement)", n(e.apply(Cotisation.PEEC)));
        employeur.put("contribution au dialogue social", n(e.apply(Cotisation.DIALOGUE_SOCIAL)));
        employeur.put("CPF CDD", n(e.apply(Cotisation.CPF_CDD)));
        employeur.put("forfait social", n(e.apply(Cotisation.FORFAIT_SOCIAL)));
        employeur.put("complémentaire santé (mutuelle) part employeur", n(e.apply(Cotisation.COMPLEMENTAIRE_SANTE)));
        employeur.put("prévoyance part employeur (cadres 1.5% T1 + conventionnelle)", n(e.apply(Cotisation.PREVOYANCE_CADRES)));
        employeur.put("exonérations employeur (RGDU, Lodeom, JEI, Acre, heures sup) (à déduire)", n(exonerations));
        var notifications = r.putObject("notifications");
        notifications.put("sous_smic", salaireDuContrat(cas).compareTo(c.smicDuContrat()) < 0);
        notifications.put("salaire_eleve", salaireDuContrat(cas).compareTo(BigDecimal.valueOf(10_000)) >= 0);
        var params = r.putObject("params");
        params.put("date", JJ_MM_AAAA.format(c.situation().date()));
        params.put("smic_mensuel_contrat", n(c.smicDuContrat()));
        params.put("smic_horaire", n(p.smicHoraire()));
        params.put("pss_mensuel", n(p.plafondMensuel()));
        params.put("pss_proratise", n(c.plafondProratise()));
        params.put("effectif", c.situation().effectif());
        params.put("taux_atmp", n(tauxAtmpApplique(c, p)));
        params.put("mutuelle_mensuelle", n(c.situation().mutuelle()));
        return r;
    }

    private static BigDecimal tauxAtmpApplique(CotisationsDuMois c, ParametresDeCotisation p) {
        return c.ligne(Cotisation.ATMP).map(l -> l.tauxPatronal()).orElse(p.tauxAtmpParDefaut()).multiply(CENT);
    }

    /** Un nombre lisible : exact à 10 décimales, sans zéros inutiles ni exposant. */
    static BigDecimal n(BigDecimal valeur) {
        var v = valeur.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
