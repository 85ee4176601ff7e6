package fr.caissecommune.sante.calcul;

import java.math.BigDecimal;

import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.Parcours;

/**
 * Le taux de remboursement d'une ligne, complément du ticket modérateur. Prise en charge à 100 % : soins au titre
 * d'un AT/MP (CSS, art. L431-1 et L432-1), de l'assurance maternité (art. L160-9), bénéficiaires de la C2S (part
 * obligatoire et part complémentaire, art. L861-3) ou de l'AME (CASF, art. L251-2), soins en rapport avec une
 * ALD (art. L160-14 3°). Sinon, taux de la catégorie de soins (art. R160-5) ; pour les médicaments, taux de leur
 * classe de service médical rendu ; pour les honoraires des médecins hors parcours de soins coordonnés d'un
 * bénéficiaire de seize ans ou plus, taux hors parcours (art. L162-5-3).
 */
final class TicketModerateur {

    private TicketModerateur() {
    }

    static BigDecimal taux(FeuilleDeSoins feuille, LigneTarifee ligne, SituationALaDate s, ParametresSante p, Explication explication) {
        if (!ligne.remboursable()) {
            return BigDecimal.ZERO;
        }
        if (s.accidentDuTravail()) {
            return centPourCent(explication, "accident du travail ou maladie professionnelle (CSS, art. L431-1 et L432-1)");
        }
        if (s.maternite() != null) {
            return centPourCent(explication, s.maternite() + " (CSS, art. L160-9)");
        }
        if (s.ame()) {
            return centPourCent(explication, "aide médicale de l'État (CASF, art. L251-2)");
        }
        var ald = s.situation().aldCouvrant(ligne.ligne(), feuille.dateDesSoins()).orElse(null);
        var tauxCommun = tauxDeDroitCommun(feuille, ligne, s, ald != null, p);
        if (s.c2s()) {
            if (tauxCommun.valeur().compareTo(BigDecimal.ONE) < 0) {
                explication.cite(tauxCommun);
            }
            return centPourCent(explication, "complémentaire santé solidaire : part obligatoire " + EnFrancais.pourcentage(tauxCommun.valeur())
                    + " et part complémentaire " + EnFrancais.pourcentage(BigDecimal.ONE.subtract(tauxCommun.valeur())) + " (CSS, art. L861-3)");
        }
        if (ald != null) {
            return centPourCent(explication, "soins en rapport avec l'affection de longue durée « " + ald.affection()
                    + " » : exonération du ticket modérateur (CSS, art. L160-14 3°)");
        }
        explication.cite(tauxCommun);
        explication.note("Taux " + EnFrancais.pourcentage(tauxCommun.valeur()) + " : " + motifDuTaux(feuille, ligne, tauxCommun, p));
        return tauxCommun.valeur();
    }

    private static BigDecimal centPourCent(Explication explication, String motif) {
        explication.note("Taux 100 % : " + motif);
        return BigDecimal.ONE;
    }

    private static ValeurAppliquee tauxDeDroitCommun(FeuilleDeSoins feuille, LigneTarifee ligne, SituationALaDate s, boolean enRapportAvecUneAld,
            ParametresSante p) {
        var t = p.taux();
        return switch (ligne.categorie()) {
            case HONORAIRES_MEDICAUX -> horsParcours(feuille, s, enRapportAvecUneAld, p) ? t.horsParcours() : t.honorairesMedicaux();
            case HONORAIRES_SAGES_FEMMES -> t.honorairesSagesFemmes();
            case SOINS_DENTAIRES -> t.soinsDentaires();
            case AUXILIAIRES_MEDICAUX -> t.auxiliairesMedicaux();
            case BIOLOGIE -> t.biologie();
            case MEDICAMENTS -> t.medicaments().get(ligne.classe());
            case TRANSPORTS -> t.transports();
            case HOSPITALISATION -> t.hospitalisation();
        };
    }

    /**
     * Hors parcours de soins coordonnés : consultation d'un médecin par un bénéficiaire de seize ans ou plus, sans
     * rapport avec une ALD, déclarée hors parcours, ou déclarée chez le médecin traitant alors que le médecin
     * traitant déclaré est un autre.
     */
    static boolean horsParcours(FeuilleDeSoins feuille, SituationALaDate s, boolean enRapportAvecUneAld, ParametresSante p) {
        if (!feuille.executant().profession().estMedecin() || enRapportAvecUneAld) {
            return false;
        }
        if (s.age() < p.ageMinimumDuParcours().valeur().intValueExact()) {
            return false;
        }
        var medecinTraitant = s.situation().medecinTraitant();
        return feuille.parcours() == Parcours.HORS_PARCOURS || feuille.parcours() == Parcours.MEDECIN_TRAITANT && medecinTraitant != null
                && !medecinTraitant.equals(feuille.executant().rpps());
    }

    private static String motifDuTaux(FeuilleDeSoins feuille, LigneTarifee ligne, ValeurAppliquee taux, ParametresSante p) {
        if (ligne.categorie() == CategorieDeSoins.MEDICAMENTS) {
            return ligne.classe().libelle();
        }
        if (ligne.categorie() != CategorieDeSoins.HONORAIRES_MEDICAUX || !feuille.executant().profession().estMedecin()) {
            return ligne.categorie().libelle();
        }
        if (taux == p.taux().horsParcours()) {
            return feuille.parcours() == Parcours.HORS_PARCOURS ? "honoraires médicaux hors parcours de soins coordonnés"
                    : "honoraires médicaux hors parcours de soins coordonnés : le médecin traitant déclaré n'est pas l'exécutant";
        }
        return "honoraires médicaux, parcours de soins coordonnés (" + feuille.parcours().libelle() + ")";
    }
}
