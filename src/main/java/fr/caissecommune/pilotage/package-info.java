/**
 * Le pilotage : les indicateurs du rapport d'activité et des contrats de gestion (COG/CPG), calculés à partir des
 * événements publiés par les branches — jamais en lisant les tables des autres modules. Chaque indicateur est une
 * série (indicateur, période, dimension) alimentée au fil de l'eau, rejouable depuis le registre des événements.
 *
 * <p>Sigles : COG (convention d'objectifs et de gestion), CPG (contrat pluriannuel de gestion).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pilotage", allowedDependencies = { "commun", "socle", "famille", "referentiel", "sante", "recouvrement" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.pilotage;
