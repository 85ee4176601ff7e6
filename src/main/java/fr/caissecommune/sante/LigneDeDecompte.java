package fr.caissecommune.sante;

import java.math.BigDecimal;

import fr.caissecommune.commun.Montant;

/**
 * Une ligne de décompte : la base de remboursement (BRSS, plafonnée au montant facturé), le taux appliqué, le
 * montant remboursé (base × taux, arrondi au centime), le dépassement (jamais remboursé) et la franchise imputée.
 */
public record LigneDeDecompte(int numero, CodeActe code, BigDecimal coefficient, int quantite, Montant montantFacture, Montant base,
        BigDecimal taux, Montant rembourse, Montant depassement, Montant franchise) {

    /** Le taux en pourcentage entier : 70 pour 0,70. */
    public int tauxEnPourcentage() {
        return taux.movePointRight(2).intValue();
    }
}
