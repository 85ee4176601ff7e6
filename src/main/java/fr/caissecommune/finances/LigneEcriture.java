package fr.caissecommune.finances;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Une ligne d'écriture : un compte du plan, un montant au débit ou au crédit (jamais les deux, jamais négatif)
 * et, pour les comptes de tiers, la clé du tiers concerné (par exemple {@code foyer:<uuid>}).
 */
public record LigneEcriture(String compte, Montant debit, Montant credit, @Nullable String tiers) {

    private static final String OBJET = "Ligne d'écriture";

    public LigneEcriture {
        Controles.texte(compte, OBJET, "compte", 10);
        if (tiers != null) {
            Controles.texte(tiers, OBJET, "tiers", 100);
        }
        if (debit.estNegatif() || credit.estNegatif()) {
            throw new IllegalArgumentException("Ligne d'écriture invalide sur le compte " + compte
                    + " : montant négatif (débit " + debit + ", crédit " + credit + ")");
        }
        if (!debit.estNul() && !credit.estNul()) {
            throw new IllegalArgumentException("Ligne d'écriture invalide sur le compte " + compte
                    + " : une ligne est au débit ou au crédit, pas les deux (débit " + debit + ", crédit " + credit + ")");
        }
        if (debit.estNul() && credit.estNul()) {
            throw new IllegalArgumentException("Ligne d'écriture invalide sur le compte " + compte + " : montant nul");
        }
        debit = Controles.auCentime(debit, OBJET, "débit");
        credit = Controles.auCentime(credit, OBJET, "crédit");
    }

    public static LigneEcriture debit(String compte, Montant montant) {
        return new LigneEcriture(compte, montant, Montant.ZERO, null);
    }

    public static LigneEcriture debit(String compte, Montant montant, @Nullable String tiers) {
        return new LigneEcriture(compte, montant, Montant.ZERO, tiers);
    }

    public static LigneEcriture credit(String compte, Montant montant) {
        return new LigneEcriture(compte, Montant.ZERO, montant, null);
    }

    public static LigneEcriture credit(String compte, Montant montant, @Nullable String tiers) {
        return new LigneEcriture(compte, Montant.ZERO, montant, tiers);
    }
}
