package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.famille.calcul.AllocationsFamiliales;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.ParametresAf;
import fr.caissecommune.famille.calcul.ResultatAf;
import fr.caissecommune.famille.calcul.SituationAf;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.SituationDuFoyer;

/**
 * Passe de la situation datée du foyer (référentiel) à la situation d'un mois au sens des prestations familiales,
 * puis aux montants : les faits deviennent des droits selon les règles d'ouverture et de fin de droit.
 */
@Component
class CalculDesDroits {

    private final Parametres parametres;
    private final Map<YearMonth, ParametresAf> parMois = new ConcurrentHashMap<>();

    CalculDesDroits(Parametres parametres) {
        this.parametres = parametres;
    }

    /** Le délai de prescription des prestations familiales, en années (CSS L553-1). */
    int delaiDePrescription(YearMonth mois) {
        return parametres.a(mois.atDay(1)).entier("prestations_familiales/delai_de_prescription");
    }

    String version() {
        return parametres.version();
    }

    /** Les allocations familiales du mois, avec leur explication (écrans, réexamens). */
    ResultatAf allocationsFamiliales(SituationDuFoyer situation, YearMonth mois) {
        return AllocationsFamiliales.calculer(situationAf(situation, mois), mois, parametresAf(mois));
    }

    /** Les mêmes montants, sans construire l'explication : c'est le chemin de la paie de masse. */
    ResultatAf allocationsFamilialesSansExplication(SituationDuFoyer situation, YearMonth mois) {
        return AllocationsFamiliales.calculerSansExplication(situationAf(situation, mois), mois, parametresAf(mois));
    }

    private SituationAf situationAf(SituationDuFoyer situation, YearMonth mois) {
        var enfants = enfantsOuvrantDroit(situation, mois).stream().map(m -> Enfant.neLe(m.dateDeNaissance())).toList();
        return new SituationAf(enfants, ressourcesDeReference(situation, mois));
    }

    /** Les paramètres des AF d'un mois, lus une fois (le jeu de paramètres ne change pas sans redémarrage). */
    private ParametresAf parametresAf(YearMonth mois) {
        return parMois.computeIfAbsent(mois, m -> ParametresAf.de(parametres.a(m.atDay(1))));
    }

    /**
     * Les enfants ouvrant droit pour le mois : les prestations sont dues à compter du premier jour du mois civil
     * suivant celui où les conditions sont réunies, et cessent au premier jour du mois civil où elles cessent de
     * l'être (CSS art. L552-1). Rien n'est dû pour les mois qui suivent le décès de l'allocataire.
     */
    static List<SituationDuFoyer.Membre> enfantsOuvrantDroit(SituationDuFoyer situation, YearMonth mois) {
        var deces = situation.decesAllocataire();
        if (deces != null && YearMonth.from(deces).isBefore(mois)) {
            return List.of();
        }
        return situation.membres().stream()
                .filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && ouvreDroit(m.presence(), mois))
                .toList();
    }

    static boolean ouvreDroit(Periode presence, YearMonth mois) {
        LocalDate premierJour = mois.atDay(1);
        return presence.debut().isBefore(premierJour)
                && presence.finExclue().map(fin -> !fin.isBefore(mois.plusMonths(1).atDay(1))).orElse(true);
    }

    /** Les ressources de l'année civile N-2 (CSS art. R532-3) ; inconnues, elles sont retenues pour zéro. */
    static Montant ressourcesDeReference(SituationDuFoyer situation, YearMonth mois) {
        return situation.ressourcesDe(mois.getYear() - 2).orElse(Montant.ZERO);
    }
}
