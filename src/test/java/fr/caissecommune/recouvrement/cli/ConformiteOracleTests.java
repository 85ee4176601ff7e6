package fr.caissecommune.recouvrement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.caissecommune.recouvrement.ParametresLegaux;
import fr.caissecommune.recouvrement.calcul.CotisationsSalariales;
import tools.jackson.databind.JsonNode;

/**
 * Conformité du calcul des cotisations salariales avec l'oracle Urssaf (modele-social) : chaque ligne et chaque
 * total de chaque cas de la grille doit être égal au centime. Les résultats de l'oracle sont enregistrés dans
 * {@code recouvrement/oracle/attendu.jsonl} ; quand node et l'oracle installé sont disponibles, l'oracle est aussi
 * relancé en direct.
 */
class ConformiteOracleTests {

    static final String GRILLE = "/recouvrement/oracle/grille.jsonl";
    static final String ATTENDU = "/recouvrement/oracle/attendu.jsonl";

    @Test
    void chaqueLigneEtChaqueTotalDeLaGrilleEgaleLOracleAuCentime() throws IOException {
        var cas = lire(GRILLE);
        var attendus = parId(lire(ATTENDU));

        var ecarts = comparer(cas, attendus);

        assertThat(cas).hasSizeGreaterThanOrEqualTo(300);
        assertThat(attendus).hasSameSizeAs(cas);
        assertThat(ecarts).as("écarts avec l'oracle enregistré").isEmpty();
    }

    @Test
    void unEcartDUnCentimeAvecLOracleEstDetecte() throws IOException {
        var cas = lire(GRILLE).subList(0, 1);
        var attendu = (tools.jackson.databind.node.ObjectNode) lire(ATTENDU).get(0).deepCopy();
        var employeur = (tools.jackson.databind.node.ObjectNode) attendu.get("result").get("lines_employeur");
        employeur.put("maladie", employeur.get("maladie").decimalValue().add(new BigDecimal("0.01")));

        var ecarts = comparer(cas, parId(List.of(attendu)));

        assertThat(ecarts).singleElement().asString().contains("lines_employeur.maladie");
    }

    @Test
    void laGrilleCouvreLesSituationsExigees() throws IOException {
        var cas = lire(GRILLE);

        assertThat(cas).anyMatch(c -> c.has("heures_semaine"));
        assertThat(cas).anyMatch(c -> c.path("cadre").asBoolean());
        assertThat(cas).anyMatch(c -> c.path("contrat").asString().equals("CDD"));
        assertThat(cas).extracting(c -> c.path("effectif").asInt()).contains(10, 11, 49, 50, 250);
        assertThat(cas).allMatch(c -> c.path("date").asString().endsWith("2026"));
        assertThat(cas).extracting(c -> c.get("brut_mensuel").decimalValue()).anyMatch(b -> b.compareTo(new BigDecimal("40050")) >= 0);
    }

    @Test
    void lOracleRelanceEnDirectDonneLesResultatsEnregistresEtLesNotres() throws Exception {
        var oracle = oracleInstalle();
        assumeTrue(oracle.isPresent(), "Oracle Urssaf non disponible (node, ../shared/tools/urssaf-oracle avec node_modules "
                + "ou URSSAF_ORACLE=/chemin/vers/urssaf-oracle) : comparaison en direct ignorée, la comparaison avec les "
                + "résultats enregistrés suffit.");
        var grille = Files.createTempFile("grille", ".jsonl");
        try (var in = ConformiteOracleTests.class.getResourceAsStream(GRILLE)) {
            Files.copy(in, grille, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var processus = new ProcessBuilder("node", "oracle.mjs").directory(oracle.get().toFile())
                .redirectInput(grille.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(processus.waitFor(15, TimeUnit.MINUTES)).isTrue();
        var direct = new ArrayList<JsonNode>();
        sortie.lines().filter(l -> l.startsWith("{")).forEach(l -> direct.add(CommandeCotisations.JSON.readTree(l)));

        var ecarts = comparer(lire(GRILLE), parId(direct));

        assertThat(direct).hasSize(lire(GRILLE).size());
        assertThat(ecarts).as("écarts avec l'oracle relancé").isEmpty();
    }

    static Optional<Path> oracleInstalle() {
        return CommandeBenchRecouvrement.ConformiteOracle.installe();
    }

    /** Compare notre résultat à celui de l'oracle pour chaque cas : la liste des écarts, en clair. */
    static List<String> comparer(List<JsonNode> cas, Map<String, JsonNode> attendus) {
        var ecarts = new ArrayList<String>();
        for (var c : cas) {
            var id = c.get("id").asString();
            var attendu = attendus.get(id);
            if (attendu == null || !attendu.has("result")) {
                ecarts.add(id + " : pas de résultat de l'oracle");
                continue;
            }
            var calcul = CotisationsSalariales.calculer(CasDeLOracle.situation(c), ParametresLegaux.au(CasDeLOracle.date(c)));
            comparer(id, "", CasDeLOracle.resultat(c, calcul), attendu.get("result"), ecarts);
        }
        return ecarts;
    }

    private static void comparer(String id, String chemin, JsonNode nous, JsonNode oracle, List<String> ecarts) {
        if (oracle.isObject()) {
            for (var nom : oracle.propertyNames()) {
                var notre = nous.get(nom);
                if (notre == null) {
                    ecarts.add(id + " : clé " + chemin + nom + " absente de notre résultat");
                } else {
                    comparer(id, chemin + nom + ".", notre, oracle.get(nom), ecarts);
                }
            }
        } else if (oracle.isNumber()) {
            var a = nous.decimalValue();
            var b = oracle.decimalValue();
            boolean coefficient = chemin.contains("coefficient");
            if (!(coefficient ? a.subtract(b).abs().compareTo(new BigDecimal("1e-9")) < 0 : egauxAuCentime(a, b))) {
                ecarts.add(id + " : " + chemin.substring(0, chemin.length() - 1) + " = " + a.toPlainString() + ", oracle " + b.toPlainString());
            }
        } else if (!oracle.equals(nous) && !(oracle.isBoolean() && oracle.asBoolean() == nous.asBoolean())) {
            ecarts.add(id + " : " + chemin.substring(0, chemin.length() - 1) + " = " + nous + ", oracle " + oracle);
        }
    }

    /** Égaux au centime : mêmes arrondis au centime, ou écart de représentation binaire de l'oracle sur une demie. */
    static boolean egauxAuCentime(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0
                || a.subtract(b).abs().compareTo(new BigDecimal("0.000001")) < 0;
    }

    static List<JsonNode> lire(String ressource) throws IOException {
        try (InputStream in = ConformiteOracleTests.class.getResourceAsStream(ressource)) {
            assertThat(in).as(ressource).isNotNull();
            var lignes = new ArrayList<JsonNode>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{"))
                    .forEach(l -> lignes.add(CommandeCotisations.JSON.readTree(l)));
            return lignes;
        }
    }

    static Map<String, JsonNode> parId(List<JsonNode> resultats) {
        var parId = new LinkedHashMap<String, JsonNode>();
        resultats.forEach(r -> parId.put(r.path("id").asString(), r));
        return parId;
    }
}
