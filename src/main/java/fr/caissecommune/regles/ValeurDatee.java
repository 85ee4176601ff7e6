package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Une valeur d'un paramètre à compter de sa date d'effet, avec les références juridiques en vigueur à cette
 * date. Une valeur absente signifie que le paramètre cesse de s'appliquer.
 */
public record ValeurDatee(LocalDate dateEffet, @Nullable BigDecimal valeur, List<Reference> references) {

    public ValeurDatee {
        references = List.copyOf(references);
    }
}
