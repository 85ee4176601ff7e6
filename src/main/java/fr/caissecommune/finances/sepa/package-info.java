/**
 * Fichiers SEPA au format ISO 20022 : virements ({@code pain.001.001.09}) et prélèvements
 * ({@code pain.008.001.08}) écrits en flux (StAX), sans garder les opérations en mémoire, puis validés en flux
 * contre les schémas XSD livrés dans {@code src/main/resources/sepa/}. Ni Spring, ni base de données : les
 * services du module fournissent les opérations ligne à ligne.
 *
 * <p>Sigles : EPC (European Payments Council, auteur des règles SEPA), ICS (identifiant créancier SEPA),
 * RUM (référence unique de mandat), XSD (schéma XML).
 */
@NullMarked
package fr.caissecommune.finances.sepa;

import org.jspecify.annotations.NullMarked;
