package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * L'allocation d'éducation de l'enfant handicapé (AEEH) d'un mois (CSS, art. L541-1 à L541-4, R541-1 à R541-2,
 * D541-1 à D541-4), sans condition de ressources :
 * <ul>
 * <li>l'allocation de base, pour chaque enfant à charge de moins de vingt ans dont la CDAPH a reconnu le taux
 * d'incapacité (art. L541-1, D541-1) ;</li>
 * <li>le complément de la catégorie accordée (1 à 5 : part de BMAF ; 6 : montant mensuel fixé) (art. L541-1 al. 2,
 * D541-2) ;</li>
 * <li>la majoration pour parent isolé, avec un complément de la catégorie 2 à 6 (art. L541-4, D541-4).</li>
 * </ul>
 * Chaque montant arrondi au centime. Paramètres : prestations_familiales/aeeh/.
 */
public final class AllocationDEducationDeLEnfantHandicape {

    static final String AEEH = "prestations_familiales/aeeh/";

    private AllocationDEducationDeLEnfantHandicape() {
    }

    public static ResultatPrestation calculer(SituationAeeh situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, new Explication());
    }

    public static ResultatPrestation calculerSansExplication(SituationAeeh situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, null);
    }

    private static ResultatPrestation calculer(SituationAeeh s, YearMonth mois, Instantane parametres, @Nullable Explication x) {
        var p = new LecteurDeParametres(parametres, x);
        var af = ParametresAf.pour(parametres);
        p.note("Allocation d'éducation de l'enfant handicapé de " + Libelles.mois(mois));
        var premierJour = mois.atDay(1);
        int ageMaximum = p.entier(AEEH + "age_maximum");
        var bmaf = p.valeur(ComplementFamilial.BMAF);
        var total = Montant.ZERO;
        var complements = Montant.ZERO;
        var majorations = Montant.ZERO;
        int ouvrantDroit = 0;
        for (var handicape : s.enfants()) {
            var enfant = handicape.enfant();
            int age = EnfantsACharge.ageAuPremierJour(enfant.dateDeNaissance(), premierJour);
            if (age == EnfantsACharge.PAS_ENCORE_NE || age >= ageMaximum || !EnfantsACharge.estACharge(enfant, age, af)) {
                p.note("Enfant né le " + Libelles.date(enfant.dateDeNaissance()) + " : pas à charge ou " + ageMaximum + " ans atteints, pas d'AEEH");
                continue;
            }
            ouvrantDroit++;
            var base = Montant.euros(bmaf.multiply(p.valeur(AEEH + "taux_base"))).arrondiAuCentime();
            var texte = new StringBuilder("Enfant né le ").append(Libelles.date(enfant.dateDeNaissance())).append(" : AEEH de base ")
                    .append(base.enFrancais());
            total = total.plus(base);
            int categorie = handicape.categorieDuComplement();
            if (categorie > 0) {
                var valeur = p.valeur(AEEH + "complement/categorie_" + categorie);
                var complement = (categorie == 6 ? Montant.euros(valeur) : Montant.euros(bmaf.multiply(valeur))).arrondiAuCentime();
                complements = complements.plus(complement);
                total = total.plus(complement);
                texte.append(", complément de ").append(categorie).append("e catégorie ").append(complement.enFrancais());
                if (s.parentIsole() && categorie >= 2) {
                    var majoration = Montant.euros(bmaf.multiply(p.valeur(AEEH + "majoration_parent_isole/categorie_" + categorie)))
                            .arrondiAuCentime();
                    majorations = majorations.plus(majoration);
                    total = total.plus(majoration);
                    texte.append(", majoration pour parent isolé ").append(majoration.enFrancais()).append(" (CSS, art. L541-4)");
                }
            }
            p.note(texte.append(" (CSS, art. L541-1, D541-1, D541-2)").toString());
        }
        var intermediaires = new LinkedHashMap<String, BigDecimal>();
        intermediaires.put("aeeh_nb_enfants", BigDecimal.valueOf(ouvrantDroit));
        intermediaires.put("aeeh_complements", complements.valeur());
        intermediaires.put("aeeh_majorations_parent_isole", majorations.valeur());
        return new ResultatPrestation("aeeh", mois, total, intermediaires, x != null ? x : Explications.nonDemandee());
    }
}
