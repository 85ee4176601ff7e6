package fr.caissecommune.famille.calcul.primeactivite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.function.Function;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.famille.calcul.rsa.BaremeForfaitaire;
import fr.caissecommune.famille.calcul.Trace;
import fr.caissecommune.regles.Instantane;

/**
 * La prime d'activité (CSS, art. L842-3) : pour chaque mois du trimestre de référence, avec les paramètres de ce mois,
 * le montant forfaitaire (art. D843-1), augmenté d'une part des revenus professionnels du foyer (art. D843-3) et des
 * bonifications individuelles (art. D843-2 : nulles sous un seuil de revenus exprimé en SMIC horaires, croissant
 * ensuite jusqu'à leur maximum), diminué du plus grand du montant forfaitaire et des ressources du foyer, forfait
 * logement compris (art. R844-3) ; la prime est la moyenne de ces trois montants, fixée pour les trois mois qui suivent
 * le réexamen (art. L843-4), et n'est pas versée sous un seuil mensuel (art. D843-1).
 * Paramètres : regles/parametres/minima_sociaux/prime_activite/, marche_du_travail/smic/horaire_brut.
 */
public final class PrimeDActivite {

    static final String RACINE = "minima_sociaux/prime_activite/";
    static final String PENTE = RACINE + "pente_revenus_activite";
    static final String SEUIL_BONIFICATION = RACINE + "bonification/seuil";
    static final String SEUIL_MAXIMUM_BONIFICATION = RACINE + "bonification/seuil_maximum";
    static final String TAUX_BONIFICATION = RACINE + "bonification/taux_maximum";
    static final String MINIMUM_VERSE = RACINE + "montant_minimum_verse";
    static final String SMIC_HORAIRE = "marche_du_travail/smic/horaire_brut";
    /** Premier mois de la prime d'activité : un mois de référence antérieur prend les paramètres du mois du droit. */
    public static final YearMonth PREMIER_MOIS = YearMonth.of(2016, 1);
    private static final BigDecimal TROIS = BigDecimal.valueOf(3);

    private PrimeDActivite() {
    }

    /**
     * Calcule la prime d'activité du réexamen de {@code moisDuDroit}.
     *
     * @param parametresDuMois les paramètres en vigueur au premier jour d'un mois
     */
    public static ResultatPrimeActivite calculer(SituationPrimeActivite situation, YearMonth moisDuDroit,
            Function<YearMonth, Instantane> parametresDuMois) {
        return calculer(situation, moisDuDroit, parametresDuMois, Trace.active());
    }

    /** Les mêmes montants sans construire l'explication : le chemin de la paie de masse. */
    public static ResultatPrimeActivite calculerSansExplication(SituationPrimeActivite situation, YearMonth moisDuDroit,
            Function<YearMonth, Instantane> parametresDuMois) {
        return calculer(situation, moisDuDroit, parametresDuMois, Trace.muette());
    }

    private static ResultatPrimeActivite calculer(SituationPrimeActivite situation, YearMonth moisDuDroit,
            Function<YearMonth, Instantane> parametresDuMois, Trace x) {
        x.note(() -> "Prime d'activité du trimestre commençant en " + moisDuDroit + " (CSS, art. L842-3) : moyenne des montants calculés "
                + "pour chacun des trois mois de référence");
        situation.ressources().neutralisations().forEach(x::note);
        var total = Montant.ZERO;
        var forfaitaire = Montant.ZERO;
        var forfaitLogement = Montant.ZERO;
        for (var mois : situation.ressources().mois()) {
            var p = parametresDuMois.apply(mois.mois().isBefore(PREMIER_MOIS) ? moisDuDroit : mois.mois());
            var sous = x.estActive() ? Trace.active() : Trace.muette();
            var bareme = BaremeForfaitaire.de(RACINE, p);
            forfaitaire = bareme.montantForfaitaire(situation.foyer(), sous);
            forfaitLogement = bareme.forfaitLogement(situation.foyer(), situation.logementParMois().get(mois.mois()), sous);
            var montant = montantDuMois(situation, mois, forfaitaire, forfaitLogement, bareme, p, sous);
            x.inclut("Mois de référence " + mois.mois(), sous);
            total = total.plus(montant);
        }
        var calcule = Montant.euros(total.valeur().divide(TROIS, MathContext.DECIMAL64)).arrondiAuCentime();
        x.etape(() -> "Prime d'activité : moyenne des trois mois", calcule);
        var minimum = x.cite(parametresDuMois.apply(moisDuDroit).applique(MINIMUM_VERSE));
        var verse = calcule;
        if (calcule.estPositif() && calcule.valeur().compareTo(minimum.valeur()) < 0) {
            x.note(() -> "Montant inférieur au seuil de versement de " + Montant.euros(minimum.valeur()).enFrancais()
                    + " : la prime d'activité n'est pas versée (CSS, art. D843-1)");
            verse = Montant.ZERO;
        }
        x.etape(() -> "Prime d'activité versée chaque mois de " + moisDuDroit + " à " + moisDuDroit.plusMonths(2), verse);
        return new ResultatPrimeActivite(moisDuDroit, forfaitaire.arrondiAuCentime(), forfaitLogement.arrondiAuCentime(), calcule, verse, x.explication());
    }

