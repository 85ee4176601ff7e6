package fr.caissecommune.sante;

import java.time.LocalDate;

/** Une grossesse déclarée : sa date de début et la date de l'accouchement (prévue, puis réelle). */
public record Grossesse(LocalDate debut, LocalDate accouchement) {

    public Grossesse {
        if (!accouchement.isAfter(debut)) {
            throw new IllegalArgumentException("grossesse invalide : l'accouchement (" + accouchement + ") doit suivre le début (" + debut + ")");
        }
    }
}
