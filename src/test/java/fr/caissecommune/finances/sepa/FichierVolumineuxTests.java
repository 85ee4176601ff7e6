package fr.caissecommune.finances.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Un fichier de 100 000 virements s'écrit et se valide avec un tas de 24 Mo : l'écrivain et le validateur
 * travaillent en flux. Garder les virements en mémoire (environ 500 octets chacun, 50 Mo) ferait échouer la
 * JVM fille par manque de mémoire.
 */
class FichierVolumineuxTests {

    static final int NOMBRE = 100_000;

    @TempDir
    Path repertoire;

    @Test
    void ecritEtValideCentMilleVirementsAvecUneMemoireBornee() throws Exception {
        var fichier = repertoire.resolve("cent-mille.xml");
        var java = ProcessHandle.current().info().command().orElse("java");
        var processus = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CentMilleVirements.class.getName(), fichier.toString(), Integer.toString(NOMBRE))
                .redirectErrorStream(true)
                .start();
        var sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(processus.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(processus.exitValue()).as(sortie).isZero();
        assertThat(Files.size(fichier)).isGreaterThan(50L * NOMBRE);
        try (var lignes = Files.lines(fichier)) {
            assertThat(lignes.filter(l -> l.contains("<EndToEndId>")).count()).isEqualTo(NOMBRE);
        }
        try (var lignes = Files.lines(fichier)) {
            assertThat(lignes.filter(l -> l.contains("<NbOfTxs>")).map(String::strip).toList())
                    .containsExactly("<NbOfTxs>100000</NbOfTxs>", "<NbOfTxs>50000</NbOfTxs>", "<NbOfTxs>50000</NbOfTxs>");
        }
    }
}
