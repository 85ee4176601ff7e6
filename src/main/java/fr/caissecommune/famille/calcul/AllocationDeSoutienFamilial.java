package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * L'allocation de soutien familial (ASF) d'un mois (CSS, art. L523-1 à L523-3, R523-1 à R523-7, D523-1 et D523-2) :
 * <ul>
 * <li>pour chaque enfant à charge au sens des prestations familiales orphelin ou privé de l'aide de l'un ou de ses
 * deux parents (art. L523-1), un taux de la BMAF selon qu'il est privé d'un parent ou des deux (D523-1) ;</li>
 * <li>pas d'ASF pour le parent qui vit en couple (art. L523-2) ;</li>
 * <li>ASF différentielle : la pension alimentaire perçue, inférieure au montant de l'ASF, est déduite (art. L523-1
 * 4°) ;</li>
 * <li>montant arrondi au centime ; non versé en dessous du montant minimum (D523-2, depuis juillet 2018).</li>
 * </ul>
 * Paramètres : prestations_familiales/asf/.
 */
public final class AllocationDeSoutienFamilial {

    static final String ASF = "prestations_familiales/asf/";

    private AllocationDeSoutienFamilial() {
    }

    public static ResultatPrestation calculer(SituationAsf situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(SituationAsf situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(SituationAsf s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var af = ParametresAf.pour(parametres);
        p.note("Allocation de soutien familial de " + Libelles.mois(mois));
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        if (s.enCouple()) {
            p.note("Allocataire en couple : pas d'allocation de soutien familial (CSS, art. L523-2)");
            return resultat(mois, Montant.ZERO, intermediaires, x);
        }
        int unParent = enfantsACharge(s.enfantsPrivesDeLAideDUnParent(), mois, af);
        int deuxParents = enfantsACharge(s.enfantsPrivesDeLAideDesDeuxParents(), mois, af);
        intermediaires.put("asf_nb_enfants", BigDecimal.valueOf(unParent + deuxParents));
        if (unParent + deuxParents == 0) {
            p.note("Aucun enfant à charge orphelin ou privé de l'aide d'un parent : pas d'allocation de soutien familial");
            return resultat(mois, Montant.ZERO, intermediaires, x);
        }
        var bmaf = p.valeur(ComplementFamilial.BMAF);
        var montant = Montant.ZERO;
        if (unParent > 0) {
            var parEnfant = Montant.euros(bmaf.multiply(p.valeur(ASF + "taux/privation_d_un_parent"))).arrondiAuCentime();
            montant = montant.plus(parEnfant.fois(unParent));
            p.note(unParent + " enfant(s) privé(s) de l'aide d'un parent × " + parEnfant.enFrancais() + " (CSS, art. L523-1, D523-1)");
        }
        if (deuxParents > 0) {
            var parEnfant = Montant.euros(bmaf.multiply(p.valeur(ASF + "taux/privation_des_deux_parents"))).arrondiAuCentime();
            montant = montant.plus(parEnfant.fois(deuxParents));
            p.note(deuxParents + " enfant(s) privé(s) de l'aide des deux parents × " + parEnfant.enFrancais() + " (CSS, art. L523-1, D523-1)");
        }
        if (s.pensionsAlimentairesPercues().estPositif()) {
            var differentielle = montant.moins(s.pensionsAlimentairesPercues()).max(Montant.ZERO);
            p.note("Pension alimentaire perçue de " + s.pensionsAlimentairesPercues().enFrancais() + " déduite : ASF différentielle de "
                    + differentielle.enFrancais() + " (CSS, art. L523-1 4°)");
            montant = differentielle;
        }
        if (montant.estPositif() && p.existe(ASF + "montant_minimum")) {
            var minimum = Montant.euros(p.valeur(ASF + "montant_minimum"));
            if (montant.compareTo(minimum) < 0) {
                p.note("Montant de " + montant.enFrancais() + " inférieur au minimum de versement de " + minimum.enFrancais() + " : non versé");
                montant = Montant.ZERO;
            }
        }
        return resultat(mois, montant, intermediaires, x);
    }

    private static int enfantsACharge(List<Enfant> enfants, YearMonth mois, ParametresAf af) {
        int n = 0;
        for (var enfant : enfants) {
            if (EnfantsACharge.estACharge(enfant, EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), mois.atDay(1)), af)) {
                n++;
            }
        }
        return n;
    }

    private static ResultatPrestation resultat(YearMonth mois, Montant montant, java.util.Map<String, BigDecimal> intermediaires,
            @Nullable Explication x) {
        return new ResultatPrestation("asf", mois, montant, intermediaires, x != null ? x : Explications.nonDemandee());
    }
}
