package fr.caissecommune.famille;

import java.time.YearMonth;

import fr.caissecommune.referentiel.SituationDuFoyer;

/**
 * Le calcul d'une prestation pour un foyer et un mois, à partir de la situation datée du foyer : c'est l'adaptateur
 * entre le référentiel et le calcul pur d'un dispositif ({@code calcul/}). Chaque prestation servie en a une,
 * enregistrée par une ligne dans {@link CalculDesDroits}.
 */
@FunctionalInterface
interface RegleMensuelle {

    /**
     * @param avecExplication faux sur le chemin de la paie de masse : le montant seul, sans construire le texte
     */
    DroitDuMois calculer(SituationDuFoyer situation, YearMonth mois, boolean avecExplication);
}
