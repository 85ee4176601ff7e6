package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Une ligne de cotisation d'un salarié pour un mois : assiette, taux et montants, part salariale et part patronale.
 * Les montants sont exacts (non arrondis), comme dans le moteur de référence de l'Urssaf ; la DSN les déclare
 * arrondis au centime ({@link #montantSalarialArrondi()}).
 */
public record LigneDeCotisation(Cotisation cotisation, BigDecimal assiette, BigDecimal tauxSalarial, BigDecimal tauxPatronal,
        BigDecimal montantSalarial, BigDecimal montantPatronal) {

    static LigneDeCotisation de(Cotisation cotisation, BigDecimal assiette, BigDecimal tauxSalarial, BigDecimal tauxPatronal) {
        return new LigneDeCotisation(cotisation, assiette, tauxSalarial, tauxPatronal, assiette.multiply(tauxSalarial),
                assiette.multiply(tauxPatronal));
    }

    static LigneDeCotisation salariale(Cotisation cotisation, BigDecimal assiette, BigDecimal taux) {
        return de(cotisation, assiette, taux, BigDecimal.ZERO);
    }

    static LigneDeCotisation patronale(Cotisation cotisation, BigDecimal assiette, BigDecimal taux) {
        return de(cotisation, assiette, BigDecimal.ZERO, taux);
    }

    public BigDecimal montantSalarialArrondi() {
        return montantSalarial.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal montantPatronalArrondi() {
        return montantPatronal.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal tauxGlobal() {
        return tauxSalarial.add(tauxPatronal);
    }
}
