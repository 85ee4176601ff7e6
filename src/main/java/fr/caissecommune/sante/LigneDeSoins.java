package fr.caissecommune.sante;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Une ligne de facturation d'une feuille de soins : l'acte ou le produit, son coefficient (NGAP), la quantité
 * (actes, boîtes, trajets), le montant facturé pour la ligne (absent : le tarif), le lien avec une ALD
 * (ordonnancier bizone) et, pour la CCAM, l'activité et la phase.
 */
public record LigneDeSoins(CodeActe code, BigDecimal coefficient, int quantite, @Nullable Montant montantFacture,
        boolean enRapportAvecUneAld, int activite, int phase) {

    public LigneDeSoins {
        if (coefficient.signum() <= 0) {
            throw new IllegalArgumentException("coefficient invalide : " + coefficient.toPlainString() + " (nombre positif attendu)");
        }
        if (quantite < 1) {
            throw new IllegalArgumentException("quantité invalide : " + quantite + " (entier supérieur ou égal à 1 attendu)");
        }
        if (montantFacture != null && montantFacture.estNegatif()) {
            throw new IllegalArgumentException("montant facturé négatif : " + montantFacture);
        }
        coefficient = coefficient.stripTrailingZeros();
    }

    /** Une ligne simple : le code, coefficient 1, quantité 1, facturée au tarif. */
    public static LigneDeSoins de(String code) {
        return new LigneDeSoins(CodeActe.of(code), BigDecimal.ONE, 1, null, false, 1, 0);
    }

    /** Le code suivi du coefficient quand il n'est pas 1 : {@code AMS 7.5}. */
    public String libelle() {
        return coefficient.compareTo(BigDecimal.ONE) == 0 ? code.toString() : code + " " + coefficient.toPlainString();
    }
}
