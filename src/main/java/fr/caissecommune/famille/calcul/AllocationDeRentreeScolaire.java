package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * L'allocation de rentrée scolaire (ARS), versée en août pour la rentrée de l'année (CSS, art. L543-1, R543-1 à
 * R543-6, D543-1 et D543-2) :
 * <ul>
 * <li>pour chaque enfant à charge qui atteint six ans avant le 1er février de l'année suivante et n'a pas dix-huit
 * ans au 15 septembre (art. R543-2) ;</li>
 * <li>un taux de la BMAF selon l'âge au 31 décembre de l'année de la rentrée : 6 à 10 ans, 11 à 14 ans, 15 à 18 ans
 * (art. D543-1) ;</li>
 * <li>sous plafond de ressources de l'année N-2, majoré de 30 % par enfant à charge (art. R543-5) ;</li>
 * <li>au-dessus du plafond, ARS différentielle : le plafond augmenté du montant dû, moins les ressources
 * (art. L543-1 al. 2, R543-6), non versée en dessous du montant minimum (D543-2).</li>
 * </ul>
 * Arrondi au centime. Paramètres : prestations_familiales/ars/.
 */
public final class AllocationDeRentreeScolaire {

    static final String ARS = "prestations_familiales/ars/";
    /** Le mois de versement de l'allocation. */
    public static final Month MOIS_DE_VERSEMENT = Month.AUGUST;

    private AllocationDeRentreeScolaire() {
    }

    public static ResultatPrestation calculer(SituationArs situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(SituationArs situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(SituationArs s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        if (mois.getMonth() != MOIS_DE_VERSEMENT) {
            p.note("L'allocation de rentrée scolaire est versée en août : rien en " + Libelles.mois(mois));
            return resultat(mois, Montant.ZERO, intermediaires, x);
        }
        var af = ParametresAf.pour(parametres);
        int annee = mois.getYear();
        p.note("Allocation de rentrée scolaire " + annee);
        var premierJour = mois.atDay(1);
        int ageMinimum = p.entier(ARS + "age_minimum");
        int ageMaximum = p.entier(ARS + "age_maximum");
        int ageCollege = p.entier(ARS + "age_college");
        int ageLycee = p.entier(ARS + "age_lycee");
        var limiteSixAns = LocalDate.of(annee + 1, 2, 1);
        var limiteDixHuitAns = LocalDate.of(annee, 9, 15);
        var trenteEtUnDecembre = LocalDate.of(annee, 12, 31);
        int aCharge = 0;
        int[] parTranche = new int[3];
        for (var enfant : s.enfants()) {
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            boolean enfantACharge = age != EnfantsACharge.PAS_ENCORE_NE && EnfantsACharge.estACharge(enfant, age, af);
            if (enfantACharge) {
                aCharge++;
            }
            boolean ouvreDroit = enfant.chargeEffectiveEtPermanente() && enfant.dateDeNaissance().plusYears(ageMinimum).isBefore(limiteSixAns)
                    && enfant.dateDeNaissance().plusYears(ageMaximum).isAfter(limiteDixHuitAns)
                    && (age < af.ageFinObligationScolaireEnAnnees || EnfantsACharge.remunerationSousLePlafond(enfant, af));
            if (!ouvreDroit) {
                continue;
            }
            int ageAuTrenteEtUn = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), trenteEtUnDecembre);
            parTranche[ageAuTrenteEtUn >= ageLycee ? 2 : ageAuTrenteEtUn >= ageCollege ? 1 : 0]++;
        }
        int ouvrantDroit = parTranche[0] + parTranche[1] + parTranche[2];
        intermediaires.put("ars_nb_enfants", BigDecimal.valueOf(ouvrantDroit));
        if (ouvrantDroit == 0) {
            p.note("Aucun enfant de " + ageMinimum + " à " + ageMaximum + " ans à la rentrée : pas d'allocation de rentrée scolaire");
            return resultat(mois, Montant.ZERO, intermediaires, x);
        }
        var bmaf = p.valeur(ComplementFamilial.BMAF);
        var montant = Montant.ZERO;
        String[] taux = { "primaire", "college", "lycee" };
        String[] libelles = { "6 à 10 ans", "11 à 14 ans", "15 à 18 ans" };
        for (int i = 0; i < 3; i++) {
            if (parTranche[i] > 0) {
                var parEnfant = Montant.euros(bmaf.multiply(p.valeur(ARS + "taux/" + taux[i]))).arrondiAuCentime();
                montant = montant.plus(parEnfant.fois(parTranche[i]));
                p.note(parTranche[i] + " enfant(s) de " + libelles[i] + " au 31 décembre × " + parEnfant.enFrancais() + " (CSS, art. D543-1)");
            }
        }
        var plafond = Montant.euros(p.valeur(ARS + "plafond/base").multiply(BigDecimal.ONE.add(p.valeur(ARS + "plafond/majoration_par_enfant")
                .multiply(BigDecimal.valueOf(aCharge))))).arrondiAuCentime();
        intermediaires.put("ars_plafond", plafond.valeur());
        var ressources = s.ressourcesDeReference();
        if (ressources.compareTo(plafond) > 0) {
            var differentielle = plafond.plus(montant).moins(ressources).max(Montant.ZERO);
            p.note("Ressources de " + ressources.enFrancais() + " au-dessus du plafond de " + plafond.enFrancais() + " (" + aCharge
                    + " enfant(s) à charge) : ARS différentielle = plafond + " + montant.enFrancais() + " − ressources = "
                    + differentielle.enFrancais() + " (CSS, art. L543-1, R543-6)");
            montant = differentielle;
            var minimum = Montant.euros(p.valeur(ARS + "montant_minimum"));
            if (montant.estPositif() && montant.compareTo(minimum) < 0) {
                p.note("Montant inférieur au minimum de versement de " + minimum.enFrancais() + " : non versé (CSS, art. D543-2)");
                montant = Montant.ZERO;
            }
        } else {
            p.note("Ressources de " + ressources.enFrancais() + " ≤ plafond de " + plafond.enFrancais() + " (" + aCharge + " enfant(s) à charge)");
        }
        return resultat(mois, montant, intermediaires, x);
    }

    private static ResultatPrestation resultat(YearMonth mois, Montant montant, java.util.Map<String, BigDecimal> intermediaires,
            @Nullable Explication x) {
        return new ResultatPrestation("ars", mois, montant, intermediaires, x != null ? x : Explications.nonDemandee());
    }
}
