package fr.caissecommune.referentiel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Publié quand un fait de la situation d'une personne ou d'un foyer est enregistré, corrigé ou annulé.
 * {@code aCompterDu} est la plus ancienne date concernée : la date d'effet, ou pour une correction la plus
 * ancienne des deux dates (ancienne et nouvelle) ; c'est à partir d'elle que les droits sont réexaminés.
 */
public record SituationModifiee(FaitId fait, PersonneId personne, @Nullable FoyerId foyer, Fait.Nature nature,
        Operation operation, LocalDate aCompterDu, Source source, String libelle) {
}
