/**
 * Noyau partagé : les types valeurs que toutes les branches emploient (NIR, SIREN/SIRET, RPPS, IBAN/BIC,
 * code commune INSEE, montant en euros, période). Aucun bean, aucune entrée-sortie : chaque type se valide à
 * la construction ({@code Nir.of("…")}), de sorte qu'une valeur invalide ne peut pas exister au-delà de la
 * frontière d'entrée.
 *
 * <p>Sigles : NIR (numéro d'inscription au répertoire), SIREN/SIRET (identifiants d'entreprise et
 * d'établissement), RPPS (répertoire partagé des professionnels de santé), IBAN/BIC (coordonnées bancaires).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commun", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fr.caissecommune.commun;
