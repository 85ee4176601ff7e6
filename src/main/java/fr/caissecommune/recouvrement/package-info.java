/**
 * Recouvrement : réception et contrôle des déclarations sociales nominatives (DSN), calcul des cotisations et
 * contributions sociales dues pour chaque salarié et chaque mois, comparaison avec ce que l'employeur a déclaré
 * (CSS, livre II, titre IV : articles L241-1 et suivants ; article L133-5-3 pour la DSN).
 *
 * <p>Sigles : DSN (déclaration sociale nominative), NIR (numéro d'inscription au répertoire), SIRET (identifiant
 * d'établissement), CTP (code type de personnel du bordereau Urssaf), PSS / PMSS (plafond de la sécurité sociale,
 * mensuel), SMIC (salaire minimum interprofessionnel de croissance), AT/MP (accidents du travail et maladies
 * professionnelles), CSG / CRDS (contribution sociale généralisée, contribution au remboursement de la dette
 * sociale), FNAL (fonds national d'aide au logement), CSA (contribution solidarité autonomie), AGS (régime de
 * garantie des salaires), CEG / CET (contributions d'équilibre général et technique Agirc-Arrco), APEC
 * (association pour l'emploi des cadres), PEEC (participation à l'effort de construction), CFP (contribution à la
 * formation professionnelle), RGDU (réduction générale dégressive unique, depuis 2026).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recouvrement", allowedDependencies = { "commun", "regles", "socle", "finances" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.recouvrement;
