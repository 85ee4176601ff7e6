package fr.caissecommune.simulation.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.BeneficiairesEnregistres;
import fr.caissecommune.sante.CopieBrute;
import fr.caissecommune.sante.LiquidationEnregistree;
import fr.caissecommune.sante.RemboursementsDesSoins;
import fr.caissecommune.simulation.FeuillesDeSoinsSimulees;
import fr.caissecommune.simulation.Profil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse feuilles-de-soins} écrit les feuilles de soins simulées d'un département, un fichier par jour, et
 * charge ses bénéficiaires dans la branche santé ; {@code caisse bench liquidation-enregistree} mesure la
 * liquidation enregistrée de ces journées sur la base configurée (PostgreSQL dédié), puis la copie brute des
 * mêmes lignes dans les mêmes tables. Résultats : {@code docs/performance.md}.
 */
@Component
@Command(name = "bench", description = "Mesures de débit (santé simulée).")
class CommandeBenchSanteSimulee {

    private final BeneficiairesEnregistres beneficiaires;
    private final LiquidationEnregistree liquidation;
    private final RemboursementsDesSoins remboursements;
    private final CopieBrute copie;

    CommandeBenchSanteSimulee(BeneficiairesEnregistres beneficiaires, LiquidationEnregistree liquidation, RemboursementsDesSoins remboursements,
            CopieBrute copie) {
        this.beneficiaires = beneficiaires;
        this.liquidation = liquidation;
        this.remboursements = remboursements;
        this.copie = copie;
    }

    /** Charge les bénéficiaires simulés et leurs comptes dans la branche santé, par paquets. */
    static void charger(FeuillesDeSoinsSimulees simulees, BeneficiairesEnregistres beneficiaires) {
        int n = simulees.beneficiaires();
        for (int debut = 0; debut < n; debut += 200_000) {
            int fin = Math.min(n, debut + 200_000);
            beneficiaires.enregistrer(simulees.situations(debut, fin));
            beneficiaires.enregistrerComptes(simulees.comptes(debut, fin));
        }
    }

    /** Écrit le fichier du jour s'il n'existe pas déjà ; rend son chemin. */
    static Path ecrireLeJour(FeuillesDeSoinsSimulees simulees, LocalDate jour, int feuilles, Path repertoire) throws IOException {
        Files.createDirectories(repertoire);
        var fichier = repertoire.resolve("feuilles-" + jour + ".jsonl");
        if (Files.exists(fichier)) {
            return fichier;
        }
        var partiel = repertoire.resolve("feuilles-" + jour + ".jsonl.part");
        try (BufferedWriter sortie = Files.newBufferedWriter(partiel, StandardCharsets.UTF_8)) {
            var lignes = new String[feuilles];
            java.util.stream.IntStream.range(0, feuilles).parallel().forEach(i -> lignes[i] = simulees.feuille(jour, i));
            for (var l : lignes) {
                sortie.write(l);
                sortie.write('\n');
            }
        }
        Files.move(partiel, fichier);
        return fichier;
    }

