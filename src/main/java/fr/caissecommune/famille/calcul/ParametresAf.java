package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.ParametreIntrouvable;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * Les paramètres des allocations familiales en vigueur au premier jour d'un mois, lus une fois pour tous les foyers
 * du mois (un traitement de masse ne relit pas l'arbre des paramètres pour chaque foyer). Un paramètre qui n'existe
 * pas encore ou plus à cette date (la modulation avant juillet 2015…) est absent ; le régime applicable ne le lit pas.
 * Paramètres : regles/parametres/prestations_familiales/, marche_du_travail/smic/, prelevements_sociaux/crds/.
 */
public final class ParametresAf {

    private static final String PF = "prestations_familiales/";
    private static final String AF = PF + "af/";
    static final String BMAF = PF + "bmaf";
    static final String AGE_FIN_OBLIGATION_SCOLAIRE = PF + "enfant_a_charge/age_fin_obligation_scolaire";
    static final String AGE_LIMITE = PF + "enfant_a_charge/age_limite";
    static final String PLAFOND_REMUNERATION = PF + "enfant_a_charge/plafond_remuneration";
    static final String PLAFOND_REMUNERATION_HEURES = PF + "enfant_a_charge/plafond_remuneration_heures";
    static final String SMIC_HORAIRE_BRUT = "marche_du_travail/smic/horaire_brut";
    static final String NOMBRE_MINIMUM_ENFANTS = AF + "nombre_minimum_enfants";
    static final String TAUX_DEUXIEME_ENFANT = AF + "taux/deuxieme_enfant";
    static final String TAUX_ENFANT_SUPPLEMENTAIRE = AF + "taux/enfant_supplementaire";
    static final String COEFFICIENT_RESIDENCE_ALTERNEE = AF + "residence_alternee/coefficient";
    static final String MODULATION_TAUX_1 = AF + "modulation/taux_tranche_1";
    static final String MODULATION_TAUX_2 = AF + "modulation/taux_tranche_2";
    static final String MODULATION_TAUX_3 = AF + "modulation/taux_tranche_3";
    static final String PLAFOND_TRANCHE_1 = AF + "modulation/plafond_tranche_1";
    static final String PLAFOND_TRANCHE_2 = AF + "modulation/plafond_tranche_2";
    static final String MAJORATION_PLAFOND_PAR_ENFANT = AF + "modulation/majoration_plafond_par_enfant";
    static final String MAJORATION_AGE = AF + "majoration_age/age";
    static final String MAJORATION_TAUX = AF + "majoration_age/taux";
    static final String MAJORATION_AGE_MAINTENU = AF + "majoration_age/age_maintenu";
    static final String SECONDE_MAJORATION_AGE = AF + "majoration_age/seconde_majoration/age";
    static final String SECONDE_MAJORATION_TAUX = AF + "majoration_age/seconde_majoration/taux";
    static final String NOMBRE_ENFANTS_POUR_MAJORATION_AINE = AF + "majoration_age/nombre_enfants_pour_majoration_aine";
    static final String FORFAIT_AGE = AF + "allocation_forfaitaire/age";
    static final String FORFAIT_DUREE = AF + "allocation_forfaitaire/duree";
    static final String FORFAIT_TAUX = AF + "allocation_forfaitaire/taux";
    static final String FORFAIT_NOMBRE_MINIMUM_ENFANTS = AF + "allocation_forfaitaire/nombre_minimum_enfants";

    private final LocalDate date;
    final ValeurAppliquee bmaf;
    final ValeurAppliquee ageFinObligationScolaire;
    final ValeurAppliquee ageLimite;
    final ValeurAppliquee plafondRemuneration;
    final ValeurAppliquee plafondRemunerationHeures;
    final ValeurAppliquee smicHoraireBrut;
    final ValeurAppliquee nombreMinimumEnfants;
    final ValeurAppliquee tauxDeuxiemeEnfant;
    final ValeurAppliquee tauxEnfantSupplementaire;
    final ValeurAppliquee coefficientResidenceAlternee;
    final ValeurAppliquee crds;
    final @Nullable ValeurAppliquee modulationTaux1;
    final @Nullable ValeurAppliquee modulationTaux2;
    final @Nullable ValeurAppliquee modulationTaux3;
    final @Nullable ValeurAppliquee plafondTranche1;
    final @Nullable ValeurAppliquee plafondTranche2;
    final @Nullable ValeurAppliquee majorationPlafondParEnfant;
    final @Nullable ValeurAppliquee majorationAge;
    final @Nullable ValeurAppliquee majorationTaux;
    final @Nullable ValeurAppliquee majorationAgeMaintenu;
    final @Nullable ValeurAppliquee secondeMajorationAge;
    final @Nullable ValeurAppliquee secondeMajorationTaux;
    final @Nullable ValeurAppliquee nombreEnfantsPourMajorationAine;
    final @Nullable ValeurAppliquee forfaitAge;
    final @Nullable ValeurAppliquee forfaitDuree;
    final @Nullable ValeurAppliquee forfaitTaux;
    final @Nullable ValeurAppliquee forfaitNombreMinimumEnfants;

    /** Plafond mensuel de rémunération de l'enfant (art. R512-2) : taux × heures × SMIC horaire brut. */
    final BigDecimal plafondRemunerationMensuelle;

    // Les mêmes grandeurs en entiers, lues une fois pour le chemin de calcul de masse.
    final int ageFinObligationScolaireEnAnnees;
    final int ageLimiteEnAnnees;
    final int nombreMinimumEnfantsAf;
    final int nombreEnfantsPourMajorationAineAf;
    final int forfaitAgeEnAnnees;
    final int forfaitFinEnAnnees;

    private ParametresAf(Instantane p) {
        date = p.date();
        bmaf = p.applique(BMAF);
        ageFinObligationScolaire = p.applique(AGE_FIN_OBLIGATION_SCOLAIRE);
        ageLimite = p.applique(AGE_LIMITE);
        plafondRemuneration = p.applique(PLAFOND_REMUNERATION);
        plafondRemunerationHeures = p.applique(PLAFOND_REMUNERATION_HEURES);
        smicHoraireBrut = p.applique(SMIC_HORAIRE_BRUT);
        nombreMinimumEnfants = p.applique(NOMBRE_MINIMUM_ENFANTS);
        tauxDeuxiemeEnfant = p.applique(TAUX_DEUXIEME_ENFANT);
        tauxEnfantSupplementaire = p.applique(TAUX_ENFANT_SUPPLEMENTAIRE);
        coefficientResidenceAlternee = p.applique(COEFFICIENT_RESIDENCE_ALTERNEE);
        crds = p.applique(Crds.TAUX);
        modulationTaux1 = siExiste(p, MODULATION_TAUX_1);
        modulationTaux2 = siExiste(p, MODULATION_TAUX_2);
        modulationTaux3 = siExiste(p, MODULATION_TAUX_3);
        plafondTranche1 = siExiste(p, PLAFOND_TRANCHE_1);
        plafondTranche2 = siExiste(p, PLAFOND_TRANCHE_2);
        majorationPlafondParEnfant = siExiste(p, MAJORATION_PLAFOND_PAR_ENFANT);
        majorationAge = siExiste(p, MAJORATION_AGE);
        majorationTaux = siExiste(p, MAJORATION_TAUX);
        majorationAgeMaintenu = siExiste(p, MAJORATION_AGE_MAINTENU);
        secondeMajorationAge = siExiste(p, SECONDE_MAJORATION_AGE);
        secondeMajorationTaux = siExiste(p, SECONDE_MAJORATION_TAUX);
        nombreEnfantsPourMajorationAine = siExiste(p, NOMBRE_ENFANTS_POUR_MAJORATION_AINE);
        forfaitAge = siExiste(p, FORFAIT_AGE);
        forfaitDuree = siExiste(p, FORFAIT_DUREE);
        forfaitTaux = siExiste(p, FORFAIT_TAUX);
        forfaitNombreMinimumEnfants = siExiste(p, FORFAIT_NOMBRE_MINIMUM_ENFANTS);
        plafondRemunerationMensuelle = plafondRemuneration.valeur().multiply(plafondRemunerationHeures.valeur())
                .multiply(smicHoraireBrut.valeur());
        ageFinObligationScolaireEnAnnees = entier(ageFinObligationScolaire);
        ageLimiteEnAnnees = entier(ageLimite);
        nombreMinimumEnfantsAf = entier(nombreMinimumEnfants);
        nombreEnfantsPourMajorationAineAf = nombreEnfantsPourMajorationAine == null ? Integer.MAX_VALUE : entier(nombreEnfantsPourMajorationAine);
        forfaitAgeEnAnnees = forfaitAge == null ? Integer.MAX_VALUE : entier(forfaitAge);
        forfaitFinEnAnnees = forfaitAge == null || forfaitDuree == null ? Integer.MIN_VALUE : forfaitAgeEnAnnees + entier(forfaitDuree);
    }

    /** Les paramètres des allocations familiales en vigueur à la date de l'instantané. */
    public static ParametresAf de(Instantane parametres) {
        return new ParametresAf(parametres);
    }

    /** Les paramètres lus une fois par instantané (mêmes valeurs que {@link #de}) : les autres prestations en ont besoin à chaque calcul. */
    private static final java.util.Map<Instantane, ParametresAf> PAR_INSTANTANE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static ParametresAf pour(Instantane parametres) {
        return PAR_INSTANTANE.computeIfAbsent(parametres, ParametresAf::new);
    }

    public LocalDate date() {
        return date;
    }

    private static @Nullable ValeurAppliquee siExiste(Instantane p, String chemin) {
        return p.existe(chemin) ? p.applique(chemin) : null;
    }

    /** Un paramètre que le régime applicable exige ; son absence est une erreur du jeu de paramètres. */
    ValeurAppliquee requis(@Nullable ValeurAppliquee valeur, String chemin) {
        if (valeur == null) {
            throw new ParametreIntrouvable(chemin, date);
        }
        return valeur;
    }

    static int entier(ValeurAppliquee valeur) {
        return valeur.valeur().intValueExact();
    }
}
