/**
 * Les nomenclatures de tarification livrées avec l'application ({@code src/main/resources/sante/referentiels/}) :
 * liste des lettres clés NGAP, CCAM (tarifs par activité, phase et secteur) et BDPM (prix, honoraire de
 * dispensation et taux de chaque présentation), chacune avec sa date d'entrée en vigueur, chargées en mémoire
 * dans des index à accès direct.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.nomenclatures;
