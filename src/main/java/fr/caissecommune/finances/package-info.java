/**
 * Finances : le côté argent des trois branches. Grand livre en partie double sur un plan de comptes inspiré du
 * PCUOSS ; ordres de paiement des prestations et fichiers de virements SEPA ; créances sur les tiers (indus,
 * puis cotisations) recouvrées par retenue, encaissement ou remise ; fichiers de prélèvements SEPA.
 *
 * <p>Séparation de l'ordonnateur et du comptable (décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion
 * budgétaire et comptable publique, dit GBCP, notamment son article 9 sur l'incompatibilité des deux
 * fonctions) : les modules métier ordonnancent les paiements et constatent les créances ; l'agent comptable
 * seul valide les paiements et remet les fichiers à la banque. La récupération d'un indu par retenue sur les
 * prestations à venir (CSS, art. L553-2 pour les prestations familiales) est décidée et plafonnée par le
 * module métier ; ce module n'en fournit que le mécanisme.
 *
 * <p>Sigles : PCUOSS (plan comptable unique des organismes de sécurité sociale), SEPA (espace unique de
 * paiement en euros), SCT / SDD (virement / prélèvement SEPA), EPC (European Payments Council), ICS
 * (identifiant créancier SEPA), RUM (référence unique de mandat), CRA (commission de recours amiable), CADES
 * (caisse d'amortissement de la dette sociale), CRDS (contribution au remboursement de la dette sociale), ANV
 * (admission en non-valeur).
 */
@ApplicationModule(displayName = "Finances", allowedDependencies = { "commun", "socle" })
@NullMarked
package fr.caissecommune.finances;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
