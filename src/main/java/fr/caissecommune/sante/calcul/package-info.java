/**
 * La liquidation d'une feuille de soins, en fonctions pures (ni Spring, ni entrée-sortie, ni horloge) : les
 * contrôles, la tarification de chaque ligne (NGAP, CCAM, BDPM), le taux de remboursement (CSS, art. R160-5,
 * L160-9, L160-14, L162-5-3, L861-3 ; CASF, art. L251-2), la participation forfaitaire et les franchises (CSS,
 * art. L160-13) et le paiement. Entrées : la feuille, la situation du bénéficiaire, ses cumuls, les soins déjà
 * liquidés, les paramètres législatifs à la date des soins et les nomenclatures ; sortie : le décompte et son
 * explication.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.calcul;
