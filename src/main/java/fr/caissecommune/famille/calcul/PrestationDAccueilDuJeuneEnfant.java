package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * La prestation d'accueil du jeune enfant (PAJE) d'un mois, hors complément de libre choix du mode de garde et
 * PreParE (CSS, art. L531-1 à L531-3, R531-1, D531-1 à D531-3) :
 * <ul>
 * <li><b>prime à la naissance</b>, par enfant à naître, versée au septième mois de grossesse (deux mois civils avant
 * le mois de la naissance), et <b>prime à l'adoption</b>, par enfant, le mois de son arrivée au foyer (L531-2,
 * D531-2) ; sous le plafond du taux partiel de l'allocation de base, calculé en comptant l'enfant à naître ;</li>
 * <li><b>allocation de base</b> à taux plein ou partiel selon les ressources de l'année N-2, jusqu'au mois précédant
 * le troisième anniversaire de l'enfant, ou pendant trois ans après l'arrivée de l'enfant adopté (avant ses vingt
 * ans) ; une seule allocation par foyer, sauf naissances multiples (L531-3) ; le taux partiel est la moitié du taux
 * plein (D531-3) ;</li>
 * <li>plafonds (R531-1) : plafond de base majoré par enfant à charge et, pour le couple biactif ou la personne
 * seule, d'un forfait ; trois régimes selon la date de naissance ou d'arrivée du plus jeune enfant (avant avril
 * 2014, d'avril 2014 à mars 2018, depuis avril 2018) ;</li>
 * <li>montants gelés d'avril 2013 à mars 2018 (LFSS 2014, art. 74) : la BMAF retenue est alors celle d'avril 2013.</li>
 * </ul>
 * Chaque montant est arrondi au centime. Paramètres : prestations_familiales/paje/.
 */
public final class PrestationDAccueilDuJeuneEnfant {

    static final String PAJE = "prestations_familiales/paje/";
    static final LocalDate REFORME_2014 = LocalDate.of(2014, 4, 1);
    static final LocalDate REFORME_2018 = LocalDate.of(2018, 4, 1);
    /** Nombre de mois entre le septième mois de grossesse (versement de la prime) et le mois de la naissance. */
    static final int MOIS_AVANT_NAISSANCE = 2;

    /** Le résultat du mois : prime à la naissance, prime à l'adoption et allocation de base, avec l'explication. */
    public record ResultatPaje(YearMonth mois, Montant primeALaNaissance, Montant primeALAdoption, Montant allocationDeBase,
            Map<String, BigDecimal> intermediaires, Explication explication) {

        public Montant total() {
            return primeALaNaissance.plus(primeALAdoption).plus(allocationDeBase);
        }
    }

    private PrestationDAccueilDuJeuneEnfant() {
    }

    public static ResultatPaje calculer(SituationPaje situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPaje calculerSansExplication(SituationPaje situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private enum Regime {
        AVANT_2014("", "enfant né ou adopté avant le 1er avril 2014"),
        DEPUIS_2014("2014", "enfant né ou adopté d'avril 2014 à mars 2018"),
        DEPUIS_2018("2018", "enfant né ou adopté depuis le 1er avril 2018");

        final String dossier;
        final String libelle;

        Regime(String dossier, String libelle) {
            this.dossier = dossier;
            this.libelle = libelle;
        }

        static Regime de(LocalDate naissanceOuArrivee) {
            return naissanceOuArrivee.isBefore(REFORME_2014) ? AVANT_2014 : naissanceOuArrivee.isBefore(REFORME_2018) ? DEPUIS_2014 : DEPUIS_2018;
        }
    }

    private static ResultatPaje calculer(SituationPaje s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var af = ParametresAf.pour(parametres);
        var premierJour = mois.atDay(1);
        p.note("Prestation d'accueil du jeune enfant de " + Libelles.mois(mois));
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        var bmaf = bmaf(p);
        int enfantsACharge = 0;
        for (var enfant : s.enfants()) {
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            if (age != EnfantsACharge.PAS_ENCORE_NE && EnfantsACharge.estACharge(enfant, age, af)) {
                enfantsACharge++;
            }
        }
        for (var adoption : s.adoptions()) {
            int age = EnfantsACharge.ageAuPremierJour(adoption.enfant().dateDeNaissance(), premierJour);
            if (!adoption.arrivee().isAfter(premierJour) && EnfantsACharge.estACharge(adoption.enfant(), age, af)
                    && s.enfants().stream().noneMatch(e -> e.equals(adoption.enfant()))) {
                enfantsACharge++;
            }
        }
        intermediaires.put("af_nbenf", BigDecimal.valueOf(enfantsACharge));
        var ressources = s.ressourcesDeReference();

        // Primes : enfants dont la naissance est prévue dans deux mois, enfants adoptés arrivés ce mois-ci.
        var aNaitre = s.enfants().stream().filter(e -> YearMonth.from(e.dateDeNaissance()).equals(mois.plusMonths(MOIS_AVANT_NAISSANCE))).toList();
        var arrives = s.adoptions().stream().filter(a -> YearMonth.from(a.arrivee()).equals(mois)).toList();
        var primeNaissance = Montant.ZERO;
        var primeAdoption = Montant.ZERO;
        if (!aNaitre.isEmpty() || !arrives.isEmpty()) {
            var dates = new ArrayList<LocalDate>();
            aNaitre.forEach(e -> dates.add(e.dateDeNaissance()));
            arrives.forEach(a -> dates.add(a.arrivee()));
            var regime = Regime.de(dates.stream().max(LocalDate::compareTo).orElseThrow());
            int nombre = enfantsACharge + aNaitre.size();
            var plafond = plafond(p, regime, false, nombre, s.enCouple(), s.biactif());
            intermediaires.put("paje_naissance_plafond", plafond.valeur());
            if (ressources.compareTo(plafond) <= 0) {
                if (!aNaitre.isEmpty()) {
                    var parEnfant = Montant.euros(bmaf.multiply(p.valeur(PAJE + "prime_naissance/taux"))).arrondiAuCentime();
                    primeNaissance = parEnfant.fois(aNaitre.size());
                    p.note("Prime à la naissance au septième mois de grossesse : " + aNaitre.size() + " × " + parEnfant.enFrancais()
                            + " (CSS, art. L531-2, D531-2)");
                }
                if (!arrives.isEmpty()) {
                    var parEnfant = Montant.euros(bmaf.multiply(p.valeur(PAJE + "prime_adoption/taux"))).arrondiAuCentime();
                    primeAdoption = parEnfant.fois(arrives.size());
                    p.note("Prime à l'adoption : " + arrives.size() + " × " + parEnfant.enFrancais() + " (CSS, art. L531-2, D531-2)");
                }
            } else {
                p.note("Ressources de " + ressources.enFrancais() + " au-dessus du plafond de " + plafond.enFrancais() + " : pas de prime");
            }
        }

        // Allocation de base : enfants de moins de trois ans, ou adoptés depuis moins de trois ans.
        int ageLimite = p.entier(PAJE + "allocation_base/age_limite");
        int dureeAdoption = p.entier(PAJE + "allocation_base/duree_adoption");
        var ouvrantDroit = new ArrayList<LocalDate>();
        for (var enfant : s.enfants()) {
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            if (age != EnfantsACharge.PAS_ENCORE_NE && age < ageLimite && enfant.chargeEffectiveEtPermanente()
                    && s.adoptions().stream().noneMatch(a -> a.enfant().equals(enfant))) {
                ouvrantDroit.add(enfant.dateDeNaissance());
            }
        }
        for (var adoption : s.adoptions()) {
            var enfant = adoption.enfant();
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            if (!adoption.arrivee().isAfter(premierJour) && premierJour.isBefore(adoption.arrivee().plusYears(dureeAdoption))
                    && age < af.ageLimiteEnAnnees && enfant.chargeEffectiveEtPermanente()) {
                ouvrantDroit.add(adoption.arrivee());
            }
        }
        var allocation = Montant.ZERO;
        if (ouvrantDroit.isEmpty()) {
            p.note("Aucun enfant de moins de " + ageLimite + " ans (ni adopté depuis moins de " + dureeAdoption + " ans) : pas d'allocation de base");
        } else {
            var plusRecent = ouvrantDroit.stream().max(LocalDate::compareTo).orElseThrow();
            var regime = Regime.de(plusRecent);
            // Naissances multiples : autant d'allocations que d'enfants nés de la même grossesse (art. L531-3).
            long nombre = Math.max(1, ouvrantDroit.stream().filter(d -> d.equals(plusRecent)).count());
            p.note("Allocation de base — " + regime.libelle);
            var tauxPlein = p.valeur(PAJE + "allocation_base/" + switch (regime) {
                case AVANT_2014 -> "taux_plein_avant_2014";
                case DEPUIS_2014 -> "taux_plein_2014";
                case DEPUIS_2018 -> "taux_plein_2018";
            });
            var plafondPlein = plafond(p, regime, true, enfantsACharge, s.enCouple(), s.biactif());
            intermediaires.put("paje_base_plafond_taux_plein", plafondPlein.valeur());
            if (ressources.compareTo(plafondPlein) <= 0) {
                allocation = Montant.euros(bmaf.multiply(tauxPlein)).arrondiAuCentime().fois(nombre);
                p.note("Ressources de " + ressources.enFrancais() + " ≤ plafond du taux plein de " + plafondPlein.enFrancais()
                        + " : allocation de base à taux plein de " + allocation.enFrancais() + " (CSS, art. L531-3, D531-3)");
            } else if (regime != Regime.AVANT_2014) {
                var plafondPartiel = plafond(p, regime, false, enfantsACharge, s.enCouple(), s.biactif());
                intermediaires.put("paje_base_plafond_taux_partiel", plafondPartiel.valeur());
                if (ressources.compareTo(plafondPartiel) <= 0) {
                    allocation = Montant.euros(bmaf.multiply(tauxPlein).divide(BigDecimal.TWO)).arrondiAuCentime().fois(nombre);
                    p.note("Ressources de " + ressources.enFrancais() + " ≤ plafond du taux partiel de " + plafondPartiel.enFrancais()
                            + " : allocation de base à taux partiel (moitié du taux plein) de " + allocation.enFrancais()
                            + " (CSS, art. L531-3, D531-3)");
                } else {
                    p.note("Ressources de " + ressources.enFrancais() + " au-dessus du plafond du taux partiel de " + plafondPartiel.enFrancais()
                            + " : pas d'allocation de base");
                }
            } else {
                p.note("Ressources au-dessus du plafond : pas d'allocation de base");
            }
        }
        return new ResultatPaje(mois, primeNaissance, primeAdoption, allocation, intermediaires, x != null ? x : Explications.nonDemandee());
    }

    /** La BMAF de la PAJE : gelée à sa valeur d'avril 2013 jusqu'en mars 2018. */
    private static BigDecimal bmaf(LecteurDeParametres p) {
        if (p.existe(PAJE + "bmaf_gelee")) {
            p.note("Montants de la PAJE gelés : BMAF d'avril 2013");
            return p.valeur(PAJE + "bmaf_gelee");
        }
        return p.valeur(ComplementFamilial.BMAF);
    }

    /**
     * Le plafond annuel de ressources (art. R531-1) : avant 2014, un seul plafond majoré de 25 % pour chacun des deux
     * premiers enfants et de 30 % au-delà ; d'avril 2014 à mars 2018, plafonds du taux plein et du taux partiel
     * majorés d'un pourcentage par enfant ; depuis avril 2018, majorés de 25 % pour chacun des deux premiers enfants et
     * de 30 % au-delà. S'y ajoute la majoration du couple biactif ou de la personne seule.
     */
    static Montant plafond(LecteurDeParametres p, Regime regime, boolean tauxPlein, int enfants, boolean enCouple, boolean biactif) {
        String base;
        BigDecimal taux;
        if (regime == Regime.DEPUIS_2014) {
            base = PAJE + "plafond/2014/" + (tauxPlein ? "taux_plein/" : "taux_partiel/");
            taux = BigDecimal.ONE.add(p.valeur(PAJE + "plafond/2014/majoration_par_enfant").multiply(BigDecimal.valueOf(enfants)));
        } else {
            var dossier = regime == Regime.AVANT_2014 ? PAJE + "plafond/avant_2014/" : PAJE + "plafond/2018/";
            base = regime == Regime.AVANT_2014 ? dossier : dossier + (tauxPlein ? "taux_plein/" : "taux_partiel/");
            taux = BigDecimal.ONE.add(p.valeur(dossier + "majoration_deuxieme_enfant").multiply(BigDecimal.valueOf(Math.min(enfants, 2))))
                    .add(p.valeur(dossier + "majoration_enfant_supplementaire").multiply(BigDecimal.valueOf(Math.max(enfants - 2, 0))));
        }
        var plafond = p.valeur(base + "base").multiply(taux);
        if (!enCouple || biactif) {
            plafond = plafond.add(p.valeur(base + "majoration_biactifs_isoles"));
        }
        var resultat = Montant.euros(plafond).arrondiAuCentime();
        p.note("Plafond " + (regime == Regime.AVANT_2014 ? "" : tauxPlein ? "du taux plein " : "du taux partiel ") + "(" + regime.libelle + ", "
                + enfants + " enfant(s)" + (!enCouple ? ", personne seule" : biactif ? ", couple biactif" : "") + ") : " + resultat.enFrancais()
                + " (CSS, art. R531-1)");
        return resultat;
    }

}
