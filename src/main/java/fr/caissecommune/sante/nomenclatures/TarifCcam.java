package fr.caissecommune.sante.nomenclatures;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Les tarifs d'un acte CCAM pour une activité et une phase : grille du secteur 1 (et des adhérents OPTAM) et
 * grille hors secteur 1. Un tarif absent signifie « non pris en charge ».
 */
public record TarifCcam(int activite, int phase, @Nullable BigDecimal secteur1, @Nullable BigDecimal horsSecteur1) {

    public @Nullable BigDecimal selonLaGrille(boolean grilleDuSecteur1) {
        return grilleDuSecteur1 ? secteur1 : horsSecteur1;
    }
}
