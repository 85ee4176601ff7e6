package fr.caissecommune.sante;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * L'écriture en masse des lignes d'une table, dans la transaction de la connexion donnée : {@code COPY … FROM
 * STDIN} (format texte) sur PostgreSQL, par le pilote pgjdbc ({@code CopyManager}) ; insertions par lots JDBC
 * ailleurs (H2). Une ligne est un tableau de valeurs dans l'ordre des colonnes : texte, nombre, date,
 * identifiant ou {@code null}.
 */
final class EcritureEnMasse {

    private EcritureEnMasse() {
    }

    /** Vrai si la connexion est une connexion PostgreSQL (COPY disponible). */
    static boolean postgres(Connection connexion) {
        try {
            return connexion.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    static void ecrire(Connection connexion, String table, List<String> colonnes, List<@Nullable Object[]> lignes) throws SQLException {
        if (lignes.isEmpty()) {
            return;
        }
        if (postgres(connexion)) {
            copier(connexion, table, colonnes, lignes);
        } else {
            inserer(connexion, table, colonnes, lignes);
        }
    }

    private static void copier(Connection connexion, String table, List<String> colonnes, List<@Nullable Object[]> lignes) throws SQLException {
        var copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        var sql = "copy " + table + " (" + String.join(", ", colonnes) + ") from stdin";
        CopyIn entree = copie.copyIn(sql);
        try {
            var tampon = new StringBuilder(1 << 17);
            for (var ligne : lignes) {
                for (int i = 0; i < ligne.length; i++) {
                    if (i > 0) {
                        tampon.append('\t');
                    }
                    valeur(tampon, ligne[i]);
                }
                tampon.append('\n');
                if (tampon.length() > (1 << 16)) {
                    envoyer(entree, tampon);
                }
            }
            envoyer(entree, tampon);
            entree.endCopy();
        } finally {
            if (entree.isActive()) {
                entree.cancelCopy();
            }
        }
    }

    private static void envoyer(CopyIn entree, StringBuilder tampon) throws SQLException {
        if (tampon.isEmpty()) {
            return;
        }
        var octets = tampon.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        entree.writeToCopy(octets, 0, octets.length);
        tampon.setLength(0);
    }

    /** Une valeur au format texte de COPY : {@code \N} pour nul, barre oblique inverse, tabulation et fin de ligne échappées. */
    static void valeur(StringBuilder sortie, @Nullable Object v) {
        switch (v) {
            case null -> sortie.append("\\N");
            case String s -> {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> sortie.append("\\\\");
                        case '\t' -> sortie.append("\\t");
                        case '\n' -> sortie.append("\\n");
                        case '\r' -> sortie.append("\\r");
                        default -> sortie.append(c);
                    }
                }
            }
            case BigDecimal b -> sortie.append(b.toPlainString());
            case Boolean b -> sortie.append(b ? 't' : 'f');
            default -> sortie.append(v);
        }
    }

    private static void inserer(Connection connexion, String table, List<String> colonnes, List<@Nullable Object[]> lignes) throws SQLException {
        var sql = "insert into " + table + " (" + String.join(", ", colonnes) + ") values (" + "?, ".repeat(colonnes.size() - 1) + "?)";
        try (PreparedStatement ps = connexion.prepareStatement(sql)) {
            int n = 0;
            for (var ligne : lignes) {
                for (int i = 0; i < ligne.length; i++) {
                    var v = ligne[i];
                    if (v instanceof LocalDate d) {
                        ps.setObject(i + 1, d);
                    } else if (v instanceof UUID u) {
                        ps.setObject(i + 1, u);
                    } else {
                        ps.setObject(i + 1, v);
                    }
                }
                ps.addBatch();
                if (++n % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
