package fr.caissecommune.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.caissecommune.famille.openfisca.CasOpenFisca;
import fr.caissecommune.famille.openfisca.ExecuteurDeCas;
import fr.caissecommune.famille.openfisca.ExecuteurDeCas.Comparaison;
import fr.caissecommune.famille.openfisca.LecteurDeCas;
import fr.caissecommune.famille.openfisca.ResultatDeCas;

/**
 * Les cas réglementaires au format d'OpenFisca : ceux livrés avec le projet ({@code regles/cas/**}) et, quand le
 * dépôt de référence est présent à côté du projet, tous les cas partagés qui attendent une variable calculée.
 * Un cas ignoré (situation ou variable non prise en charge) est un test interrompu, avec sa raison.
 */
class CasReglementairesTests {

    private static final JeuDeParametres PARAMETRES = JeuDeParametres.depuis(Parametres.lireLesFichiers());
    private static final ExecuteurDeCas EXECUTEUR = new ExecuteurDeCas(PARAMETRES);
    private static final Path CAS_PARTAGES = Path.of(System.getProperty("user.dir")).resolve("../shared/reference/famille/cas").normalize();
    private static final double TAUX_DE_REUSSITE_EXIGE = 0.95;

    @TestFactory
    Stream<DynamicNode> casLivres() {
        return casLivresParFichier().entrySet().stream().map(fichier -> DynamicContainer.dynamicContainer(fichier.getKey(),
                fichier.getValue().stream().map(cas -> test(cas, Comparaison.TOUTES_LES_SORTIES))));
    }

    @Test
    void auMoinsQuatreVingtQuinzePourCentDesCasAfLivresNonIgnoresReussissent() {
        var resultats = casLivresParFichier().values().stream().flatMap(List::stream).map(EXECUTEUR::executer).toList();
        var bilan = bilan("Cas livres (regles/cas)", resultats);
        assertThat(bilan.reussis + bilan.echoues).as("cas AF livrés non ignorés").isPositive();
        assertThat((double) bilan.reussis / (bilan.reussis + bilan.echoues)).as(bilan.texte).isGreaterThanOrEqualTo(TAUX_DE_REUSSITE_EXIGE);
    }

    @TestFactory
    Stream<DynamicNode> casPartagesDesAllocationsFamiliales() {
        Assumptions.assumeTrue(Files.isDirectory(CAS_PARTAGES),
                "Cas de référence partagés absents (" + CAS_PARTAGES + ") : seuls les cas livrés dans regles/cas sont exécutés");
        return casPartagesParFichier().entrySet().stream().map(fichier -> DynamicContainer.dynamicContainer(fichier.getKey(),
                fichier.getValue().stream().map(cas -> test(cas, Comparaison.SORTIES_PRISES_EN_CHARGE))));
    }

    @Test
    void bilanDesCasPartagesDesAllocationsFamiliales() {
        Assumptions.assumeTrue(Files.isDirectory(CAS_PARTAGES), "Cas de référence partagés absents (" + CAS_PARTAGES + ")");
        var resultats = casPartagesParFichier().values().stream().flatMap(List::stream)
                .map(cas -> EXECUTEUR.executer(cas, Comparaison.SORTIES_PRISES_EN_CHARGE)).toList();
        var bilan = bilan("Cas partagés (" + CAS_PARTAGES + ")", resultats);
        assertThat((double) bilan.reussis / Math.max(1, bilan.reussis + bilan.echoues)).as(bilan.texte)
                .isGreaterThanOrEqualTo(TAUX_DE_REUSSITE_EXIGE);
    }

    /** Les écarts connus entre OpenFisca et la loi appliquée par la caisse : nom du cas → raison. */
    private static final Map<String, String> ECARTS_CONNUS = ecartsConnus();

    private static DynamicTest test(CasOpenFisca cas, Comparaison comparaison) {
        return DynamicTest.dynamicTest(cas.nom(), () -> {
            var ecartConnu = ECARTS_CONNUS.get(cas.nom());
            switch (EXECUTEUR.executer(cas, comparaison)) {
                case ResultatDeCas.Reussi r -> {
                    if (ecartConnu != null) {
                        fail("écart connu qui ne se produit plus : retirer " + cas.nom() + " de famille/ecarts-connus.yaml");
                    }
                }
                case ResultatDeCas.Echoue e when ecartConnu != null -> Assumptions.abort("écart connu avec OpenFisca : " + ecartConnu + " — "
                        + e.enTexte());
                case ResultatDeCas.Echoue e -> fail(e.enTexte());
                case ResultatDeCas.Ignore i -> Assumptions.abort(i.enTexte());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> ecartsConnus() {
        try (var flux = CasReglementairesTests.class.getResourceAsStream("/famille/ecarts-connus.yaml")) {
            if (flux == null) {
                return Map.of();
            }
            Map<String, String> lus = new org.yaml.snakeyaml.Yaml().load(flux);
            return lus == null ? Map.of() : Map.copyOf(lus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<CasOpenFisca>> casLivresParFichier() {
        var parFichier = new TreeMap<String, List<CasOpenFisca>>();
        try {
            for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:regles/cas/**/*.yaml")) {
                var url = ressource.getURL().toString();
                var nom = url.substring(url.lastIndexOf("regles/cas/"));
                parFichier.put(nom, LecteurDeCas.lire(nom, ressource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parFichier;
    }

    private static Map<String, List<CasOpenFisca>> casPartagesParFichier() {
        var parFichier = new TreeMap<String, List<CasOpenFisca>>();
        try (var fichiers = Files.walk(CAS_PARTAGES)) {
            for (var fichier : fichiers.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                var nom = CAS_PARTAGES.relativize(fichier).toString();
                var cas = LecteurDeCas.lire(nom, Files.readString(fichier)).stream().filter(EXECUTEUR::concerne).toList();
                if (!cas.isEmpty()) {
                    parFichier.put(nom, cas);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parFichier;
    }

    private record Bilan(int reussis, int echoues, int ignores, String texte) {
    }

    /** Compte et affiche les résultats par fichier, puis le détail des échecs et des cas ignorés. */
    private static Bilan bilan(String titre, List<ResultatDeCas> resultats) {
        var parFichier = new TreeMap<String, int[]>();
        var details = new ArrayList<String>();
        for (var r : resultats) {
            var compte = parFichier.computeIfAbsent(r.fichier(), f -> new int[3]);
            switch (r) {
                case ResultatDeCas.Reussi ok -> compte[0]++;
                case ResultatDeCas.Echoue ko -> {
                    compte[1]++;
                    details.add(r.enTexte());
                }
                case ResultatDeCas.Ignore ignore -> {
                    compte[2]++;
                    details.add(r.enTexte());
                }
            }
        }
        var texte = new StringBuilder(titre).append(" — réussis / échoués / ignorés par fichier :\n");
        int[] total = new int[3];
        parFichier.forEach((fichier, c) -> {
            texte.append(String.format("  %-90s %4d %4d %4d%n", fichier, c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        texte.append(String.format("  %-90s %4d %4d %4d%n", "TOTAL", total[0], total[1], total[2]));
        details.forEach(d -> texte.append("  ").append(d).append('\n'));
        System.out.println(texte);
        return new Bilan(total[0], total[1], total[2], texte.toString());
    }
}
