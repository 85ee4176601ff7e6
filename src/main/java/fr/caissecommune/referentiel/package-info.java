/**
 * Le référentiel : les personnes (identifiées par leur NIR), les foyers (allocataire, conjoint, enfants à
 * charge), les établissements employeurs (SIRET), les professionnels de santé (RPPS), les communes (code
 * officiel géographique de l'INSEE), et la <em>situation datée</em> de chacun : chaque fait (adresse, compte
 * bancaire, situation maritale, arrivée ou départ d'un membre du foyer, décès, ressources, emploi) est
 * enregistré une seule fois avec sa date d'effet, sa source et son auteur — « Dites-le nous une fois ». Un
 * changement et une correction sont deux opérations distinctes ; chacune est publiée
 * ({@link fr.caissecommune.referentiel.SituationModifiee}) pour que chaque branche réexamine ses droits.
 *
 * <p>Sigles : NIR (numéro d'inscription au répertoire), SIRET (identifiant d'établissement), RPPS (répertoire
 * partagé des professionnels de santé), COG (code officiel géographique).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiel", allowedDependencies = { "commun", "socle" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.referentiel;
