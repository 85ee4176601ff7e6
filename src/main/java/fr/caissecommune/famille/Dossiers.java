package fr.caissecommune.famille;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.referentiel.FoyerId;

/** Les dossiers d'allocataires. */
@Repository
class Dossiers {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Dossiers(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void inserer(Dossier d, String agent) {
        jdbc.sql("insert into famille.dossier (foyer_id, numero_allocataire, ouvert_le, statut, ouvert_par) values (?, ?, ?, ?, ?)")
                .params(d.foyer().valeur(), d.numeroAllocataire(), Date.valueOf(d.ouvertLe()), d.statut().name(), agent).update();
    }

    void insererEnMasse(List<Dossier> dossiers, String agent) {
        template.batchUpdate("insert into famille.dossier (foyer_id, numero_allocataire, ouvert_le, statut, ouvert_par) values (?, ?, ?, ?, ?)",
                dossiers, 5000, (ps, d) -> {
                    ps.setObject(1, d.foyer().valeur());
                    ps.setString(2, d.numeroAllocataire());
                    ps.setDate(3, Date.valueOf(d.ouvertLe()));
                    ps.setString(4, d.statut().name());
                    ps.setString(5, agent);
                });
    }

    Optional<Dossier> find(FoyerId foyer) {
        return jdbc.sql("select * from famille.dossier where foyer_id = ?").param(foyer.valeur())
                .query((rs, i) -> new Dossier(new FoyerId(rs.getObject("foyer_id", UUID.class)), rs.getString("numero_allocataire"),
                        rs.getObject("ouvert_le", LocalDate.class), Dossier.Statut.valueOf(rs.getString("statut"))))
                .optional();
    }

    void analyser() {
        if (Boolean.TRUE.equals(template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")))) {
            for (var table : List.of("dossier", "droit_mensuel", "echeance", "regularisation")) {
                jdbc.sql("analyze famille." + table).update();
            }
        }
    }

    long nombreOuverts() {
        return jdbc.sql("select count(*) from famille.dossier where statut = 'OUVERT'").query(Long.class).single();
    }
}
