package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Une somme due par un cotisant : sa nature, sa période, sa date d'exigibilité, ce qui en a été payé, remis ou admis en non-valeur. */
public record Echeance(UUID id, UUID cotisant, NatureDEcheance nature, YearMonth periode, LocalDate exigibleLe, String libelle, BigDecimal montant,
        BigDecimal paye, BigDecimal remis, BigDecimal nonValeur, @Nullable UUID declaration) {

    public BigDecimal reste() {
        return montant.subtract(paye).subtract(remis).subtract(nonValeur);
    }
}
