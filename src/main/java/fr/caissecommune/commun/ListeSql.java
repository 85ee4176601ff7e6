package fr.caissecommune.commun;

import java.sql.Types;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Une liste de valeurs passée en un seul paramètre tableau, pour {@code colonne = any(:liste)} : une requête au
 * texte fixe, préparée une fois, là où {@code in (:liste)} en écrit une nouvelle de milliers de paramètres à chaque
 * lot (analyse et planification refaites à chaque fois). Compris par PostgreSQL comme par H2.
 */
public final class ListeSql {

    private ListeSql() {
    }

    public static SqlParameterValue uuids(Collection<UUID> valeurs) {
        return new SqlParameterValue(Types.ARRAY, "uuid", valeurs.toArray(UUID[]::new));
    }

    public static SqlParameterValue textes(Collection<String> valeurs) {
        return new SqlParameterValue(Types.ARRAY, "varchar", valeurs.toArray(String[]::new));
    }
}
