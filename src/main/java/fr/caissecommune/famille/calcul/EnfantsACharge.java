package fr.caissecommune.famille.calcul;

import java.time.LocalDate;

/**
 * L'enfant à charge au sens des prestations familiales (CSS, art. L512-3 et R512-2) : tout enfant jusqu'à la fin
 * de l'obligation scolaire, puis jusqu'à l'âge limite si sa rémunération n'excède pas 55 % de 169 fois le SMIC
 * horaire brut ; à condition que le foyer en assume la charge effective et permanente (art. L513-1).
 *
 * <p>L'âge est compté en années révolues au premier jour du mois, comme dans OpenFisca-France : l'enfant qui a 14
 * ans le 1er du mois les a pour tout le mois. (L'article L552-1 fait courir les droits du mois suivant celui où
 * la condition est remplie ; les cas de référence d'OpenFisca retiennent l'âge au premier jour du mois.)
 */
final class EnfantsACharge {

    /** Âge d'un enfant qui n'est pas encore né au premier jour du mois. */
    static final int PAS_ENCORE_NE = -1;

    private EnfantsACharge() {
    }

    /** Âge en années révolues au premier jour du mois, ou {@link #PAS_ENCORE_NE}. */
    static int ageAuPremierJour(LocalDate naissance, LocalDate premierJourDuMois) {
        if (naissance.isAfter(premierJourDuMois)) {
            return PAS_ENCORE_NE;
        }
        int age = premierJourDuMois.getYear() - naissance.getYear();
        int moisNaissance = naissance.getMonthValue();
        int mois = premierJourDuMois.getMonthValue();
        if (mois < moisNaissance || (mois == moisNaissance && premierJourDuMois.getDayOfMonth() < naissance.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    /** L'enfant ouvre droit aux prestations familiales ce mois-ci (art. L512-3 1° et 2°). */
    static boolean estACharge(Enfant enfant, int age, ParametresAf p) {
        if (!enfant.chargeEffectiveEtPermanente() || age == PAS_ENCORE_NE) {
            return false;
        }
        if (age < p.ageFinObligationScolaireEnAnnees) {
            return true;
        }
        return age < p.ageLimiteEnAnnees && remunerationSousLePlafond(enfant, p);
    }

    /**
     * L'enfant vient d'atteindre l'âge limite et ouvre droit à l'allocation forfaitaire pendant sa durée de
     * versement (art. L521-1, 4e alinéa : s'il remplit les conditions autres que l'âge).
     */
    static boolean ouvreDroitAuForfait(Enfant enfant, int age, ParametresAf p) {
        return enfant.chargeEffectiveEtPermanente() && age >= p.forfaitAgeEnAnnees && age < p.forfaitFinEnAnnees
                && remunerationSousLePlafond(enfant, p);
    }

    static boolean remunerationSousLePlafond(Enfant enfant, ParametresAf p) {
        return enfant.remunerationMensuelle().valeur().compareTo(p.plafondRemunerationMensuelle) <= 0;
    }
}
