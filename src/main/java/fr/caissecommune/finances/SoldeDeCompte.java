package fr.caissecommune.finances;

import fr.caissecommune.commun.Montant;

/** Une ligne de la balance : les totaux des débits et des crédits d'un compte, et son solde. */
public record SoldeDeCompte(String compte, String libelle, Montant debit, Montant credit) {

    /** Débits moins crédits : positif pour un solde débiteur, négatif pour un solde créditeur. */
    public Montant solde() {
        return debit.moins(credit);
    }
}
