/**
 * Calcul pur des aides personnelles au logement en secteur locatif (APL, ALF, ALS ; CCH, art. L821-1 et suivants,
 * D823-16 et D823-17) : loyer retenu dans la limite du loyer plafond de la zone et de la composition du foyer, forfait
 * charges, participation personnelle selon les ressources des douze mois glissants (réforme du 1er janvier 2021),
 * dégressivité des loyers élevés, minoration forfaitaire, CRDS et seuil de versement.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul.logement;
