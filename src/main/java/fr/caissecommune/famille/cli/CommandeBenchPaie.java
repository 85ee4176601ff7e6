package fr.caissecommune.famille.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.famille.MesureDeLaPaie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse bench paie} : la paie mensuelle de bout en bout (dossiers par seconde, persistance comprise), puis
 * le temps de calcul des règles seules par foyer, et le pic de mémoire. Les chiffres vont dans docs/performance.md.
 */
@Component
@Command(name = "bench", description = "Mesures de débit (famille : paie).")
class CommandeBenchPaie {

    private final MesureDeLaPaie mesure;

    CommandeBenchPaie(MesureDeLaPaie mesure) {
        this.mesure = mesure;
    }

    @Command(name = "paie", description = "Paie mensuelle sur les dossiers de la base : dossiers/s de bout en bout, puis calcul seul par foyer.")
    int paie(@Option(names = "--mois", required = true, description = "mois de droit AAAA-MM (une paie déjà faite n'est pas refaite)") String mois,
            @Option(names = "--tours-calcul", defaultValue = "3", description = "passages du calcul seul (défaut ${DEFAULT-VALUE})") int tours) {
        var leMois = YearMonth.parse(mois);
        var debut = System.nanoTime();
        var bilan = mesure.payer(leMois);
        double secondes = (System.nanoTime() - debut) / 1e9;
        System.out.printf("Paie %s : %s, %,d dossiers en %.1f s → %,.0f dossiers/s de bout en bout (lots de %d)%n", leMois, bilan.statut(),
                bilan.foyersTraites(), secondes, bilan.foyersTraites() / secondes, mesure.tailleDesLots());
        var calcul = mesure.calculSeul(leMois, tours);
        System.out.printf("Calcul seul de toutes les prestations servies : %,d foyers, %.2f µs par foyer (meilleur de %d passages, situations déjà en mémoire), chargement des situations %.1f s%n",
                calcul.foyers(), calcul.microsecondesParFoyer(), tours, calcul.secondesDeChargement());
        calcul.parPrestation().forEach((prestation, part) -> System.out.printf("  %-10s %8.2f µs par foyer, %,d droits ouverts%n", prestation.name(),
                part.microsecondesParFoyer(), part.droitsOuverts()));
        System.out.printf("Pic de mémoire du tas : %,d Mio ; processeurs : %d ; JVM : %s%n", picDuTas() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }

    static long picDuTas() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
