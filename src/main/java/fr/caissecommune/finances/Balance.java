package fr.caissecommune.finances;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * La balance générale des comptes mouvementés, arrêtée à une date (toutes les écritures si {@code au} est
 * absent). En partie double, le total des débits égale celui des crédits et la somme des soldes est nulle.
 */
public record Balance(@Nullable LocalDate au, List<SoldeDeCompte> comptes) {

    public Balance {
        comptes = List.copyOf(comptes);
    }

    public Montant totalDebit() {
        return comptes.stream().map(SoldeDeCompte::debit).reduce(Montant.ZERO, Montant::plus);
    }

    public Montant totalCredit() {
        return comptes.stream().map(SoldeDeCompte::credit).reduce(Montant.ZERO, Montant::plus);
    }

    /** La somme des soldes : nulle quand la comptabilité est équilibrée. */
    public Montant sommeDesSoldes() {
        return totalDebit().moins(totalCredit());
    }
}
