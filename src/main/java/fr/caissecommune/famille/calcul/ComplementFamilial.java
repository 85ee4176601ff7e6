package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * Le complément familial d'un foyer de France métropolitaine pour un mois (CSS, art. L522-1 à L522-3, R522-1 à
 * R522-3, D522-1 et D522-2) :
 * <ul>
 * <li>dû au foyer qui a au moins trois enfants à charge tous âgés d'au moins trois ans (art. L522-1, R522-1) ; les
 * enfants comptent jusqu'à 21 ans (art. R522-1) ;</li>
 * <li>sous plafond de ressources de l'année N-2 : plafond de base majoré de 25 % pour chacun des deux premiers
 * enfants à charge et de 30 % par enfant suivant, plus une majoration forfaitaire pour le couple biactif ou la
 * personne seule (art. R522-2) ;</li>
 * <li>montant : 41,65 % de la BMAF ; montant majoré (depuis avril 2014) quand les ressources ne dépassent pas la
 * moitié du plafond (art. L522-3, D522-2) ;</li>
 * <li>complément différentiel quand les ressources dépassent le plafond de moins de douze mensualités : le douzième
 * de la différence entre le plafond augmenté de douze mensualités et les ressources (art. L522-2 al. 2, D522-1) ;</li>
 * <li>non cumulable avec l'allocation de base de la PAJE (art. L531-3).</li>
 * </ul>
 * Arrondi au centime. Paramètres : prestations_familiales/cf/.
 */
public final class ComplementFamilial {

    static final String CF = "prestations_familiales/cf/";
    static final String BMAF = "prestations_familiales/bmaf";

    private ComplementFamilial() {
    }

    public static ResultatPrestation calculer(SituationCf situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(SituationCf situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(SituationCf s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var af = ParametresAf.pour(parametres);
        var premierJour = mois.atDay(1);
        p.note("Complément familial de " + Libelles.mois(mois));
        int ageMinimum = p.entier(CF + "age_minimum");
        int ageMaximum = p.entier(CF + "age_maximum");
        int aCharge = 0;
        int ouvrantDroit = 0;
        for (var enfant : s.enfants()) {
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            if (age == EnfantsACharge.PAS_ENCORE_NE || !enfant.chargeEffectiveEtPermanente() || age >= ageMaximum
                    || (age >= af.ageFinObligationScolaireEnAnnees && !EnfantsACharge.remunerationSousLePlafond(enfant, af))) {
                continue;
            }
            aCharge++;
            if (age >= ageMinimum) {
                ouvrantDroit++;
            }
        }
        int minimum = p.entier(CF + "nombre_minimum_enfants");
        p.note(aCharge + " enfant(s) à charge de moins de " + ageMaximum + " ans, dont " + ouvrantDroit + " d'au moins " + ageMinimum
                + " ans ; il en faut " + minimum + " (CSS, art. L522-1, R522-1)");
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        intermediaires.put("cf_base_ressources", s.ressourcesDeReference().valeur());
        var plafond = plafond(p, aCharge, s.enCouple(), s.biactif());
        intermediaires.put("cf_plafond", plafond.valeur());
        if (ouvrantDroit < minimum) {
            return resultat(mois, Montant.ZERO, intermediaires, x);
        }
        var bmaf = p.valeur(BMAF);
        var ressources = s.ressourcesDeReference();
        var montantDeBase = Montant.euros(bmaf.multiply(p.valeur(CF + "taux"))).arrondiAuCentime();
        Montant montant = Montant.ZERO;
        if (ressources.compareTo(plafond) <= 0) {
            montant = montantDeBase;
            p.note("Ressources de " + ressources.enFrancais() + " ≤ plafond de " + plafond.enFrancais() + " : complément familial de "
                    + montantDeBase.enFrancais() + " (BMAF × taux)");
        } else {
            var plafondDifferentiel = plafond.plus(montantDeBase.fois(12));
            if (ressources.compareTo(plafondDifferentiel) < 0) {
                montant = Montant.euros(plafondDifferentiel.moins(ressources).valeur().divide(BigDecimal.valueOf(12), MathContext.DECIMAL64))
                        .arrondiAuCentime();
                p.note("Ressources de " + ressources.enFrancais() + " au-dessus du plafond de " + plafond.enFrancais()
                        + " de moins de douze mensualités : complément différentiel (plafond + 12 × " + montantDeBase.enFrancais()
                        + " − ressources) / 12 = " + montant.enFrancais() + " (CSS, art. L522-2, D522-1)");
            } else {
                p.note("Ressources de " + ressources.enFrancais() + " au-dessus du plafond de " + plafond.enFrancais()
                        + " augmenté de douze mensualités : pas de complément familial");
            }
        }
        if (p.existe(CF + "taux_majore") && p.existe(CF + "plafond/part_plafond_majore")) {
            var plafondMajore = Montant.euros(plafond.valeur().multiply(p.valeur(CF + "plafond/part_plafond_majore"))).arrondiAuCentime();
            intermediaires.put("cf_majore_plafond", plafondMajore.valeur());
            if (ressources.compareTo(plafondMajore) <= 0) {
                var majore = Montant.euros(bmaf.multiply(p.valeur(CF + "taux_majore"))).arrondiAuCentime();
                if (majore.compareTo(montant) > 0) {
                    montant = majore;
                    p.note("Ressources ≤ plafond du montant majoré de " + plafondMajore.enFrancais() + " : complément familial majoré de "
                            + majore.enFrancais() + " (CSS, art. L522-3, D522-2)");
                }
            }
        }
        intermediaires.put("cf_montant", montant.valeur());
        if (s.allocationDeBasePaje() && montant.estPositif()) {
            p.note("Allocation de base de la PAJE perçue ce mois-ci : le complément familial n'est pas cumulable (CSS, art. L531-3)");
            montant = Montant.ZERO;
        }
        return resultat(mois, montant, intermediaires, x);
    }

    /** Le plafond annuel de ressources (art. R522-2). */
    static Montant plafond(LecteurDeParametres p, int enfantsACharge, boolean enCouple, boolean biactif) {
        var taux = BigDecimal.ONE.add(p.valeur(CF + "plafond/majoration_deux_premiers_enfants").multiply(BigDecimal.valueOf(Math.min(enfantsACharge, 2))))
                .add(p.valeur(CF + "plafond/majoration_enfant_supplementaire").multiply(BigDecimal.valueOf(Math.max(enfantsACharge - 2, 0))));
        var plafond = p.valeur(CF + "plafond/base").multiply(taux);
        if (!enCouple || biactif) {
            plafond = plafond.add(p.valeur(CF + "plafond/majoration_biactifs_isoles"));
        }
        var resultat = Montant.euros(plafond).arrondiAuCentime();
        p.note("Plafond de ressources : base × " + Libelles.decimal(taux) + (!enCouple ? " + majoration personne seule"
                : biactif ? " + majoration couple biactif" : " (couple à un revenu)") + " = " + resultat.enFrancais() + " (CSS, art. R522-2)");
        return resultat;
    }

    static ResultatPrestation resultat(YearMonth mois, Montant montant, java.util.Map<String, BigDecimal> intermediaires, @Nullable Explication x) {
        return new ResultatPrestation("cf", mois, montant, intermediaires, x != null ? x : Explications.nonDemandee());
    }
}
