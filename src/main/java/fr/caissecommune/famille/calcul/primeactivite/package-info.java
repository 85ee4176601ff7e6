/**
 * Calcul pur de la prime d'activité (PPA, CSS art. L841-1 et suivants, D843-1 et suivants) : montant forfaitaire,
 * part des revenus professionnels, bonifications individuelles, forfait logement, ressources du trimestre de
 * référence, droit fixé pour trois mois et seuil de versement.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul.primeactivite;
