package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Une demande d'immatriculation d'un compte cotisant. */
public record NouveauCotisant(CategorieDeCotisant categorie, String nom, @Nullable String siret, @Nullable String nir, @Nullable UUID personne,
        @Nullable String commune, LocalDate immatriculeLe, @Nullable Integer effectif, @Nullable BigDecimal tauxAt) {
}
