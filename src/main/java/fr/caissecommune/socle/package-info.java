/**
 * Socle des agents : authentification (comptes de démonstration intégrés, OIDC en production),
 * habilitations par métier (accueil, technicien famille, comptable, direction…), journal d'audit de tout
 * accès aux données personnelles (qui, quand, quelle personne, pourquoi) et gabarit commun des écrans
 * (menu alimenté par les modules, pages d'erreur). Fondement : RGPD art. 30 et 32 (registre et traçabilité),
 * décret GBCP 2012-1246 (séparation ordonnateur / comptable).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle des agents", allowedDependencies = "commun")
@org.jspecify.annotations.NullMarked
package fr.caissecommune.socle;
