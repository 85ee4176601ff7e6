package fr.caissecommune.recouvrement.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.DepotDesDeclarations;
import fr.caissecommune.recouvrement.EvaluationDesCotisations;
import fr.caissecommune.recouvrement.calcul.CotisationsSalariales;
import fr.caissecommune.recouvrement.calcul.SituationSalariale;
import fr.caissecommune.recouvrement.dsn.ControleDsn;
import fr.caissecommune.recouvrement.dsn.GenerateurDsn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code caisse bench dsn} et {@code caisse bench cotisations} : mesures de débit du recouvrement (lecture et contrôle
 * des DSN, calcul des cotisations comparé à l'oracle Urssaf mesuré dans le même lancement). Pas de test chronométré :
 * les chiffres vont dans docs/recouvrement-performance.md.
 */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Mesures de débit (recouvrement : dsn, cotisations).")
class CommandeBenchRecouvrement {

    private final EvaluationDesCotisations evaluation;
    private final DepotDesDeclarations depot;

    @Spec
    CommandSpec spec;

    CommandeBenchRecouvrement(EvaluationDesCotisations evaluation, DepotDesDeclarations depot) {
        this.evaluation = evaluation;
        this.depot = depot;
    }

    private void dire(String texte) {
        spec.commandLine().getOut().println(texte);
        spec.commandLine().getOut().flush();
    }

    @Command(name = "dsn", description = "Débit de lecture et de contrôle d'une DSN générée (Mo/s), et de son dépôt complet avec --depot.")
    int dsn(@Option(names = "--salaries", defaultValue = "50000", description = "salariés de la DSN (défaut ${DEFAULT-VALUE})") int salaries,
            @Option(names = "--tours", defaultValue = "3", description = "nombre de lectures mesurées (défaut ${DEFAULT-VALUE})") int tours,
            @Option(names = "--depot", description = "mesure aussi le dépôt complet (contrôle, enregistrement, anomalies)") boolean avecDepot) throws Exception {
        var mois = YearMonth.of(2026, 3);
        var fichier = Files.createTempFile("bench-dsn-", ".dsn");
        try {
            long t0 = System.nanoTime();
            var generateur = new GenerateurDsn("98765432", mois, salaries, 42, evaluation.parametresAu(mois.atEndOfMonth()));
            try (var w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(fichier), StandardCharsets.ISO_8859_1), 1 << 16)) {
                generateur.ecrire(w, salaries);
            }
            double mo = Files.size(fichier) / 1e6;
            dire(String.format("DSN générée : %d salariés, %.1f Mo, en %.1f s", salaries, mo, (System.nanoTime() - t0) / 1e9));
            Runtime.getRuntime().gc();
            double meilleur = Double.MAX_VALUE;
            for (int i = 0; i < tours; i++) {
                long debut = System.nanoTime();
                var r = ControleDsn.controler(fichier);
                double s = (System.nanoTime() - debut) / 1e9;
                meilleur = Math.min(meilleur, s);
                dire(String.format("  lecture et contrôle n° %d : %.2f s, %.1f Mo/s, %d salariés, %d erreur(s) bloquante(s)", i + 1, s, mo / s,
                        r.individus(), r.bloquantes().size()));
            }
            dire(String.format("Débit de lecture et contrôle DSN : %.1f Mo/s (meilleur tour), %.0f salariés/s", mo / meilleur, salaries / meilleur));
            Runtime.getRuntime().gc();
            long memoire = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            dire(String.format("Tas occupé après lecture et ramasse-miettes : %d Mio, pour un tas maximal de %d Mio (lecture en flux)", memoire / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20)));
            if (avecDepot) {
                long debut = System.nanoTime();
                var compteRendu = depot.deposer(fichier);
                double s = (System.nanoTime() - debut) / 1e9;
                dire(String.format("Dépôt complet (contrôle + enregistrement + recalcul) : %s en %.1f s, %.1f Mo/s, %.0f salariés/s, %d anomalie(s)",
                        compteRendu.acceptee() ? "acceptée" : "REJETÉE", s, mo / s, salaries / s, compteRendu.anomalies()));
            }
        } finally {
            Files.deleteIfExists(fichier);
        }
        return 0;
    }

    @Command(name = "cotisations", description = "Calculs de cotisations par seconde, comparés à l'oracle Urssaf mesuré dans le même lancement.")
    int cotisations(@Option(names = "--cas", defaultValue = "2000000", description = "calculs mesurés (défaut ${DEFAULT-VALUE})") int nombre,
            @Option(names = "--oracle", defaultValue = "100", description = "cas évalués par l'oracle (0 : sans oracle ; défaut ${DEFAULT-VALUE})") int casOracle)
            throws Exception {
        var grille = GrilleDeCas.cas(evaluation::parametresAu);
        var situations = new ArrayList<SituationSalariale>();
        for (var c : grille) {
            situations.add(CasDeLOracle.situation(c));
        }
        var parametres = situations.stream().map(s -> evaluation.parametresAu(s.date())).toList();
        // Préchauffage : compilation à la volée.
        long somme = 0;
        for (int i = 0; i < 200_000; i++) {
            somme += CotisationsSalariales.calculer(situations.get(i % situations.size()), parametres.get(i % situations.size())).lignes().size();
        }
        long debut = System.nanoTime();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < nombre; i++) {
            var c = CotisationsSalariales.calculer(situations.get(i % situations.size()), parametres.get(i % situations.size()));
            if ((i & 1023) == 0) {
                total = total.add(c.totalPatronal());
            }
            somme += c.lignes().size();
        }
        double s = (System.nanoTime() - debut) / 1e9;
        double parSeconde = nombre / s;
        dire(String.format("Moteur Java : %d calculs complets (lignes, réduction, totaux) en %.2f s : %.0f calculs/s, %.2f µs par calcul (contrôle %d, %s)",
                nombre, s, parSeconde, s * 1e6 / nombre, somme % 1000, total.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        var oracle = ConformiteOracle.installe();
        if (casOracle <= 0 || oracle.isEmpty()) {
            dire(oracle.isEmpty() ? "Oracle Urssaf non disponible (node, ../shared/tools/urssaf-oracle avec node_modules, ou URSSAF_ORACLE) : pas de comparaison."
                    : "Oracle non mesuré (--oracle 0).");
            return 0;
        }
        var echantillon = grille.subList(0, Math.min(casOracle, grille.size()));
        var entree = Files.createTempFile("bench-oracle-", ".jsonl");
        try {
            Files.write(entree, echantillon.stream().map(CommandeCotisations.JSON::writeValueAsString).toList(), StandardCharsets.UTF_8);
            var processus = new ProcessBuilder("node", "oracle.mjs").directory(oracle.get().toFile()).redirectInput(entree.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            var sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            processus.waitFor(30, TimeUnit.MINUTES);
            var resultats = new ArrayList<JsonNode>();
            sortie.lines().filter(l -> l.startsWith("{")).forEach(l -> resultats.add(CommandeCotisations.JSON.readTree(l)));
            double ms = resultats.stream().mapToDouble(r -> r.path("ms").asDouble()).sum();
            double oracleParSeconde = resultats.size() / (ms / 1000);
            var ecarts = ConformiteOracle.ecarts(echantillon, resultats, evaluation);
            dire(String.format("Oracle Urssaf (modele-social, publicodes) : %d cas en %.1f s d'évaluation : %.1f cas/s", resultats.size(), ms / 1000, oracleParSeconde));
            dire(String.format("Rapport : le moteur Java est %.0f fois plus rapide que l'oracle (objectif ≥ 10 000)", parSeconde / oracleParSeconde));
            dire("Résultats identiques au centime : " + (echantillon.size() - ecarts.size()) + " / " + echantillon.size()
                    + (ecarts.isEmpty() ? "" : " — écarts : " + ecarts.subList(0, Math.min(5, ecarts.size()))));
        } finally {
            Files.deleteIfExists(entree);
        }
        return 0;
    }

    /** Accès à l'oracle installé et comparaison au centime (partagés avec le test de conformité). */
    static final class ConformiteOracle {

        private ConformiteOracle() {
        }

        static Optional<Path> installe() {
            var candidats = new ArrayList<Path>();
            Optional.ofNullable(System.getenv("URSSAF_ORACLE")).map(Path::of).ifPresent(candidats::add);
            candidats.add(Path.of("..", "shared", "tools", "urssaf-oracle"));
            for (var c : candidats) {
                if (Files.isRegularFile(c.resolve("oracle.mjs")) && Files.isDirectory(c.resolve("node_modules/modele-social"))) {
                    try {
                        if (new ProcessBuilder("node", "--version").start().waitFor(20, TimeUnit.SECONDS)) {
                            return Optional.of(c);
                        }
                    } catch (Exception e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }

        /** Les cas dont au moins une valeur diffère de l'oracle au-delà du centime. */
        static List<String> ecarts(List<? extends JsonNode> cas, List<JsonNode> oracle, EvaluationDesCotisations evaluation) {
            var ecarts = new ArrayList<String>();
            for (int i = 0; i < Math.min(cas.size(), oracle.size()); i++) {
                var attendu = oracle.get(i).get("result");
                var nous = CasDeLOracle.resultat(cas.get(i), evaluation.evaluer(CasDeLOracle.situation(cas.get(i))));
                if (attendu == null || !egaux(nous, attendu)) {
                    ecarts.add(cas.get(i).path("id").asString());
                }
            }
            return ecarts;
        }

        private static boolean egaux(JsonNode nous, JsonNode oracle) {
            if (oracle.isObject()) {
                for (var nom : oracle.propertyNames()) {
                    if (nous.get(nom) == null || !egaux(nous.get(nom), oracle.get(nom))) {
                        return false;
                    }
                }
                return true;
            }
            if (oracle.isNumber()) {
                var a = nous.decimalValue();
                var b = oracle.decimalValue();
                return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0
                        || a.subtract(b).abs().compareTo(new BigDecimal("0.000001")) < 0;
            }
            return oracle.asString().equals(nous.asString());
        }
    }

}
