package fr.caissecommune.recouvrement.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.EvaluationDesCotisations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code caisse cotisations < cas.jsonl} : calcule les cotisations des cas au format de l'oracle Urssaf et écrit un
 * résultat par ligne avec les mêmes clés, pour comparer les deux fichiers ligne à ligne.
 */
@Component
@Command(name = "cotisations", mixinStandardHelpOptions = true,
        description = "Calcule les cotisations de cas au format de l'oracle Urssaf (JSONL sur l'entrée standard).")
class CommandeCotisations implements Callable<Integer> {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final EvaluationDesCotisations evaluation;
    private final fr.caissecommune.regles.Parametres parametres;

    @Spec
    CommandSpec spec;

    @Option(names = "--grille", description = "Écrit la grille de cas de conformité (JSONL) au lieu de calculer.")
    boolean grille;

    @Option(names = "--explication", description = "Ajoute l'explication en français de chaque calcul.")
    boolean explication;

    CommandeCotisations(EvaluationDesCotisations evaluation, fr.caissecommune.regles.Parametres parametres) {
        this.evaluation = evaluation;
        this.parametres = parametres;
    }

    @Override
    public Integer call() throws Exception {
        var sortie = new PrintWriter(spec.commandLine().getOut(), false);
        if (grille) {
            GrilleDeCas.cas(evaluation::parametresAu).forEach(c -> sortie.println(JSON.writeValueAsString(c)));
            sortie.flush();
            return 0;
        }
        int erreurs = 0;
        var entree = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String ligne; (ligne = entree.readLine()) != null;) {
            var texte = ligne.strip();
            if (texte.isEmpty() || texte.startsWith("#")) {
                continue;
            }
            var resultat = JSON.createObjectNode();
            JsonNode cas = null;
            try {
                cas = JSON.readTree(texte);
                resultat.put("id", cas.path("id").isMissingNode() ? null : cas.get("id").asString());
                resultat.put("type", cas.path("type").asString(""));
                resultat.set("input", cas);
                if (CasDeLOracle.estIndependant(cas)) {
                    resultat.set("result", CasDeLOracle.independant(cas, parametres));
                    sortie.println(JSON.writeValueAsString(resultat));
                    continue;
                }
                if (!CasDeLOracle.estSalarie(cas)) {
                    throw new IllegalArgumentException("type « " + cas.path("type").asString("")
                            + " » non pris en charge (salarie, independant ; voir docs/recouvrement-cotisations.md)");
                }
                var calcul = evaluation.evaluer(CasDeLOracle.situation(cas));
                resultat.set("result", CasDeLOracle.resultat(cas, calcul));
                if (explication) {
                    resultat.put("explication", calcul.explication().enTexte());
                }
            } catch (RuntimeException e) {
                erreurs++;
                resultat.put("error", e.getMessage());
                if (cas == null) {
                    resultat.put("input", texte);
                }
            }
            sortie.println(JSON.writeValueAsString(resultat));
        }
        sortie.flush();
        if (erreurs > 0) {
            spec.commandLine().getErr().println(erreurs + " cas en erreur (voir la clé « error »)");
        }
        return erreurs == 0 ? 0 : 1;
    }
}
