package fr.caissecommune.famille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.caissecommune.famille.api.ApiDeCalculTestsAcces;
import fr.caissecommune.famille.openfisca.ExecuteurDeCas;

/** {@code caisse calculer} : une ligne PASS / FAIL / SKIP par cas, puis le bilan ; code 1 quand un cas échoue. */
class CommandeCalculerTests {

    private static final String CAS = """
            - name: juste
              period: 2018-01
              absolute_error_margin: 0.01
              input:
                famille:
                  parents: [parent1]
                  enfants: [enfant1, enfant2]
                individus:
                  parent1:
                    revenu_assimile_salaire:
                      2016: 60000
                  enfant1:
                    age: 12
                  enfant2:
                    age: 10
              output:
                af: 130.51
            - name: faux
              period: 2018-01
              input:
                famille:
                  parents: [parent1]
                  enfants: [enfant1, enfant2]
                individus:
                  parent1: {}
                  enfant1:
                    age: 12
                  enfant2:
                    age: 10
              output:
                af: 100
            - name: inconnu
              period: 2018-01
              input:
                nationalite_martienne: true
              output:
                af: 0
            """;

    @Test
    void ecritUneLigneParCasPuisLeBilan(@TempDir Path dossier) throws Exception {
        var fichier = dossier.resolve("cas.yaml");
        Files.writeString(fichier, CAS);
        var tampon = new ByteArrayOutputStream();
        int code = CommandeCalculer.executer(new ExecuteurDeCas(ApiDeCalculTestsAcces.parametresLivres()), List.of(fichier), false,
                new PrintStream(tampon, true, StandardCharsets.UTF_8));
        var lignes = tampon.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lignes).containsExactly(
                "PASS juste",
                "FAIL faux af attendu=100 obtenu=130.51 (2018-01)",
                "SKIP inconnu variables d'entrée non prises en charge [nationalite_martienne]",
                "1 passed, 1 failed, 1 skipped");
        assertThat(code).isEqualTo(1);
    }
}
