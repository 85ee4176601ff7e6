package fr.caissecommune.simulation.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

import org.springframework.stereotype.Component;

import fr.caissecommune.simulation.Profil;
import fr.caissecommune.simulation.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caisse bench simulation} : le temps de chargement d'un département simulé dans la base configurée (vide). */
@Component
@Command(name = "bench", description = "Mesures de débit (simulation).")
class CommandeBenchSimulation {

    private final Simulation simulation;

    CommandeBenchSimulation(Simulation simulation) {
        this.simulation = simulation;
    }

    @Command(name = "simulation", description = "Simule un département dans une base vide et mesure le temps et la mémoire.")
    int simulation(@Option(names = "--profil", defaultValue = "rhone", description = "lozere ou rhone (défaut ${DEFAULT-VALUE})") String profil,
            @Option(names = "--graine", defaultValue = "69", description = "graine (défaut ${DEFAULT-VALUE})") long graine) {
        var bilan = CommandeSimuler.charger(simulation, Profil.nomme(profil), graine);
        double secondes = bilan.duree().toMillis() / 1000.0;
        System.out.printf("Simulation %s : %,d habitants, %,d foyers, %,d employeurs, %,d PS en %.1f s (%,.0f habitants/s) ; pic du tas %,d Mio%n",
                profil, bilan.personnes(), bilan.foyers(), bilan.etablissements(), bilan.professionnels(), secondes,
                bilan.personnes() / secondes, ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024));
        return 0;
    }
}