    @Command(name = "liquidation-enregistree", mixinStandardHelpOptions = true,
            description = "Liquidation enregistrée de journées simulées (PostgreSQL dédié), comparée à la copie brute des mêmes lignes.")
    int liquidationEnregistree(
            @Option(names = "--profil", defaultValue = "rhone", description = "lozere ou rhone (défaut ${DEFAULT-VALUE})") String profil,
            @Option(names = "--graine", defaultValue = "69", description = "graine (défaut ${DEFAULT-VALUE})") long graine,
            @Option(names = "--du", defaultValue = "2026-03-02", description = "premier jour de liquidation (défaut ${DEFAULT-VALUE})") LocalDate du,
            @Option(names = "--jours", defaultValue = "30", description = "nombre de journées (défaut ${DEFAULT-VALUE}, un mois)") int jours,
            @Option(names = "--feuilles-par-jour", description = "défaut : volume annuel du profil / 365") @Nullable Integer parJour,
            @Option(names = "--repertoire", defaultValue = "data/bench-sante", description = "fichiers du jour (défaut ${DEFAULT-VALUE})") Path repertoire,
            @Option(names = "--tranche", defaultValue = "20000", description = "feuilles par transaction (défaut ${DEFAULT-VALUE})") int tranche,
            @Option(names = "--paiements", description = "met aussi en paiement chaque journée (mesuré à part)") boolean paiements,
            @Option(names = "--sans-copie-brute", description = "ne mesure pas la copie brute") boolean sansCopie,
            @Option(names = "--sans-chargement", description = "les bénéficiaires sont déjà chargés (même profil, même graine)") boolean dejaCharges)
            throws IOException, SQLException {
        var p = Profil.nomme(profil);
        long t0 = System.nanoTime();
        var simulees = new FeuillesDeSoinsSimulees(p, graine, LocalDate.of(du.getYear(), 1, 1));
        int feuilles = parJour == null ? simulees.feuillesParJour() : parJour;
        ligne("Banc d'essai de la liquidation enregistrée : %s, %,d bénéficiaires, %,d feuilles par jour, %d jour(s) à partir du %s, %d processeur(s)",
                p.nom(), simulees.beneficiaires(), feuilles, jours, du, Runtime.getRuntime().availableProcessors());
        ligne("  population simulée               : %6.1f s", secondes(t0));
        if (!dejaCharges) {
            t0 = System.nanoTime();
            charger(simulees, beneficiaires);
            ligne("  bénéficiaires et comptes chargés : %6.1f s", secondes(t0));
        }
        t0 = System.nanoTime();
        var fichiers = new ArrayList<Path>();
        long octets = 0;
        for (int j = 0; j < jours; j++) {
            var f = ecrireLeJour(simulees, du.plusDays(j), feuilles, repertoire);
            fichiers.add(f);
            octets += Files.size(f);
        }
        ligne("  fichiers des journées écrits     : %6.1f s (%,d octets)", secondes(t0), octets);

        var processeur = processeur();
        t0 = System.nanoTime();
        long total = 0, payees = 0;
        double paiement = 0;
        for (int j = 0; j < jours; j++) {
            long tj = System.nanoTime();
            var b = liquidation.liquider(fichiers.get(j), du.plusDays(j), tranche, Duration.ZERO, a -> {
            });
            total += b.feuilles();
            payees += b.payees();
            ligne("    %s : %,d feuilles, %,d payées, %,d rejetées en %5.1f s (%,.0f feuilles/s)", du.plusDays(j), b.feuilles(), b.payees(), b.rejetees(),
                    secondes(tj), b.feuilles() / secondes(tj));
            if (paiements) {
                long tp = System.nanoTime();
                var r = remboursements.ordonnancer(du.plusDays(j));
                paiement += secondes(tp);
                ligne("      mise en paiement : %,d ordres, %,d décomptes en %.1f s", r.ordres(), r.decomptes(), secondes(tp));
            }
        }
        double duree = secondes(t0) - paiement;
        double cpu = (processeur() - processeur) / 1e9;
        ligne("  liquidation enregistrée          : %,d décomptes (%,d payés) en %.1f s, %,.0f décomptes/s ; %.1f s processeur de la JVM",
                total, payees, duree, total / duree, cpu);
        if (!sansCopie) {
            var m = copie.mesurer(repertoire.resolve("copie-brute"));
            double s = m.duree().toMillis() / 1000.0;
            ligne("  copie brute des mêmes lignes     : %,d lignes (%,d octets) en %.1f s, soit %,.0f décomptes/s ; rapport %.2f", m.lignes(), m.octets(), s,
                    total / s, duree / s);
        }
        return 0;
    }

    private static long processeur() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double secondes(long debut) {
        return (System.nanoTime() - debut) / 1e9;
    }

    private static void ligne(String format, Object... valeurs) {
        var octets = (String.format(Locale.FRANCE, format, valeurs) + "\n").getBytes(StandardCharsets.UTF_8);
        System.out.write(octets, 0, octets.length);
        System.out.flush();
    }

    /** Les chemins des fichiers écrits, pour la commande de génération. */
    static List<Path> ecrire(FeuillesDeSoinsSimulees simulees, LocalDate du, int jours, int feuilles, Path repertoire) throws IOException {
        var fichiers = new ArrayList<Path>();
        for (int j = 0; j < jours; j++) {
            fichiers.add(ecrireLeJour(simulees, du.plusDays(j), feuilles, repertoire));
        }
        return fichiers;
    }
}
