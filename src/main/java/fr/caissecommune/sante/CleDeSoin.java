package fr.caissecommune.sante;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Ce qui identifie un soin pour le contrôle des doublons : le bénéficiaire, l'exécutant, la date, l'acte (code,
 * coefficient, activité et phase) et la quantité. Le même soin payé deux fois est la première anomalie que
 * cherche le contrôle.
 */
public record CleDeSoin(String nir, String rpps, LocalDate date, String code, BigDecimal coefficient, int activite, int phase, int quantite) {

    public CleDeSoin {
        coefficient = coefficient.stripTrailingZeros();
    }

    public static CleDeSoin de(FeuilleDeSoins feuille, LigneDeSoins ligne) {
        return new CleDeSoin(feuille.nir().valeur(), feuille.executant().rpps().valeur(), feuille.dateDesSoins(), ligne.code().toString(),
                ligne.coefficient(), ligne.activite(), ligne.phase(), ligne.quantite());
    }
}
