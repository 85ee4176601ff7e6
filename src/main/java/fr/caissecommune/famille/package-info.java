/**
 * Prestations familiales (CSS, livre V) : dossiers des allocataires, calcul mois par mois des droits à partir de
 * la situation datée du foyer et des paramètres législatifs en vigueur, paie mensuelle (le 5 du mois suivant),
 * réexamen des mois passés quand la situation change — l'écart devient un rappel (versé à la paie suivante)
 * ou un indu (récupéré par retenue sur les prestations à venir dans la limite du barème légal, CSS L553-2 et
 * D553-1).
 *
 * <p>Sigles : AF (allocations familiales, CSS L521-1), BMAF (base mensuelle de calcul des allocations
 * familiales, L551-1), CRDS (contribution pour le remboursement de la dette sociale, ordonnance 96-50 art. 19),
 * CAF (caisse d'allocations familiales, rôle tenu ici par la caisse commune), CF (complément familial, L522-1), ARS
 * (allocation de rentrée scolaire, L543-1), ASF (allocation de soutien familial, L523-1), PAJE (prestation d'accueil du
 * jeune enfant, L531-1), AEEH (allocation d'éducation de l'enfant handicapé, L541-1), AAH (allocation aux adultes
 * handicapés, L821-1), AJPP (allocation journalière de présence parentale, L544-1), AJPA (allocation journalière du
 * proche aidant, L168-8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Famille",
        allowedDependencies = { "commun", "regles", "referentiel", "finances", "socle" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille;
