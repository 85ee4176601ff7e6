package fr.caissecommune.simulation.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.simulation.Profil;
import fr.caissecommune.simulation.Simulation;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "simuler", mixinStandardHelpOptions = true,
        description = "Charge un département simulé (population, foyers, employeurs, professionnels de santé) dans une base vide.")
class CommandeSimuler implements Callable<Integer> {

    @Option(names = "--profil", defaultValue = "lozere", description = "lozere (76 519 habitants) ou rhone (1,9 million) ; défaut : ${DEFAULT-VALUE}")
    String profil;

    @Option(names = "--allocataires", description = "agrandit ou réduit le profil à ce nombre de foyers allocataires (mesures de volume, ex. 1000000)")
    Integer allocataires;

    @Option(names = "--annee", defaultValue = "2023", description = "année du rapport d'activité dont les volumes sont repris ; défaut : ${DEFAULT-VALUE}")
    int annee;

    @Option(names = "--graine", defaultValue = "48", description = "graine des tirages : même graine, même population ; défaut : ${DEFAULT-VALUE}")
    long graine;

    private final Simulation simulation;

    CommandeSimuler(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public Integer call() {
        var leProfil = allocataires == null ? Profil.nomme(profil) : Profil.nomme(profil).aLEchelle(allocataires);
        if (annee < 2012 || annee > LocalDate.now().getYear()) {
            throw new IllegalArgumentException("Année invalide : " + annee + " (rapports d'activité de 2012 à aujourd'hui)");
        }
        var bilan = charger(simulation, leProfil, graine);
        System.out.printf("Département simulé « %s » (volumes %d, graine %d) : %,d habitants, %,d foyers allocataires, %,d employeurs, %,d professionnels de santé en %d s%n",
                leProfil.nom(), annee, graine, bilan.personnes(), bilan.foyers(), bilan.etablissements(), bilan.professionnels(),
                bilan.duree().toSeconds());
        return 0;
    }

    static Simulation.Bilan charger(Simulation simulation, Profil profil, long graine) {
        try (ProgressBar barre = new ProgressBarBuilder().setTaskName("Simulation " + profil.nom()).setInitialMax(profil.habitants())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" hab.", 1).showSpeed().build()) {
            return simulation.simuler(profil, graine, LocalDate.now(), barre::stepBy);
        }
    }
}
