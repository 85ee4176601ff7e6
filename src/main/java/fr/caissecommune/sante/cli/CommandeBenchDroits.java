package fr.caissecommune.sante.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;

import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.sante.DroitsSante;
import fr.caissecommune.sante.RepriseDesDroits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse bench droits} : le coût de la lecture des situations des bénéficiaires par la liquidation, sur la
 * base configurée (département simulé chargé par {@code caisse simuler}) : toutes en mémoire, par lots de NIR, une
 * à une. Les résultats vont dans {@code docs/performance.md}.
 */
@Component
@Command(name = "bench", description = "Mesures de débit (droits santé).")
class CommandeBenchDroits {

    private final DroitsSante droits;
    private final RepriseDesDroits reprise;

    CommandeBenchDroits(DroitsSante droits, RepriseDesDroits reprise) {
        this.droits = droits;
        this.reprise = reprise;
    }

    @Command(name = "droits", description = "Lecture des situations des bénéficiaires : toutes en mémoire, par lots de NIR, une à une.")
    int droits(@Option(names = "--lot", defaultValue = "5000", description = "NIR par lot (défaut ${DEFAULT-VALUE})") int taille,
            @Option(names = "--nir", defaultValue = "200000", description = "NIR lus par lots (défaut ${DEFAULT-VALUE})") int nombre,
            @Option(names = "--unitaires", defaultValue = "2000", description = "lectures une à une (défaut ${DEFAULT-VALUE})") int unitaires) {
        if (taille < 1 || nombre < 1 || unitaires < 0) {
            throw new IllegalArgumentException("--lot et --nir : nombres positifs attendus");
        }
        var nirs = new ArrayList<>(reprise.nirs(Integer.MAX_VALUE));
        if (nirs.isEmpty()) {
            throw new IllegalArgumentException("Aucun bénéficiaire dans la base : chargez d'abord un département (caisse simuler)");
        }
        Collections.shuffle(nirs, new Random(2026));
        System.out.printf("Banc d'essai des droits : %,d bénéficiaires avec NIR, %d processeur(s)%n", nirs.size(),
                Runtime.getRuntime().availableProcessors());

        System.gc();
        long avant = memoire();
        long t0 = System.nanoTime();
        var toutes = droits.toutesLesSituations();
        double s = (System.nanoTime() - t0) / 1e9;
        System.gc();
        System.out.printf("  toutes en mémoire  : %,d situations en %.2f s (%,.0f /s), %,d Mio de tas%n", toutes.size(), s, toutes.size() / s,
                (memoire() - avant) / (1024 * 1024));
        toutes = null;

        int lus = 0;
        int trouves = 0;
        t0 = System.nanoTime();
        for (int debut = 0; lus < nombre; debut = (debut + taille) % nirs.size()) {
            var lot = nirs.subList(debut, Math.min(nirs.size(), debut + taille));
            trouves += droits.situations(lot).size();
            lus += lot.size();
        }
        s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  par lots de %,d    : %,d NIR (%,d trouvés) en %.2f s (%,.0f NIR/s)%n", taille, lus, trouves, s, lus / s);

        t0 = System.nanoTime();
        for (int i = 0; i < unitaires; i++) {
            droits.situation(Nir.of(nirs.get(i % nirs.size())));
        }
        s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  une à une          : %,d NIR en %.2f s (%,.0f NIR/s)%n", unitaires, s, unitaires / s);
        return 0;
    }

    private static long memoire() {
        var r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
