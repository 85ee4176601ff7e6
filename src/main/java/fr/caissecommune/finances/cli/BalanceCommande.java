package fr.caissecommune.finances.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.finances.Comptabilite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caisse balance [--au AAAA-MM-JJ]} : la balance générale des comptes. */
@Component
@Command(name = "balance", mixinStandardHelpOptions = true,
        description = "Affiche la balance générale des comptes (débits, crédits, soldes) ; code de sortie 1 si elle est déséquilibrée.")
class BalanceCommande implements Callable<Integer> {

    private static final String LIGNE = "%-6s  %-70.70s %18s %18s %18s%n";

    private final Comptabilite comptabilite;

    @Option(names = "--au", paramLabel = "AAAA-MM-JJ", converter = Dates.class, defaultValue = Option.NULL_VALUE,
            description = "Arrête la balance à cette date comptable (incluse) ; par défaut toutes les écritures.")
    @Nullable LocalDate au;

    @Spec
    @Nullable CommandSpec spec;

    BalanceCommande(Comptabilite comptabilite) {
        this.comptabilite = comptabilite;
    }

    @Override
    public Integer call() {
        var balance = au == null ? comptabilite.balance() : comptabilite.balance(au);
        var sortie = spec.commandLine().getOut();
        sortie.println(au == null ? "Balance générale" : "Balance générale au " + au.format(Dates.EN_FRANCAIS));
        sortie.printf(LIGNE, "Compte", "Libellé", "Débit", "Crédit", "Solde");
        for (var compte : balance.comptes()) {
            sortie.printf(LIGNE, compte.compte(), compte.libelle(), compte.debit().enFrancais(), compte.credit().enFrancais(),
                    compte.solde().enFrancais());
        }
        sortie.printf(LIGNE, "", "Total", balance.totalDebit().enFrancais(), balance.totalCredit().enFrancais(),
                balance.sommeDesSoldes().enFrancais());
        if (!balance.sommeDesSoldes().estNul()) {
            sortie.println("Balance déséquilibrée : les débits et les crédits diffèrent de " + balance.sommeDesSoldes().enFrancais() + ".");
            return 1;
        }
        sortie.println(balance.comptes().size() + " compte(s) mouvementé(s), balance équilibrée.");
        return 0;
    }
}
