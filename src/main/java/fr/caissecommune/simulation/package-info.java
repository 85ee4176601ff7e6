/**
 * Les départements simulés : une population déterministe (même graine, même population) dont la forme suit les
 * rapports d'activité des caisses — habitants, pyramide des âges, foyers allocataires et leurs enfants,
 * ressources, coordonnées bancaires, employeurs, professionnels de santé — chargée par les interfaces de reprise
 * des modules. Elle sert à la démonstration, aux tests et aux mesures de performance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulation",
        allowedDependencies = { "commun", "referentiel", "famille", "finances", "socle", "sante", "recouvrement" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.simulation;
