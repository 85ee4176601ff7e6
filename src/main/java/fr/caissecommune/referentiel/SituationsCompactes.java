package fr.caissecommune.referentiel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.ListeSql;

/** La forme compacte des situations de foyers : une ligne JSON par foyer, réécrite à chaque changement. */
@Repository
class SituationsCompactes {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SituationsCompactes(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Map<FoyerId, SituationDuFoyer> lire(Collection<FoyerId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select donnees from referentiel.situation_du_foyer where foyer_id = any(:ids)")
                .param("ids", ListeSql.uuids(ids.stream().map(FoyerId::valeur).toList()))
                .query((rs, i) -> Faits.JSON.readValue(rs.getString(1), SituationDuFoyer.class)).list().stream()
                .collect(Collectors.toMap(SituationDuFoyer::foyer, s -> s));
    }

    void ecrire(Collection<SituationDuFoyer> situations) {
        if (situations.isEmpty()) {
            return;
        }
        List<UUID> ids = situations.stream().map(s -> s.foyer().valeur()).toList();
        jdbc.sql("delete from referentiel.situation_du_foyer where foyer_id in (:ids)").param("ids", ids).update();
        var maintenant = Timestamp.from(Instant.now());
        template.batchUpdate("insert into referentiel.situation_du_foyer (foyer_id, donnees, mise_a_jour) values (?, ?, ?)",
                List.copyOf(situations), 5000, (ps, s) -> {
                    ps.setObject(1, s.foyer().valeur());
                    ps.setString(2, Faits.JSON.writeValueAsString(s));
                    ps.setTimestamp(3, maintenant);
                });
    }
}
