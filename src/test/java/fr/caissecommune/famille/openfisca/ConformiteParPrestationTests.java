package fr.caissecommune.famille.openfisca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import fr.caissecommune.famille.api.ApiDeCalculTestsAcces;

/**
 * Le bilan des cas partagés d'OpenFisca-France par prestation (tableau de docs/conformance.md) : un cas compte pour
 * une prestation quand il en attend une variable que la caisse calcule. Au moins 95 % des cas non ignorés de chaque
 * prestation réussissent.
 */
class ConformiteParPrestationTests {

    private static final Path CAS_PARTAGES = Path.of(System.getProperty("user.dir")).resolve("../shared/reference/famille/cas").normalize();

    /** Préfixe de variable → prestation, dans l'ordre des sections de docs/conformance.md. */
    static final Map<String, String> PRESTATIONS = new LinkedHashMap<>();

    static {
        PRESTATIONS.put("af", "AF");
        PRESTATIONS.put("cf", "CF");
        PRESTATIONS.put("ars", "ARS");
        PRESTATIONS.put("asf", "ASF");
        PRESTATIONS.put("paje", "PAJE");
        PRESTATIONS.put("aeeh", "AEEH");
        PRESTATIONS.put("aah", "AAH");
        PRESTATIONS.put("rsa", "RSA");
        PRESTATIONS.put("ppa", "PPA");
        PRESTATIONS.put("aide_logement", "Aides au logement");
        PRESTATIONS.put("apl", "Aides au logement");
        PRESTATIONS.put("alf", "Aides au logement");
        PRESTATIONS.put("als", "Aides au logement");
        PRESTATIONS.put("al", "Aides au logement");
    }

    private static String prestationDe(String nom) {
        var variable = nom.startsWith("crds_") ? nom.substring("crds_".length()) : nom;
        if (variable.equals("logement")) {
            return "Aides au logement";
        }
        return PRESTATIONS.entrySet().stream().filter(e -> variable.equals(e.getKey()) || variable.startsWith(e.getKey() + "_"))
                .map(Map.Entry::getValue).findFirst().orElse(variable.equals("prestations_familiales_base_ressources") || variable.equals("biactivite")
                        ? "AF" : "autre");
    }

    @SuppressWarnings("unchecked")
    private static final Map<String, String> ECARTS_CONNUS = ecartsConnus();

    @SuppressWarnings("unchecked")
    private static Map<String, String> ecartsConnus() {
        try (var flux = ConformiteParPrestationTests.class.getResourceAsStream("/famille/ecarts-connus.yaml")) {
            Map<String, String> lus = flux == null ? null : new org.yaml.snakeyaml.Yaml().load(flux);
            return lus == null ? Map.of() : Map.copyOf(lus);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void auMoinsQuatreVingtQuinzePourCentDesCasNonIgnoresReussissentPourChaquePrestation() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CAS_PARTAGES), "Cas de référence partagés absents (" + CAS_PARTAGES + ")");
        var executeur = new ExecuteurDeCas(ApiDeCalculTestsAcces.parametresLivres());
        var calculees = new java.util.HashSet<String>(executeur.variablesCalculees());
        executeur.dispositifs().forEach(d -> calculees.addAll(d.variablesIndividuelles()));
        var bilans = new TreeMap<String, int[]>();
        var echecs = new TreeMap<String, List<String>>();
        try (var fichiers = Files.walk(CAS_PARTAGES)) {
            for (var fichier : fichiers.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (var cas : LecteurDeCas.lire(CAS_PARTAGES.relativize(fichier).toString(), Files.readString(fichier))) {
                    var prestations = new java.util.TreeSet<String>();
                    variablesAttendues(cas).stream().filter(calculees::contains).forEach(v -> prestations.add(prestationDe(v)));
                    if (prestations.isEmpty()) {
                        continue;
                    }
                    var resultat = executeur.executer(cas, ExecuteurDeCas.Comparaison.SORTIES_PRISES_EN_CHARGE);
                    for (var prestation : prestations) {
                        var compte = bilans.computeIfAbsent(prestation, p -> new int[4]);
                        switch (resultat) {
                            case ResultatDeCas.Reussi r -> compte[0]++;
                            case ResultatDeCas.Echoue e when ECARTS_CONNUS.containsKey(cas.nom()) -> {
                                compte[1]++;
                                compte[3]++;
                                echecs.computeIfAbsent(prestation, p -> new ArrayList<>()).add(e.enTexte() + " — écart connu : " + ECARTS_CONNUS.get(cas.nom()));
                            }
                            case ResultatDeCas.Echoue e -> {
                                compte[1]++;
                                echecs.computeIfAbsent(prestation, p -> new ArrayList<>()).add(e.enTexte());
                            }
                            case ResultatDeCas.Ignore i -> compte[2]++;
                        }
                    }
                }
            }
        }
        var tableau = new StringBuilder("| Prestation | réussis | échoués (dont écarts connus) | ignorés | réussite | réussite hors écarts connus |\n"
                + "|---|---|---|---|---|---|\n");
        bilans.forEach((prestation, c) -> tableau.append(String.format("| %s | %d | %d (%d) | %d | %.1f %% | %.1f %% |%n", prestation, c[0], c[1], c[3], c[2],
                100.0 * c[0] / Math.max(1, c[0] + c[1]), 100.0 * c[0] / Math.max(1, c[0] + c[1] - c[3]))));
        echecs.forEach((prestation, liste) -> liste.forEach(e -> tableau.append("- ").append(prestation).append(" : ").append(e).append('\n')));
        System.out.println(tableau);
        // Les écarts connus (famille/ecarts-connus.yaml) sont ceux où OpenFisca s'écarte de la loi appliquée par la caisse.
        bilans.forEach((prestation, c) -> {
            if (c[0] + c[1] - c[3] > 0) {
                assertThat((double) c[0] / (c[0] + c[1] - c[3])).as(prestation + "\n" + tableau).isGreaterThanOrEqualTo(0.95);
            }
        });
    }

    private static List<String> variablesAttendues(fr.caissecommune.famille.openfisca.CasOpenFisca cas) {
        var variables = new ArrayList<String>();
        cas.sorties().forEach((cle, valeur) -> {
            if (List.of("individus", "familles", "foyers_fiscaux", "menages").contains(cle) && valeur instanceof Map<?, ?> membres) {
                membres.values().forEach(m -> {
                    if (m instanceof Map<?, ?> vars) {
                        vars.keySet().forEach(v -> variables.add(v.toString()));
                    }
                });
            } else {
                variables.add(cle);
            }
        });
        return variables;
    }
}
