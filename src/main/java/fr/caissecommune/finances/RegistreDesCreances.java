package fr.caissecommune.finances;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.caissecommune.commun.ListeSql;
import fr.caissecommune.commun.Montant;

/**
 * Les créances et leurs mouvements, en base ({@code finances.creance}, {@code finances.mouvement_de_creance}).
 * Le reste dû d'une créance n'est modifié qu'avec un mouvement qui le justifie, sous verrou de la ligne.
 */
@Component
class RegistreDesCreances {

    private static final int PAQUET = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    RegistreDesCreances(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Une part d'un mouvement imputée sur une créance. */
    record Imputation(Creance creance, Montant montant) {
    }

    /** Un mouvement sur une ou plusieurs créances, justifié par une écriture du grand livre. */
    record Mouvement(String nature, @Nullable ModeDeRecouvrement mode, LocalDate date, String piece, @Nullable String motif,
            @Nullable String decideur, long ecriture) {

        static Mouvement recouvrement(ModeDeRecouvrement mode, LocalDate date, String piece, long ecriture) {
            return new Mouvement("RECOUVREMENT", mode, date, piece, null, null, ecriture);
        }

        static Mouvement remise(LocalDate date, String piece, String motif, String decideur, long ecriture) {
            return new Mouvement("REMISE", null, date, piece, motif, decideur, ecriture);
        }
    }

    void enregistrer(CreanceId id, NouvelleCreance creance, LocalDateTime le) {
        jdbc.sql("""
                insert into finances.creance (id, reference, tiers, origine, nature, libelle, compte_contrepartie, montant,
                    reste_du, date_constatation, constatee_le)
                values (:id, :reference, :tiers, :origine, :nature, :libelle, :contrepartie, :montant, :montant, :date, :le)
                """)
                .param("id", id.valeur())
                .param("reference", creance.reference())
                .param("tiers", creance.tiers())
                .param("origine", creance.origine())
                .param("nature", creance.nature().name())
                .param("libelle", creance.libelle())
                .param("contrepartie", creance.compteDeContrepartie())
                .param("montant", creance.montant().valeur())
                .param("date", creance.dateConstatation())
                .param("le", le)
                .update();
    }

    Optional<Creance> findParReference(String reference) {
        return jdbc.sql("select * from finances.creance where reference = :reference")
                .param("reference", reference)
                .query(RegistreDesCreances::creance)
                .optional();
    }

    /** La créance, verrouillée jusqu'à la fin de la transaction. */
    Creance getPourMiseAJour(CreanceId id) {
        return jdbc.sql("select * from finances.creance where id = :id for update")
                .param("id", id.valeur())
                .query(RegistreDesCreances::creance)
                .optional()
                .orElseThrow(() -> new CreanceIntrouvable(id));
    }

    /** Les créances ouvertes du tiers récupérables par retenue, de la plus ancienne à la plus récente, verrouillées. */
    List<Creance> retenablesPourMiseAJour(String tiers) {
        return jdbc.sql("""
                select * from finances.creance
                where tiers = :tiers and reste_du > 0 and nature in (:natures)
                order by date_constatation, constatee_le, reference
                for update
                """)
                .param("tiers", tiers)
                .param("natures", NatureDeCreance.retenables())
                .query(RegistreDesCreances::creance)
                .list();
    }

    List<Creance> ouvertes(String tiers) {
        return jdbc.sql("""
                select * from finances.creance where tiers = :tiers and reste_du > 0
                order by date_constatation, constatee_le, reference
                """)
                .param("tiers", tiers)
                .query(RegistreDesCreances::creance)
                .list();
    }

    Montant resteDu(String tiers) {
        return Montant.euros(jdbc.sql("select coalesce(sum(reste_du), 0) from finances.creance where tiers = :tiers")
                .param("tiers", tiers)
                .query(BigDecimal.class)
                .single());
    }

    Set<String> tiersAvecCreancesOuvertes(Collection<String> tiers) {
        return new HashSet<>(jdbc.sql("select distinct tiers from finances.creance where reste_du > 0 and tiers = any(:tiers)")
                .param("tiers", ListeSql.textes(new HashSet<>(tiers)))
                .query(String.class)
                .list());
    }

    /**
     * Diminue le reste dû de chaque créance de sa part et enregistre le mouvement correspondant.
     *
     * @throws IllegalStateException si une part dépasse le reste dû en base (créance modifiée entre-temps)
     */
    void imputer(List<Imputation> imputations, Mouvement mouvement) {
        int[][] resultats = jdbcTemplate.batchUpdate(
                "update finances.creance set reste_du = reste_du - ? where id = ? and reste_du >= ?",
                imputations, PAQUET, (ps, imputation) -> {
                    ps.setBigDecimal(1, imputation.montant().valeur());
                    ps.setObject(2, imputation.creance().id().valeur());
                    ps.setBigDecimal(3, imputation.montant().valeur());
                });
        var refusees = new ArrayList<String>();
        int i = 0;
        for (int[] paquet : resultats) {
            for (int lignes : paquet) {
                if (lignes == 0) {
                    refusees.add(imputations.get(i).creance().reference());
                }
                i++;
            }
        }
        if (!refusees.isEmpty()) {
            throw new IllegalStateException("Imputation refusée : le reste dû des créances " + refusees + " a changé ou est insuffisant");
        }
        jdbcTemplate.batchUpdate("""
                insert into finances.mouvement_de_creance (creance, nature, mode, montant, date_mouvement, piece, motif, decideur, ecriture)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, imputations, PAQUET, (ps, imputation) -> {
            ps.setObject(1, imputation.creance().id().valeur());
            ps.setString(2, mouvement.nature());
            ps.setString(3, mouvement.mode() == null ? null : mouvement.mode().name());
            ps.setBigDecimal(4, imputation.montant().valeur());
            ps.setObject(5, mouvement.date());
            ps.setString(6, mouvement.piece());
            ps.setString(7, mouvement.motif());
            ps.setString(8, mouvement.decideur());
            ps.setLong(9, mouvement.ecriture());
        });
    }

    private static Creance creance(ResultSet rs, int ligne) throws SQLException {
        return new Creance(new CreanceId(rs.getObject("id", UUID.class)), rs.getString("reference"), rs.getString("tiers"),
                rs.getString("origine"), NatureDeCreance.valueOf(rs.getString("nature")), rs.getString("libelle"),
                Montant.euros(rs.getBigDecimal("montant")), Montant.euros(rs.getBigDecimal("reste_du")),
                rs.getObject("date_constatation", LocalDate.class));
    }
}
