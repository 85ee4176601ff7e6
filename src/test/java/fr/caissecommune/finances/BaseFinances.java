package fr.caissecommune.finances;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ce que partagent les tests d'intégration du module : un schéma {@code finances} vidé avant chaque test (le
 * contexte Spring, donc la base, est commun aux classes de test) et le répertoire des fichiers produits.
 */
abstract class BaseFinances {

    /** Doit rester identique dans toutes les classes de test pour qu'elles partagent le même contexte Spring. */
    static final String REPERTOIRE = "target/fichiers-de-test";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void viderLeModule() throws IOException {
        for (var table : new String[] { "mouvement_de_creance", "creance", "ordre_de_prelevement", "ordre_de_paiement", "fichier_sepa",
                "ligne_ecriture", "ecriture" }) {
            jdbc.sql("delete from finances." + table).update();
        }
        var repertoire = Path.of(REPERTOIRE);
        if (Files.exists(repertoire)) {
            try (var fichiers = Files.walk(repertoire)) {
                fichiers.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static long fichiersDans(Path repertoire) throws IOException {
        if (!Files.exists(repertoire)) {
            return 0;
        }
        try (var fichiers = Files.walk(repertoire)) {
            return fichiers.filter(Files::isRegularFile).count();
        }
    }
}