    /** Le montant d'un mois de référence, positif ou nul. */
    private static Montant montantDuMois(SituationPrimeActivite situation, TrimestreDeReference.Mois mois, Montant forfaitaire,
            Montant forfaitLogement, BaremeForfaitaire bareme, Instantane p, Trace x) {
        if (!situation.moisOuvrantDroit().contains(mois.mois())) {
            x.etape(() -> "Conditions d'ouverture du droit non remplies ce mois-là (CSS, art. L842-1 et L842-2)", Montant.ZERO);
            return Montant.ZERO;
        }
        var pente = x.cite(p.applique(PENTE));
        var smic = x.cite(p.applique(SMIC_HORAIRE));
        var seuil = x.cite(p.applique(SEUIL_BONIFICATION));
        var seuilMaximum = x.cite(p.applique(SEUIL_MAXIMUM_BONIFICATION));
        var taux = x.cite(p.applique(TAUX_BONIFICATION));
        var activite = mois.activite();
        var bonifications = Montant.ZERO;
        var seuilEnEuros = smic.valeur().multiply(seuil.valeur());
        var seuilMaximumEnEuros = smic.valeur().multiply(seuilMaximum.valeur());
        int adultes = situation.foyer().adultes();
        for (int i = 0; i < Math.min(adultes, mois.activiteParPersonne().size()); i++) {
            var revenus = mois.activiteParPersonne().get(i).valeur();
            if (revenus.compareTo(seuilEnEuros) < 0) {
                continue;
            }
            var part = revenus.subtract(seuilEnEuros).divide(seuilMaximumEnEuros.subtract(seuilEnEuros), MathContext.DECIMAL64)
                    .min(BigDecimal.ONE);
            var bonification = Montant.euros(bareme.montantDeBase().valeur().multiply(taux.valeur()).multiply(part));
            x.etape(() -> "Bonification individuelle (revenus professionnels de " + Montant.euros(revenus).arrondiAuCentime().enFrancais()
                    + ", seuil " + Montant.euros(seuilEnEuros).arrondiAuCentime().enFrancais() + ", maximum atteint à "
                    + Montant.euros(seuilMaximumEnEuros).arrondiAuCentime().enFrancais() + ")", bonification.arrondiAuCentime());
            bonifications = bonifications.plus(bonification);
        }
        var prestations = situation.prestationsFamilialesParMois().getOrDefault(mois.mois(), Montant.ZERO);
        var ressources = mois.total().plus(prestations).plus(forfaitLogement);
        var montant = forfaitaire.plus(activite.fois(pente.valeur())).plus(bonifications).moins(forfaitaire.max(ressources))
                .max(Montant.ZERO);
        x.etape(() -> "Revenus professionnels du foyer", activite.arrondiAuCentime());
        x.etape(() -> "Ressources du foyer, forfait logement et prestations familiales compris", ressources.arrondiAuCentime());
        x.etape(() -> "Montant forfaitaire + " + BaremeForfaitaire.pourcent(pente.valeur()) + " des revenus professionnels + bonifications − "
                + "le plus grand du montant forfaitaire et des ressources", montant.arrondiAuCentime());
        return montant;
    }
}
