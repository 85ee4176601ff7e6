/**
 * Les bases de ressources des prestations, en un seul endroit : ressources fiscales de l'année N-2 (prestations
 * familiales, CSS art. R532-3), moyenne des trois mois du trimestre de référence (RSA, CASF art. R262-7 ; prime
 * d'activité, CSS art. R843-1), douze mois glissants (aides au logement depuis la réforme de 2021, CCH art. R822-4),
 * avec la déduction pour frais professionnels et la neutralisation des revenus interrompus (CASF art. R262-13).
 * Calcul pur : ni Spring, ni entrée-sortie.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul.ressources;
