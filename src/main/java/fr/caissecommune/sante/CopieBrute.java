package fr.caissecommune.sante;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

/**
 * La référence des mesures de la liquidation enregistrée : la limite d'écriture de la machine, mesurée par un
 * {@code COPY} nu des mêmes lignes dans les mêmes tables (mêmes index, mêmes contraintes). Les lignes écrites
 * par la liquidation sont exportées ({@code COPY … TO}), les tables vidées, puis les lignes rechargées
 * ({@code COPY … FROM}) : seul le rechargement est chronométré. PostgreSQL seulement ; la base doit être dédiée
 * au banc d'essai.
 */
@Service
public class CopieBrute {

    /** Les tables écrites par la liquidation, dans l'ordre de chargement (clés étrangères). */
    static final List<String> TABLES = List.of("sante.decompte", "sante.ligne_de_decompte", "sante.motif_de_rejet", "sante.soin_paye",
            "sante.feuille_en_quarantaine", "sante.cumul_annuel", "sante.participation_a_recouvrer");

    /** La durée du rechargement, le nombre de lignes et d'octets rechargés. */
    public record Mesure(Duration duree, long lignes, long octets) {
    }

    private final DataSource source;

    CopieBrute(DataSource source) {
        this.source = source;
    }

    public Mesure mesurer(Path repertoire) throws IOException, SQLException {
        Files.createDirectories(repertoire);
        try (var c = source.getConnection()) {
            if (!EcritureEnMasse.postgres(c)) {
                throw new IllegalStateException("la copie brute se mesure sur PostgreSQL");
            }
            var copie = c.unwrap(PGConnection.class).getCopyAPI();
            long octets = 0;
            for (var table : TABLES) {
                try (var sortie = new BufferedOutputStream(Files.newOutputStream(repertoire.resolve(table + ".copy")), 1 << 20)) {
                    copie.copyOut("copy " + table + " to stdout", sortie);
                }
                octets += Files.size(repertoire.resolve(table + ".copy"));
            }
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("truncate " + String.join(", ", TABLES));
            }
            c.commit();
            try (var s = c.createStatement()) {
                s.execute("checkpoint");
            }
            long lignes = 0;
            long debut = System.nanoTime();
            for (var table : TABLES) {
                try (var entree = new BufferedInputStream(Files.newInputStream(repertoire.resolve(table + ".copy")), 1 << 20)) {
                    lignes += copie.copyIn("copy " + table + " from stdin", entree);
                }
            }
            c.commit();
            var duree = Duration.ofNanos(System.nanoTime() - debut);
            for (var table : TABLES) {
                Files.deleteIfExists(repertoire.resolve(table + ".copy"));
            }
            return new Mesure(duree, lignes, octets);
        }
    }
}
