/**
 * Calcul pur du revenu de solidarité active (RSA, CASF art. L262-1 et suivants, R262-1 et suivants) : montant
 * forfaitaire selon la composition du foyer et sa majoration pour isolement, forfait logement, ressources moyennes du
 * trimestre de référence avec neutralisation, seuil de versement. Le montant forfaitaire et le forfait logement,
 * construits de la même façon, servent aussi à la prime d'activité.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul.rsa;
