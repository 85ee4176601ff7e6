package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * Les allocations familiales d'un foyer de France métropolitaine pour un mois (CSS, livre V, titre II, chapitre I) :
 * <ul>
 * <li>le montant de base, dû à partir de deux enfants à charge, en part de BMAF selon leur nombre (art. L521-1,
 * D521-1 1°), partagé pour les enfants en résidence alternée (art. L521-2, R521-2) ;</li>
 * <li>les majorations pour âge, pour chaque enfant à charge ayant atteint l'âge requis, sauf l'aîné d'une famille de
 * moins de trois enfants (art. L521-3, R521-1, D521-1 2°) ;</li>
 * <li>l'allocation forfaitaire, pendant un an, pour l'enfant qui atteint l'âge limite dans une famille d'au moins
 * trois enfants (art. L521-1 4e alinéa, D521-2) ;</li>
 * <li>depuis juillet 2015, la modulation de ces montants selon les ressources de l'année de référence et le
 * complément dégressif au-dessus des plafonds (art. L521-1, D521-1, D521-3).</li>
 * </ul>
 * Les paramètres sont lus au premier jour du mois. Chaque évolution de la législation est un régime daté, choisi
 * dans la table {@link #REGIMES} ; les montants sont arrondis au centime composante par composante. Les règles
 * propres aux départements d'outre-mer (art. L755-11 et suivants : allocation dès le premier enfant) ne sont pas
 * prises en charge. Paramètres : regles/parametres/prestations_familiales/.
 */
public final class AllocationsFamiliales {

    /** Le premier mois calculé : création de l'allocation forfaitaire (loi n° 2002-1487, art. 58 ; décret n° 2003-573). */
    public static final YearMonth PREMIER_MOIS = YearMonth.of(2003, 7);

    private interface RegleDeMajoration {
        BigDecimal taux(Enfant enfant, int age, ParametresAf p, @Nullable Explication x);
    }

    private interface RegleDeModulation {
        Modulation.Tranche tranche(Montant ressources, int nombreEnfants, ParametresAf p, @Nullable Explication x);
    }

    private record Regime(LocalDate debut, String libelle, RegleDeMajoration majoration, RegleDeModulation modulation) {
    }

    /** Les régimes successifs, chacun applicable de sa date d'effet à celle du suivant. */
    private static final NavigableMap<LocalDate, Regime> REGIMES = table(
            new Regime(PREMIER_MOIS.atDay(1), "majorations pour âge à 11 et 16 ans, allocation forfaitaire à 20 ans",
                    MajorationsPourAge::tauxDepuis2003_07_01, Modulation::sansModulation),
            new Regime(LocalDate.of(2008, 5, 1), "majoration pour âge unique à 14 ans (décrets n° 2008-409 et 2008-410)",
                    MajorationsPourAge::tauxDepuis2008_05_01, Modulation::sansModulation),
            new Regime(LocalDate.of(2015, 7, 1), "modulation selon les ressources et complément dégressif (décret n° 2015-611)",
                    MajorationsPourAge::tauxDepuis2008_05_01, Modulation::trancheDepuis2015_07_01),
            new Regime(MajorationsPourAge.RELEVEMENT_A_DIX_HUIT_ANS,
                    "majoration pour âge à 18 ans, maintenue à 14 ans pour l'enfant qui les avait avant le 1er mars 2026 "
                            + "(décret n° 2026-138)",
                    MajorationsPourAge::tauxDepuis2026_03_01, Modulation::trancheDepuis2015_07_01));

    private AllocationsFamiliales() {
    }

    /** Les allocations du mois et leur explication, avec les paramètres du jeu en vigueur au premier jour du mois. */
    public static ResultatAf calculer(SituationAf situation, YearMonth mois, JeuDeParametres parametres) {
        return calculer(situation, mois, parametres.a(mois.atDay(1)));
    }

    /**
     * Les allocations du mois et leur explication.
     *
     * @param parametres les paramètres au premier jour du mois
     */
    public static ResultatAf calculer(SituationAf situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, ParametresAf.de(parametres));
    }

    /** Les allocations du mois et leur explication, avec des paramètres déjà lus pour ce mois. */
    public static ResultatAf calculer(SituationAf situation, YearMonth mois, ParametresAf parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    /**
     * Les allocations du mois, sans construire l'explication : pour le traitement de masse (paie mensuelle). Les
     * paramètres sont lus une fois pour le mois ({@link ParametresAf#de(Instantane)}) et servent à tous les foyers.
     * L'explication du résultat se borne à renvoyer vers {@link #calculer(SituationAf, YearMonth, ParametresAf)}.
     */
    public static ResultatAf calculerSansExplication(SituationAf situation, YearMonth mois, ParametresAf parametres) {
        return calculer(situation, mois, parametres, null);
    }

    /** Le libellé du régime applicable au mois, pour l'afficher ou le journaliser. */
    public static String regimeApplicable(YearMonth mois) {
        return regime(mois).libelle();
    }

    private static Regime regime(YearMonth mois) {
        var regime = REGIMES.floorEntry(mois.atDay(1));
        if (regime == null) {
            throw new IllegalArgumentException("Allocations familiales de " + mois + " non calculées : le premier mois pris en charge est "
                    + PREMIER_MOIS);
        }
        return regime.getValue();
    }

    private static ResultatAf calculer(SituationAf situation, YearMonth mois, ParametresAf p, @Nullable Explication x) {
        var premierJour = mois.atDay(1);
        if (!p.date().equals(premierJour)) {
            throw new IllegalArgumentException("Paramètres lus au " + p.date() + " : les allocations de " + mois
                    + " se calculent avec les paramètres au " + premierJour);
        }
        var regime = regime(mois);
        var ressources = situation.ressourcesDeReference();
        if (x != null) {
            x.note("Allocations familiales de " + Libelles.mois(mois) + " — régime en vigueur depuis le "
                    + Libelles.date(regime.debut()) + " : " + regime.libelle());
        }

        List<Enfant> enfants = situation.enfants();
        int nombre = enfants.size();
        int[] ages = new int[nombre];
        boolean[] aCharge = new boolean[nombre];
        int enfantsACharge = 0;
        int enResidenceAlternee = 0;
        int enfantsAuForfait = 0;
        int aine = -1;
        for (int i = 0; i < nombre; i++) {
            var enfant = enfants.get(i);
            ages[i] = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            aCharge[i] = EnfantsACharge.estACharge(enfant, ages[i], p);
            boolean forfait = false;
            if (aCharge[i]) {
                enfantsACharge++;
                if (enfant.residenceAlternee()) {
                    enResidenceAlternee++;
                }
                if (aine < 0 || enfant.dateDeNaissance().isBefore(enfants.get(aine).dateDeNaissance())) {
                    aine = i;
                }
            } else if (EnfantsACharge.ouvreDroitAuForfait(enfant, ages[i], p)) {
                enfantsAuForfait++;
                forfait = true;
            }
            if (x != null) {
                Explications.enfant(x, enfant, ages[i], aCharge[i], forfait, premierJour, p);
            }
        }
        if (x != null) {
            x.note("Enfants à charge au sens des prestations familiales : " + enfantsACharge);
        }

        var bmaf = p.bmaf.valeur();
        var tranche = regime.modulation().tranche(ressources, enfantsACharge, p, x);
        var montantDeBase = Montant.ZERO;
        var majorations = Montant.ZERO;
        var coefficientAlternance = BigDecimal.ONE;
        if (x != null) {
            x.cite(p.nombreMinimumEnfants);
        }
        if (enfantsACharge >= p.nombreMinimumEnfantsAf) {
            var tauxGlobal = p.tauxDeuxiemeEnfant.valeur()
                    .add(p.tauxEnfantSupplementaire.valeur().multiply(BigDecimal.valueOf(enfantsACharge - 2L)));
            var coefficient = p.coefficientResidenceAlternee.valeur();
            if (enResidenceAlternee > 0) {
                // R521-2 : la part des enfants en résidence alternée est affectée du coefficient de partage.
                coefficientAlternance = BigDecimal.ONE.subtract(BigDecimal.valueOf(enResidenceAlternee)
                        .divide(BigDecimal.valueOf(enfantsACharge), MathContext.DECIMAL64)
                        .multiply(BigDecimal.ONE.subtract(coefficient)));
            }
            montantDeBase = Montant.euros(bmaf.multiply(tauxGlobal).multiply(coefficientAlternance).multiply(tranche.taux()))
                    .arrondiAuCentime();
            if (x != null) {
                Explications.montantDeBase(x, p, enfantsACharge, tauxGlobal, coefficientAlternance, tranche.taux(), montantDeBase);
            }

            int pourMajorationAine = p.nombreEnfantsPourMajorationAineAf;
            for (int i = 0; i < nombre; i++) {
                if (!aCharge[i]) {
                    continue;
                }
                var enfant = enfants.get(i);
                if (i == aine && enfantsACharge < pourMajorationAine) {
                    if (x != null) {
                        Explications.aineSansMajoration(x, p, enfant, enfantsACharge);
                    }
                    continue;
                }
                var taux = regime.majoration().taux(enfant, ages[i], p, x);
                if (taux.signum() == 0) {
                    continue;
                }
                var partage = enfant.residenceAlternee() ? coefficient : BigDecimal.ONE;
                var majoration = Montant.euros(bmaf.multiply(taux).multiply(partage).multiply(tranche.taux())).arrondiAuCentime();
                majorations = majorations.plus(majoration);
                if (x != null) {
                    Explications.majoration(x, enfant, ages[i], taux, partage, tranche.taux(), majoration);
                }
            }
        }

        var forfait = Montant.ZERO;
        var trancheDuForfait = tranche;
        if (enfantsAuForfait > 0) {
            var minimum = p.requis(p.forfaitNombreMinimumEnfants, ParametresAf.FORFAIT_NOMBRE_MINIMUM_ENFANTS);
            if (x != null) {
                x.cite(minimum);
            }
            if (enfantsACharge + enfantsAuForfait >= ParametresAf.entier(minimum)) {
                // Les plafonds de la modulation comptent aussi l'enfant qui ouvre droit au forfait.
                trancheDuForfait = regime.modulation().tranche(ressources, enfantsACharge + enfantsAuForfait, p, x);
                var taux = p.requis(p.forfaitTaux, ParametresAf.FORFAIT_TAUX);
                var parEnfant = Montant.euros(bmaf.multiply(taux.valeur()).multiply(trancheDuForfait.taux())).arrondiAuCentime();
                forfait = parEnfant.fois(enfantsAuForfait);
                if (x != null) {
                    Explications.forfait(x, p, taux, enfantsAuForfait, trancheDuForfait.taux(), forfait);
                }
            } else if (x != null) {
                x.note("Pas d'allocation forfaitaire : moins de " + minimum.valeur() + " enfants en comptant celui qui atteint l'âge limite");
            }
        }

        var complement = Modulation.complementDegressif(montantDeBase.plus(majorations), ressources, tranche);
        var complementDuForfait = Modulation.complementDegressif(forfait, ressources, trancheDuForfait);
        var total = montantDeBase.plus(majorations).plus(forfait).plus(complement).plus(complementDuForfait);
        var crds = Crds.retenue(total, p.crds.valeur());
        var verse = total.moins(crds);
        if (x != null) {
            Explications.fin(x, p, complement, complementDuForfait, total, crds, verse);
        }
        return new ResultatAf(mois, enfantsACharge, enfantsAuForfait, tranche.taux(), trancheDuForfait.taux(),
                coefficientAlternance, montantDeBase, majorations, forfait, complement, complementDuForfait, total, crds, verse,
                x != null ? x : Explications.nonDemandee());
    }

    private static NavigableMap<LocalDate, Regime> table(Regime... regimes) {
        var table = new TreeMap<LocalDate, Regime>();
        for (var regime : regimes) {
            table.put(regime.debut(), regime);
        }
        return java.util.Collections.unmodifiableNavigableMap(table);
    }
}
