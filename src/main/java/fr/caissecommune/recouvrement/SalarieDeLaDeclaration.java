package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Un salarié d'une DSN enregistrée : identité, brut du mois (somme des versements), contrat et taux AT/MP déclarés. */
public record SalarieDeLaDeclaration(int rang, String nom, String prenoms, @Nullable String nir, @Nullable LocalDate dateNaissance, BigDecimal brut,
        @Nullable String contrat, @Nullable BigDecimal tauxAt) {
}
