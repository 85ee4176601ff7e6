package fr.caissecommune.recouvrement.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.SimulationDuRecouvrement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse simuler-dsn} : le recouvrement du département simulé (comptes cotisants dans les proportions de la
 * Lozère, DSN mensuelles générées et déposées, appels, paiements, retards, poursuites, plans, contrôles).
 */
@Component
@Command(name = "simuler-dsn", mixinStandardHelpOptions = true,
        description = "Simule le recouvrement : cotisants, DSN mensuelles générées et déposées, paiements, retards, plans, contrôles.")
class CommandeSimulerDsn implements Callable<Integer> {

    @Option(names = "--echelle", defaultValue = "0.05", description = "part de la population de cotisants de la Lozère (8 584 comptes) ; défaut : ${DEFAULT-VALUE}")
    double echelle;

    @Option(names = "--depuis", description = "premier mois d'emploi (AAAA-MM) ; défaut : janvier de l'année en cours")
    YearMonth depuis;

    @Option(names = "--jusqua", description = "dernier mois d'emploi (AAAA-MM) ; défaut : le mois dernier")
    YearMonth jusqua;

    @Option(names = "--graine", defaultValue = "48", description = "graine des tirages ; défaut : ${DEFAULT-VALUE}")
    long graine;

    private final SimulationDuRecouvrement simulation;

    CommandeSimulerDsn(SimulationDuRecouvrement simulation) {
        this.simulation = simulation;
    }

    @Override
    public Integer call() {
        var aujourdhui = LocalDate.now();
        var debut = Instant.now();
        var bilan = simulation.simuler(echelle, depuis == null ? YearMonth.of(aujourdhui.getYear(), 1) : depuis,
                jusqua == null ? YearMonth.from(aujourdhui).minusMonths(1) : jusqua, aujourdhui, graine, "Agent comptable (simulation)");
        System.out.println(bilan.enFrancais());
        System.out.printf("Durée : %d s%n", Duration.between(debut, Instant.now()).toSeconds());
        return 0;
    }
}
