package fr.caissecommune.famille.calcul.primeactivite;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer;
import fr.caissecommune.famille.calcul.rsa.Logement;

/**
 * La situation d'un foyer au réexamen trimestriel de la prime d'activité : composition, ressources des trois mois du
 * trimestre de référence (les personnes dans l'ordre : l'allocataire, le conjoint, puis les enfants à charge) et, pour
 * chacun de ces mois, le logement (forfait logement), les prestations familiales perçues et les conditions générales
 * (âge minimum, résidence ; CSS, art. L842-1 et L842-2).
 *
 * @param logementParMois le logement de chaque mois du trimestre
 * @param prestationsFamilialesParMois les prestations familiales comptées dans les ressources de chaque mois
 * @param moisOuvrantDroit les mois du trimestre où les conditions générales sont remplies
 */
public record SituationPrimeActivite(CompositionDuFoyer foyer, TrimestreDeReference ressources, Map<YearMonth, Logement> logementParMois,
        Map<YearMonth, Montant> prestationsFamilialesParMois, Set<YearMonth> moisOuvrantDroit) {

    public SituationPrimeActivite {
        logementParMois = Map.copyOf(logementParMois);
        prestationsFamilialesParMois = Map.copyOf(prestationsFamilialesParMois);
        moisOuvrantDroit = Set.copyOf(moisOuvrantDroit);
        for (var mois : ressources.mois()) {
            if (!logementParMois.containsKey(mois.mois())) {
                throw new IllegalArgumentException("Logement absent pour " + mois.mois() + " (trimestre de référence de la prime d'activité)");
            }
        }
    }

    /** Une situation dont le logement et les prestations familiales sont les mêmes les trois mois. */
    public static SituationPrimeActivite constante(CompositionDuFoyer foyer, TrimestreDeReference ressources, Logement logement,
            Montant prestationsFamiliales, Set<YearMonth> moisOuvrantDroit) {
        var logements = new java.util.HashMap<YearMonth, Logement>();
        var prestations = new java.util.HashMap<YearMonth, Montant>();
        ressources.mois().forEach(m -> {
            logements.put(m.mois(), logement);
            prestations.put(m.mois(), prestationsFamiliales);
        });
        return new SituationPrimeActivite(foyer, ressources, logements, prestations, moisOuvrantDroit);
    }
}
