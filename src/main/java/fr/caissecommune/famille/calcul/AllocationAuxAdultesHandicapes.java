package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * L'allocation aux adultes handicapés (AAH) d'un mois, depuis janvier 2011 (CSS, art. L821-1 à L821-3, R821-4,
 * R532-5, D821-1 à D821-9) :
 * <ul>
 * <li>ouverte à vingt ans (seize ans pour qui n'ouvre plus droit aux prestations familiales) à la personne dont le
 * taux d'incapacité est d'au moins 80 %, ou d'au moins 50 % avec une restriction substantielle et durable d'accès à
 * l'emploi jusqu'à l'âge légal de la retraite (L821-1, L821-2) ;</li>
 * <li>différentielle : le plafond mensuel (montant de l'AAH, majoré pour le couple et de moitié par enfant à
 * charge, D821-2) moins les ressources mensuelles, dans la limite du montant de l'AAH (L821-3) ;</li>
 * <li>ressources (R821-4, R532-5, D821-9) : revenus d'activité du trimestre précédent annualisés pour qui travaille
 * en milieu ordinaire, sinon ceux de l'année N-2 (abattus de 30 % en cas de cessation d'activité) ; abattement de
 * 80 % jusqu'à 30 % du SMIC brut annuel et de 40 % au-delà ; revenus du conjoint après la déduction de 10 % et un
 * abattement de 20 % (jusqu'en 2021) ou un abattement forfaitaire majoré par enfant (2022 à septembre 2023) ;</li>
 * <li>déconjugalisation depuis le 1er octobre 2023 (loi n° 2022-1158, art. 10) : ni les revenus du conjoint ni la
 * majoration de couple ne sont plus retenus.</li>
 * </ul>
 * Montant arrondi au centime. Paramètres : prestations_sociales/aah/.
 */
public final class AllocationAuxAdultesHandicapes {

    static final String AAH = "prestations_sociales/aah/";
    public static final YearMonth PREMIER_MOIS = YearMonth.of(2011, 1);
    public static final LocalDate DECONJUGALISATION = LocalDate.of(2023, 10, 1);
    static final LocalDate ABATTEMENT_FORFAITAIRE_CONJOINT = LocalDate.of(2022, 1, 1);

    private AllocationAuxAdultesHandicapes() {
    }

    public static ResultatPrestation calculer(SituationAah situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(SituationAah situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(SituationAah s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        if (mois.isBefore(PREMIER_MOIS)) {
            throw new IllegalArgumentException("AAH de " + mois + " non calculée : le premier mois pris en charge est " + PREMIER_MOIS
                    + " (abattements de l'art. D821-9 en vigueur)");
        }
        var p = new LecteurDeParametres(parametres, x);
        var premierJour = mois.atDay(1);
        boolean deconjugalisee = !premierJour.isBefore(DECONJUGALISATION);
        p.note("Allocation aux adultes handicapés de " + Libelles.mois(mois) + (deconjugalisee ? " (AAH déconjugalisée)" : ""));
        var intermediaires = new LinkedHashMap<String, BigDecimal>();

        boolean eligible = s.eligibiliteEtablie() != null ? s.eligibiliteEtablie() : eligible(s, premierJour, p);
        if (s.eligibiliteEtablie() != null) {
            p.note("Éligibilité établie : " + (eligible ? "ouvre droit" : "n'ouvre pas droit") + " à l'AAH");
        }
        intermediaires.put("aah_eligible", eligible ? BigDecimal.ONE : BigDecimal.ZERO);

        int enfants = s.enfantsACharge();
        var montant = p.valeur(AAH + "montant");
        var taux = BigDecimal.ONE.add(p.valeur(AAH + "plafond/majoration_par_enfant").multiply(BigDecimal.valueOf(enfants)));
        if (s.enCouple() && !deconjugalisee) {
            taux = taux.add(p.valeur(AAH + "plafond/majoration_couple"));
        }
        var plafond = Montant.euros(montant.multiply(taux)).arrondiAuCentime();
        intermediaires.put("aah_plafond_ressources", plafond.valeur());
        p.note("Plafond mensuel : montant de l'AAH × " + Libelles.decimal(taux) + " (" + (s.enCouple() && !deconjugalisee ? "couple, " : "")
                + enfants + " enfant(s) à charge) = " + plafond.enFrancais() + " (CSS, art. D821-2)");

        var ressources = ressourcesMensuelles(s, mois, deconjugalisee, enfants, p);
        intermediaires.put(deconjugalisee ? "aah_base_ressources_deconjugalisee" : "aah_base_ressources_conjugalisee", ressources.valeur());

        var aah = Montant.ZERO;
        if (eligible) {
            aah = plafond.moins(ressources).max(Montant.ZERO).min(Montant.euros(montant)).arrondiAuCentime();
            p.note("AAH = min(montant de " + Montant.euros(montant).enFrancais() + ", plafond − ressources) = " + aah.enFrancais()
                    + " (CSS, art. L821-3)");
        }
        intermediaires.put("aah_base", aah.valeur());
        return new ResultatPrestation("aah", mois, aah, intermediaires, x != null ? x : Explications.nonDemandee());
    }

    /** Le nombre d'enfants à charge au sens des prestations familiales au premier jour du mois (CSS, art. L512-3). */
    public static int nombreDEnfantsACharge(java.util.List<Enfant> enfants, YearMonth mois, Instantane parametres) {
        var af = ParametresAf.pour(parametres);
        int n = 0;
        for (var enfant : enfants) {
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), mois.atDay(1));
            if (age != EnfantsACharge.PAS_ENCORE_NE && EnfantsACharge.estACharge(enfant, age, af)) {
                n++;
            }
        }
        return n;
    }

    /** Vrai si l'enfant est à charge au sens des prestations familiales au premier jour du mois. */
    public static boolean estACharge(Enfant enfant, YearMonth mois, Instantane parametres) {
        return nombreDEnfantsACharge(java.util.List.of(enfant), mois, parametres) == 1;
    }

    private static boolean eligible(SituationAah s, LocalDate premierJour, LecteurDeParametres p) {
        long mois = ChronoUnit.MONTHS.between(s.dateDeNaissance(), premierJour);
        var age = BigDecimal.valueOf(mois).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
        boolean ageAtteint = age.compareTo(p.valeur(AAH + "age_minimum")) >= 0
                || (age.compareTo(p.valeur(AAH + "age_minimum_hors_prestations_familiales")) >= 0 && !s.enfantAChargeAuSensDesPrestationsFamiliales());
        boolean incapacite = s.tauxIncapacite().compareTo(p.valeur(AAH + "taux_incapacite")) >= 0;
        boolean incapaciteAvecRestriction = s.tauxIncapacite().compareTo(p.valeur(AAH + "taux_incapacite_rsdae")) >= 0
                && s.restrictionDAccesALEmploi() && age.compareTo(p.valeur(AAH + "age_legal_retraite")) < 0;
        boolean eligible = ageAtteint && (incapacite || incapaciteAvecRestriction);
        p.note("Taux d'incapacité de " + Libelles.pourcent(s.tauxIncapacite()) + (s.restrictionDAccesALEmploi() ? " avec" : " sans")
                + " restriction d'accès à l'emploi, " + age.intValue() + " ans : " + (eligible ? "ouvre droit" : "n'ouvre pas droit")
                + " à l'AAH (CSS, art. L821-1, L821-2)");
        return eligible;
    }

    /** La base de ressources mensuelle (annuelle / 12). */
    static Montant ressourcesMensuelles(SituationAah s, YearMonth mois, boolean deconjugalisee, int enfants, LecteurDeParametres p) {
        var r = s.ressources();
        if (r.ressourcesMensuellesConnues() != null) {
            p.note("Base de ressources mensuelle établie : " + r.ressourcesMensuellesConnues().enFrancais());
            return r.ressourcesMensuellesConnues();
        }
        var smicAnnuel = p.valeur("marche_du_travail/smic/horaire_brut").multiply(p.valeur("marche_du_travail/smic/nombre_heures_mensuel"))
                .multiply(BigDecimal.valueOf(12));
        var tranche = p.valeur(AAH + "abattement_activite/tranche_en_smic_horaire").multiply(smicAnnuel);
        var activite = r.revenusDActivite().valeur();
        var premiere = activite.min(tranche).max(BigDecimal.ZERO);
        var au_dela = activite.subtract(premiere).max(BigDecimal.ZERO);
        var retenue = premiere.multiply(BigDecimal.ONE.subtract(p.valeur(AAH + "abattement_activite/taux_premiere_tranche")))
                .add(au_dela.multiply(BigDecimal.ONE.subtract(p.valeur(AAH + "abattement_activite/taux_au_dela"))));
        if (!r.evaluationTrimestrielle() && r.cessationDActivite() && activite.signum() > 0) {
            retenue = retenue.multiply(BigDecimal.ONE.subtract(p.valeur(AAH + "abattement_cessation_activite")));
            p.note("Cessation d'activité : abattement sur les revenus d'activité de l'année de référence (CSS, art. R532-5)");
        }
        p.note("Revenus d'activité " + (r.evaluationTrimestrielle() ? "du trimestre précédent annualisés" : "de l'année de référence") + " : "
                + Montant.euros(activite).arrondiAuCentime().enFrancais() + ", retenus pour " + Montant.euros(retenue).arrondiAuCentime().enFrancais()
                + " après abattements (CSS, art. D821-9)");
        var total = retenue.add(r.autresRessources().valeur());
        if (!deconjugalisee && s.enCouple() && r.revenusDuConjoint().estPositif()) {
            var conjoint = r.revenusDuConjoint().valeur().multiply(BigDecimal.ONE.subtract(
                    p.valeur("impot_revenu/deduction_forfaitaire_frais_professionnels/taux")));
            if (p.date().isBefore(ABATTEMENT_FORFAITAIRE_CONJOINT)) {
                conjoint = conjoint.multiply(BigDecimal.ONE.subtract(p.valeur(AAH + "abattement_conjoint/proportionnel")));
            } else {
                conjoint = conjoint.subtract(p.valeur(AAH + "abattement_conjoint/forfaitaire")
                        .add(p.valeur(AAH + "abattement_conjoint/majoration_par_enfant").multiply(BigDecimal.valueOf(enfants)))).max(BigDecimal.ZERO);
            }
            p.note("Revenus du conjoint retenus : " + Montant.euros(conjoint).arrondiAuCentime().enFrancais() + " (CSS, art. D821-9)");
            total = total.add(conjoint);
        }
        var mensuelles = Montant.euros(total.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64)).arrondiAuCentime();
        p.note("Base de ressources mensuelle : " + mensuelles.enFrancais());
        return mensuelles;
    }
}
