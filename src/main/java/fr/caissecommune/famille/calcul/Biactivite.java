package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Instantane;

/**
 * Le couple biactif des prestations familiales sous condition de ressources (CSS, art. R522-3 pour le complément
 * familial, art. R531-1 pour la PAJE) : un couple dont chacun des deux membres a perçu, l'année de référence,
 * un revenu professionnel au moins égal au plancher — 12 BMAF jusqu'en octobre 2011, puis une part du plafond annuel
 * de la sécurité sociale. Le plafond de ressources d'un couple biactif ou d'une personne seule est majoré.
 * Paramètres : prestations_familiales/biactivite/, prelevements_sociaux/pss/mensuel, lus au 1er janvier de l'année
 * des revenus.
 */
public final class Biactivite {

    static final String EN_BMAF = "prestations_familiales/biactivite/revenu_plancher_en_bmaf";
    static final String EN_PSS = "prestations_familiales/biactivite/revenu_plancher_en_pss";
    static final String PSS_MENSUEL = "prelevements_sociaux/pss/mensuel";
    static final String BMAF = "prestations_familiales/bmaf";

    private Biactivite() {
    }

    /** Le revenu professionnel annuel minimal de chaque membre du couple, pour les revenus d'une année. */
    public static Montant plancher(Instantane parametresDeLAnneeDesRevenus) {
        var p = parametresDeLAnneeDesRevenus;
        if (p.existe(EN_PSS)) {
            return Montant.euros(p.valeur(EN_PSS).multiply(p.valeur(PSS_MENSUEL)).multiply(BigDecimal.valueOf(12))).arrondiAuCentime();
        }
        return Montant.euros(p.valeur(EN_BMAF).multiply(p.valeur(BMAF))).arrondiAuCentime();
    }

    /** Vrai si les deux membres du couple ont chacun un revenu professionnel au moins égal au plancher. */
    public static boolean estBiactif(List<Montant> revenusProfessionnelsDesParents, Instantane parametresDeLAnneeDesRevenus) {
        if (revenusProfessionnelsDesParents.size() != 2) {
            return false;
        }
        var plancher = plancher(parametresDeLAnneeDesRevenus);
        return revenusProfessionnelsDesParents.stream().allMatch(r -> r.compareTo(plancher) >= 0);
    }

    /** Le 1er janvier de l'année de référence (N-2) d'un mois de droit. */
    public static LocalDate anneeDeReference(java.time.YearMonth mois) {
        return LocalDate.of(mois.getYear() - 2, 1, 1);
    }
}
