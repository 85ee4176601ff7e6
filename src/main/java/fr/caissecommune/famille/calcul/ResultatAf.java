package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Les allocations familiales dues pour un mois, par composante, avec leur explication. Les montants sont bruts de
 * CRDS, comme la variable {@code af} d'OpenFisca ; {@link #montantVerse()} est ce que la caisse paie.
 *
 * @param nombreEnfantsACharge enfants à charge au sens des prestations familiales (art. L512-3)
 * @param nombreEnfantsOuvrantDroitAuForfait enfants ayant atteint l'âge limite et ouvrant droit à l'allocation
 *        forfaitaire (art. L521-1, 4e alinéa)
 * @param tauxDeModulation taux appliqué au montant de base et aux majorations selon les ressources (1 avant juillet 2015)
 * @param tauxDeModulationDuForfait taux appliqué à l'allocation forfaitaire
 * @param coefficientResidenceAlternee coefficient appliqué au montant de base pour les enfants en résidence alternée
 * @param montantDeBase montant de base (art. D521-1 1°)
 * @param majorationsPourAge majorations pour âge (art. L521-3 et D521-1 2°)
 * @param allocationForfaitaire allocation forfaitaire (art. D521-2)
 * @param complementDegressif complément dégressif du montant de base et des majorations (art. D521-3)
 * @param complementDegressifDuForfait complément dégressif de l'allocation forfaitaire
 * @param total somme des composantes, brute de CRDS
 * @param crds CRDS précomptée sur le total
 * @param montantVerse total net de CRDS
 */
public record ResultatAf(YearMonth mois, int nombreEnfantsACharge, int nombreEnfantsOuvrantDroitAuForfait,
        BigDecimal tauxDeModulation, BigDecimal tauxDeModulationDuForfait, BigDecimal coefficientResidenceAlternee,
        Montant montantDeBase, Montant majorationsPourAge, Montant allocationForfaitaire, Montant complementDegressif,
        Montant complementDegressifDuForfait, Montant total, Montant crds, Montant montantVerse,
        Explication explication) {
}
