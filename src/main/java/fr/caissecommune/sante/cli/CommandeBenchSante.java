package fr.caissecommune.sante.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.FeuilleSimulee;
import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.json.FormatDesDecomptes;
import fr.caissecommune.sante.json.FormatDesFeuilles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse bench liquidation} : mesure le débit de la liquidation sur un lot synthétique (par défaut un
 * million de feuilles) : lecture du JSON, liquidation seule, liquidation et écriture des décomptes JSON. Les
 * résultats vont dans {@code docs/performance.md}.
 */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Bancs d'essai (débits mesurés sur des données synthétiques).")
class CommandeBenchSante {

    private final LiquidationDesSoins liquidation;

    CommandeBenchSante(LiquidationDesSoins liquidation) {
        this.liquidation = liquidation;
    }

    @Command(name = "liquidation", mixinStandardHelpOptions = true,
            description = "Débit de la liquidation des feuilles de soins (simulation, en mémoire).")
    int liquidation(
            @Option(names = "--feuilles", defaultValue = "1000000", description = "Nombre de feuilles (défaut : ${DEFAULT-VALUE}).") int feuilles,
            @Option(names = "--beneficiaires", description = "Nombre de bénéficiaires (défaut : feuilles / 10).") @Nullable Integer beneficiaires,
            @Option(names = "--graine", defaultValue = "2026", description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).") long graine,
            @Option(names = "--ecrire", description = "Écrit aussi le lot généré dans ce fichier (pour chronométrer « caisse liquider »).")
            @Nullable Path fichier) throws IOException {
        if (feuilles < 1) {
            throw new IllegalArgumentException("--feuilles : nombre positif attendu, " + feuilles + " reçu");
        }
        int personnes = beneficiaires == null ? Math.max(1, feuilles / 10) : beneficiaires;
        var fils = Runtime.getRuntime().availableProcessors();
        ligne("Banc d'essai de la liquidation : %,d feuilles, %,d bénéficiaires, %d processeur(s)", feuilles, personnes, fils);

        var generateur = new GenerateurDeFeuilles(graine, personnes);
        var t0 = new Chrono();
        var lignes = new String[feuilles];
        IntStream.range(0, feuilles).parallel().forEach(i -> lignes[i] = generateur.feuille(i));
        ligne("  génération du lot JSON lines      : %s", duree(t0, feuilles));
        if (fichier != null) {
            Files.write(fichier, List.of(lignes), StandardCharsets.UTF_8);
            ligne("  lot écrit dans %s (%,d octets)", fichier, Files.size(fichier));
        }

        var format = FormatDesFeuilles.simulation();
        t0 = new Chrono();
        var lues = new FeuilleSimulee[feuilles];
        IntStream.range(0, feuilles).parallel().forEach(i -> {
            var lue = format.lire(lignes[i]);
            if (!lue.estValide()) {
                throw new IllegalStateException("feuille synthétique illisible : " + lue.erreur());
            }
            lues[i] = lue.feuille();
        });
        ligne("  lecture et validation du JSON     : %s", duree(t0, feuilles));
        var lot = List.of(lues);

        liquidation.simuler(lot.subList(0, Math.min(feuilles, 200_000)));
        t0 = new Chrono();
        var payes = new long[1];
        liquidation.simuler(lot, d -> d.estPaye(), LiquidationDesSoins.TRANCHE, tranche -> tranche.forEach(p -> payes[0] += p ? 1 : 0));
        ligne("  liquidation (calcul seul)         : %s", duree(t0, feuilles));

        liquidation.simuler(lot.subList(0, Math.min(feuilles, 200_000)), d -> FormatDesDecomptes.ecrire(d).getBytes(StandardCharsets.UTF_8));
        t0 = new Chrono();
        var octets = new long[1];
        liquidation.simuler(lot, d -> FormatDesDecomptes.ecrire(d).getBytes(StandardCharsets.UTF_8), LiquidationDesSoins.TRANCHE,
                tranche -> tranche.forEach(e -> octets[0] += e.length + 1));
        ligne("  liquidation et écriture JSON      : %s", duree(t0, feuilles));
        ligne("  décomptes payés : %,d, rejetés : %,d ; sortie JSON lines : %,d octets", payes[0], feuilles - payes[0], octets[0]);
        return 0;
    }

    /** Le temps écoulé et le temps processeur consommé par la JVM (tous fils, ramassage des miettes compris). */
    private static final class Chrono {
        private static final com.sun.management.OperatingSystemMXBean SYSTEME =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        final long debut = System.nanoTime();
        final long processeur = SYSTEME.getProcessCpuTime();
    }

    /**
     * Le débit mesuré, et le débit rapporté au temps processeur (feuilles par seconde et par processeur) : sur
     * une machine partagée, le second est le plus stable.
     */
    private static String duree(Chrono chrono, int feuilles) {
        double secondes = (System.nanoTime() - chrono.debut) / 1e9;
        double processeur = (Chrono.SYSTEME.getProcessCpuTime() - chrono.processeur) / 1e9;
        return String.format(Locale.FRANCE, "%6.2f s, %,9.0f feuilles/s ; %5.1f µs processeur par feuille, soit %,9.0f feuilles/s par processeur",
                secondes, feuilles / secondes, processeur * 1e6 / feuilles, feuilles / processeur);
    }

    private static void ligne(String format, Object... valeurs) {
        var octets = (String.format(Locale.FRANCE, format, valeurs) + "\n").getBytes(StandardCharsets.UTF_8);
        System.out.write(octets, 0, octets.length);
        System.out.flush();
    }
}
