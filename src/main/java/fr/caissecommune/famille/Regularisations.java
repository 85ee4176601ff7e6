package fr.caissecommune.famille;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.ListeSql;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;

/** Les régularisations et leurs lignes mensuelles. */
@Repository
class Regularisations {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Regularisations(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void inserer(Regularisation r) {
        jdbc.sql("""
                insert into famille.regularisation (id, foyer_id, fait_id, nature, montant, cause, resulte_d_un_controle, explication,
                    version_parametres, statut, constatee_le, versee_le, reference)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.foyer().valeur(), r.fait(), r.nature().name(), r.montant().valeur(), r.cause(), r.resulteDUnControle(),
                        r.explication(), r.versionParametres(), r.statut().name(), Timestamp.valueOf(r.constateeLe()), null, r.reference())
                .update();
        template.batchUpdate("""
                insert into famille.regularisation_mois (regularisation_id, mois, prestation, ancien_montant, nouveau_montant)
                values (?, ?, ?, ?, ?)""", r.lignes(), 1000, (ps, l) -> {
            ps.setObject(1, r.id());
            ps.setDate(2, Date.valueOf(l.mois().atDay(1)));
            ps.setString(3, l.prestation().name());
            ps.setBigDecimal(4, l.ancienMontant().valeur());
            ps.setBigDecimal(5, l.nouveauMontant().valeur());
        });
    }

    /** Les rappels à verser, par foyer, pour les foyers d'un lot de paie. */
    Map<UUID, List<Regularisation>> rappelsAVerser(Collection<UUID> foyers) {
        if (foyers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from famille.regularisation where statut = 'A_VERSER' and foyer_id = any(:foyers)")
                .param("foyers", ListeSql.uuids(foyers)).query((rs, i) -> lire(rs, List.of())).list().stream()
                .collect(Collectors.groupingBy(r -> r.foyer().valeur()));
    }

    void marquerVersees(Collection<UUID> regularisations, LocalDate le, Map<UUID, String> references) {
        template.batchUpdate("update famille.regularisation set statut = 'VERSEE', versee_le = ?, reference = ? where id = ?",
                List.copyOf(regularisations), 1000, (ps, id) -> {
                    ps.setDate(1, Date.valueOf(le));
                    ps.setString(2, references.get(id));
                    ps.setObject(3, id);
                });
    }

    List<Regularisation> duFoyer(FoyerId foyer) {
        var lignes = new HashMap<UUID, List<Regularisation.Ligne>>();
        jdbc.sql("""
                select m.* from famille.regularisation_mois m join famille.regularisation r on r.id = m.regularisation_id
                where r.foyer_id = ? order by m.mois""").param(foyer.valeur())
                .query(rs -> {
                    lignes.computeIfAbsent(rs.getObject("regularisation_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Regularisation.Ligne(YearMonth.from(rs.getObject("mois", LocalDate.class)),
                                    Prestation.valueOf(rs.getString("prestation")), Montant.euros(rs.getBigDecimal("ancien_montant")),
                                    Montant.euros(rs.getBigDecimal("nouveau_montant"))));
                });
        return jdbc.sql("select * from famille.regularisation where foyer_id = ? order by constatee_le desc").param(foyer.valeur())
                .query((rs, i) -> lire(rs, lignes.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();
    }

    private static Regularisation lire(java.sql.ResultSet rs, List<Regularisation.Ligne> lignes) throws java.sql.SQLException {
        return new Regularisation(rs.getObject("id", UUID.class), new FoyerId(rs.getObject("foyer_id", UUID.class)),
                rs.getObject("fait_id", UUID.class), NatureDeRegularisation.valueOf(rs.getString("nature")),
                Montant.euros(rs.getBigDecimal("montant")), rs.getString("cause"), rs.getBoolean("resulte_d_un_controle"),
                rs.getString("explication"), rs.getString("version_parametres"), Regularisation.Statut.valueOf(rs.getString("statut")),
                rs.getTimestamp("constatee_le").toLocalDateTime(), rs.getObject("versee_le", LocalDate.class), rs.getString("reference"),
                lignes);
    }
}
