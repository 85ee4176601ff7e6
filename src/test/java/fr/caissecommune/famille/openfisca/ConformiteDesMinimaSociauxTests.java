package fr.caissecommune.famille.openfisca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;


/**
 * Conformité du RSA et de la prime d'activité aux cas d'OpenFisca-France : les cas livrés (regles/cas/famille/rsa,
 * …/prime_activite) passent tous ; parmi les cas partagés (../shared/reference/famille/cas) qui attendent une de ces
 * variables, au moins 95 % de ceux qui ne sont pas ignorés passent, prestation par prestation.
 */
class ConformiteDesMinimaSociauxTests {

    static final ExecuteurDeCas EXECUTEUR = new ExecuteurDeCas(fr.caissecommune.famille.calcul.ressources.BasesDeRessourcesTests.parametresLivres());
    static final Path CAS_PARTAGES = Path.of(System.getProperty("user.dir")).resolve("../shared/reference/famille/cas").normalize();
    static final Map<String, Set<String>> PRESTATIONS = new LinkedHashMap<>();

    static {
        PRESTATIONS.put("RSA", Set.of("rsa", "rsa_socle", "rsa_socle_majore", "rsa_majore_eligibilite", "rsa_forfait_logement",
                "rsa_base_ressources", "rsa_forfait_asf", "rsa_nb_enfants", "rsa_eligibilite"));
        PRESTATIONS.put("prime d'activité", Set.of("ppa", "ppa_eligibilite", "ppa_revenu_activite", "ppa_montant_forfaitaire_familial_non_majore",
                "ppa_forfait_logement"));
    }

    record Bilan(int reussis, int echoues, int ignores, String texte) {
        double taux() {
            return reussis + echoues == 0 ? 1 : (double) reussis / (reussis + echoues);
        }
    }

    static Bilan bilan(String titre, List<CasOpenFisca> cas, ExecuteurDeCas.Comparaison comparaison) {
        int[] total = new int[3];
        var details = new ArrayList<String>();
        for (var c : cas) {
            var r = EXECUTEUR.executer(c, comparaison);
            switch (r) {
                case ResultatDeCas.Reussi ok -> total[0]++;
                case ResultatDeCas.Echoue ko -> {
                    total[1]++;
                    details.add(r.enTexte());
                }
                case ResultatDeCas.Ignore ignore -> {
                    total[2]++;
                    details.add(r.enTexte());
                }
            }
        }
        var texte = new StringBuilder(titre).append(" : ").append(total[0]).append(" réussis, ").append(total[1]).append(" échoués, ")
                .append(total[2]).append(" ignorés\n");
        details.forEach(d -> texte.append("  ").append(d).append('\n'));
        System.out.println(texte);
        return new Bilan(total[0], total[1], total[2], texte.toString());
    }

    static boolean attend(CasOpenFisca cas, Set<String> variables) {
        var sorties = new ArrayList<String>();
        cas.sorties().forEach((cle, valeur) -> {
            if (valeur instanceof Map<?, ?> m && Set.of("familles", "individus", "menages", "foyers_fiscaux").contains(cle)) {
                m.values().forEach(v -> {
                    if (v instanceof Map<?, ?> vars) {
                        vars.keySet().forEach(k -> sorties.add(k.toString()));
                    }
                });
            } else {
                sorties.add(cle);
            }
        });
        return sorties.stream().anyMatch(variables::contains);
    }

    static List<CasOpenFisca> casPartages(Set<String> variables) {
        var cas = new ArrayList<CasOpenFisca>();
        try (var fichiers = Files.walk(CAS_PARTAGES)) {
            for (var fichier : fichiers.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                LecteurDeCas.lire(CAS_PARTAGES.relativize(fichier).toString(), Files.readString(fichier)).stream()
                        .filter(c -> attend(c, variables)).forEach(cas::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cas;
    }

    static List<CasOpenFisca> casLivres(String dossier) {
        var cas = new ArrayList<CasOpenFisca>();
        try {
            var fichiers = new TreeMap<String, String>();
            for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:regles/cas/famille/" + dossier + "/*.yaml")) {
                var url = ressource.getURL().toString();
                fichiers.put(url.substring(url.lastIndexOf("regles/cas/")), ressource.getContentAsString(StandardCharsets.UTF_8));
            }
            fichiers.forEach((nom, contenu) -> cas.addAll(LecteurDeCas.lire(nom, contenu)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cas;
    }

    @Test
    void lesCasLivresDuRsaEtDeLaPrimeDActiviteReussissentOuSontIgnoresAvecLeurRaison() {
        for (var dossier : List.of("rsa", "rsa/openfisca", "prime_activite", "prime_activite/openfisca")) {
            var cas = casLivres(dossier);
            assertThat(cas).as("cas livrés dans regles/cas/famille/" + dossier).isNotEmpty();
            var b = bilan("Cas livrés — " + dossier, cas, ExecuteurDeCas.Comparaison.TOUTES_LES_SORTIES);
            assertThat(b.echoues()).as(b.texte()).isZero();
        }
    }

    @Test
    void lesCasEcritsALaMainNeSontPasIgnores() {
        for (var dossier : List.of("rsa", "prime_activite")) {
            var b = bilan("Cas écrits à la main — " + dossier, casLivres(dossier), ExecuteurDeCas.Comparaison.TOUTES_LES_SORTIES);
            assertThat(b.ignores()).as(b.texte()).isZero();
            assertThat(b.reussis()).as(b.texte()).isPositive();
        }
    }

    @Test
    void casPartagesParPrestation() {
        Assumptions.assumeTrue(Files.isDirectory(CAS_PARTAGES), "Cas de référence partagés absents (" + CAS_PARTAGES + ")");
        var textes = new StringBuilder();
        var echecs = new ArrayList<String>();
        PRESTATIONS.forEach((prestation, variables) -> {
            var b = bilan("Cas partagés — " + prestation, casPartages(variables), ExecuteurDeCas.Comparaison.SORTIES_PRISES_EN_CHARGE);
            textes.append(b.texte());
            if (b.taux() < 0.95) {
                echecs.add(prestation);
            }
        });
        assertThat(echecs).as(textes.toString()).isEmpty();
    }
}
