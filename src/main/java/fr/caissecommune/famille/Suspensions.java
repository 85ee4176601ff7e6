package fr.caissecommune.famille;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.referentiel.FoyerId;

/** Les suspensions de versement d'une prestation, par foyer, sur une suite de mois. */
@Repository
class Suspensions {

    /** Une suspension : les mois de {@code depuis} inclus à {@code jusqua} exclu (en cours tant que {@code jusqua} est vide). */
    record Suspension(UUID id, FoyerId foyer, Prestation prestation, YearMonth depuis, @Nullable YearMonth jusqua, String motif,
            String origine) {

        boolean couvre(YearMonth mois) {
            return !mois.isBefore(depuis) && (jusqua == null || mois.isBefore(jusqua));
        }
    }

    private final JdbcClient jdbc;

    Suspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void suspendre(FoyerId foyer, Prestation prestation, YearMonth depuis, String motif, String origine) {
        jdbc.sql("""
                insert into famille.suspension (id, foyer_id, prestation, depuis, jusqua, motif, origine, cree_le)
                values (?, ?, ?, ?, null, ?, ?, ?)""")
                .params(UUID.randomUUID(), foyer.valeur(), prestation.name(), Date.valueOf(depuis.atDay(1)), motif, origine,
                        Timestamp.valueOf(LocalDateTime.now()))
                .update();
    }

    /** Lève la suspension en cours de cette origine : le mois {@code aPartirDe} est de nouveau dû. */
    Optional<Suspension> lever(FoyerId foyer, Prestation prestation, String origine, YearMonth aPartirDe) {
        var enCours = enCours(foyer).stream().filter(s -> s.prestation() == prestation && s.origine().equals(origine)).findFirst();
        enCours.ifPresent(s -> jdbc.sql("update famille.suspension set jusqua = ?, levee_le = ? where id = ?")
                .params(Date.valueOf((aPartirDe.isBefore(s.depuis()) ? s.depuis() : aPartirDe).atDay(1)),
                        Timestamp.valueOf(LocalDateTime.now()), s.id())
                .update());
        return enCours;
    }

    List<Suspension> enCours(FoyerId foyer) {
        return jdbc.sql("select * from famille.suspension where foyer_id = ? and jusqua is null").param(foyer.valeur())
                .query((rs, i) -> lire(rs)).list();
    }

    /** Toutes les suspensions d'un foyer, levées ou non. */
    List<Suspension> duFoyer(FoyerId foyer) {
        return jdbc.sql("select * from famille.suspension where foyer_id = ? order by depuis").param(foyer.valeur())
                .query((rs, i) -> lire(rs)).list();
    }

    /** Les suspensions qui couvrent ce mois, pour les foyers d'un lot de paie : une requête par lot. */
    Map<FoyerId, List<Suspension>> couvrant(YearMonth mois, Collection<FoyerId> foyers) {
        if (foyers.isEmpty()) {
            return Map.of();
        }
        var premierJour = Date.valueOf(mois.atDay(1));
        return jdbc.sql("""
                select * from famille.suspension
                where foyer_id in (:foyers) and depuis <= :mois and (jusqua is null or jusqua > :mois)""")
                .param("foyers", foyers.stream().map(FoyerId::valeur).toList()).param("mois", premierJour)
                .query((rs, i) -> lire(rs)).list().stream().collect(Collectors.groupingBy(Suspension::foyer));
    }

    private static Suspension lire(java.sql.ResultSet rs) throws java.sql.SQLException {
        var jusqua = rs.getObject("jusqua", LocalDate.class);
        return new Suspension(rs.getObject("id", UUID.class), new FoyerId(rs.getObject("foyer_id", UUID.class)),
                Prestation.valueOf(rs.getString("prestation")), YearMonth.from(rs.getObject("depuis", LocalDate.class)),
                jusqua == null ? null : YearMonth.from(jusqua), rs.getString("motif"), rs.getString("origine"));
    }
}
