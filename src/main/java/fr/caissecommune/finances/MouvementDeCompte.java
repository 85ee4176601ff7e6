package fr.caissecommune.finances;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/** Une ligne du grand livre d'un compte : l'écriture qui l'a mouvementé, au débit ou au crédit. */
public record MouvementDeCompte(long ecriture, LocalDate dateComptable, Journal journal, String libelle, String piece,
        Montant debit, Montant credit, @Nullable String tiers) {
}
