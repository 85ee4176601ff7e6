package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Un salaire déclaré en DSN pour un salarié : ce que la branche santé lira pour l'attestation de salaire des
 * indemnités journalières (CSS art. R323-10).
 */
public record SalaireDeclare(String siret, YearMonth mois, @Nullable LocalDate dateVersement, BigDecimal brut, @Nullable BigDecimal netVerse,
        UUID declaration) {
}
