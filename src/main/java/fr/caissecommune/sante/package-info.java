/**
 * Assurance maladie, prestations en nature : la liquidation des feuilles de soins en décomptes. Tarification
 * (NGAP, CCAM, BDPM), taux de remboursement par catégorie de soins (CSS, art. R160-5), exonérations du ticket
 * modérateur (ALD, maternité, AT/MP, C2S, AME), participation forfaitaire et franchises (CSS, art. L160-13),
 * majoration hors parcours de soins coordonnés (CSS, art. L162-5-3), contrôles (bénéficiaire, droits,
 * nomenclatures, prescription, doublons) et paiement à l'assuré ou au professionnel (tiers payant).
 *
 * <p>Sigles : AMO (assurance maladie obligatoire), ALD (affection de longue durée), AME (aide médicale de
 * l'État), AT/MP (accident du travail, maladie professionnelle), B2 (norme d'échange des factures des
 * établissements et centres), BDPM (base de données publique des médicaments), BRSS (base de remboursement de la
 * sécurité sociale), C2S (complémentaire santé solidaire), CCAM (classification commune des actes médicaux), CIP
 * (code identifiant de présentation d'un médicament), FSE (feuille de soins électronique), NGAP (nomenclature
 * générale des actes professionnels), OPTAM (option de pratique tarifaire maîtrisée), PF (participation
 * forfaitaire), PS (professionnel de santé), PUMa (protection universelle maladie), RPPS (répertoire partagé des
 * professionnels de santé), SEFi (service électronique de facturation intégrée), SMR (service médical rendu),
 * TM (ticket modérateur).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Santé", allowedDependencies = { "commun", "regles", "referentiel", "socle", "finances" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante;
