package fr.caissecommune.famille.calcul.rsa;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;

/**
 * La situation d'un foyer pour le RSA d'un mois : sa composition, son logement, les ressources du trimestre de
 * référence (après neutralisation) et les prestations familiales du mois comptées dans les ressources (CASF,
 * art. R262-6 et R262-11).
 *
 * @param conditionsGeneralesRemplies âge (25 ans, ou charge d'enfant, ou grossesse), résidence et séjour (CASF,
 *     art. L262-2 et L262-4) : faux, le droit est nul
 */
public record SituationRsa(CompositionDuFoyer foyer, Logement logement, TrimestreDeReference ressources,
        Montant prestationsFamilialesDuMois, boolean conditionsGeneralesRemplies) {
}
