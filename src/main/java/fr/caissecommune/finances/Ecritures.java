package fr.caissecommune.finances;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

/** Les écritures du grand livre et le plan de comptes, en base ({@code finances.ecriture}, {@code finances.compte}). */
@Component
class Ecritures {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    Ecritures(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Enregistre l'écriture et ses lignes ; rend son numéro (chronologique, sans trou hors annulation). */
    long enregistrer(Ecriture ecriture, LocalDateTime saisieLe) {
        var cle = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finances.ecriture (journal, date_comptable, libelle, piece, saisie_le)
                values (:journal, :date, :libelle, :piece, :saisieLe)
                """)
                .param("journal", ecriture.journal().name())
                .param("date", ecriture.dateComptable())
                .param("libelle", ecriture.libelle())
                .param("piece", ecriture.piece())
                .param("saisieLe", saisieLe)
                .update(cle, "numero");
        long numero = cle.getKeyAs(Number.class).longValue();
        var lignes = ecriture.lignes();
        jdbcTemplate.batchUpdate("""
                insert into finances.ligne_ecriture (ecriture, rang, compte, debit, credit, tiers)
                values (?, ?, ?, ?, ?, ?)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                var ligne = lignes.get(i);
                ps.setLong(1, numero);
                ps.setInt(2, i + 1);
                ps.setString(3, ligne.compte());
                ps.setBigDecimal(4, ligne.debit().valeur());
                ps.setBigDecimal(5, ligne.credit().valeur());
                ps.setString(6, ligne.tiers());
            }

            @Override
            public int getBatchSize() {
                return lignes.size();
            }
        });
        return numero;
    }

    Set<String> comptesConnus(Collection<String> numeros) {
        if (numeros.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select numero from finances.compte where numero in (:numeros)")
                .param("numeros", numeros)
                .query(String.class)
                .list());
    }

    Optional<String> libelleDuCompte(String numero) {
        return jdbc.sql("select libelle from finances.compte where numero = :numero")
                .param("numero", numero)
                .query(String.class)
                .optional();
    }

    List<SoldeDeCompte> balance(@Nullable LocalDate au) {
        return jdbc.sql("""
                select c.numero, c.libelle, sum(l.debit) as debit, sum(l.credit) as credit
                from finances.ligne_ecriture l
                join finances.ecriture e on e.numero = l.ecriture
                join finances.compte c on c.numero = l.compte
                where cast(:au as date) is null or e.date_comptable <= :au
                group by c.numero, c.libelle
                order by c.numero
                """)
                .param("au", au)
                .query((rs, i) -> new SoldeDeCompte(rs.getString("numero"), rs.getString("libelle"),
                        Montant.euros(rs.getBigDecimal("debit")), Montant.euros(rs.getBigDecimal("credit"))))
                .list();
    }

    /** Le solde (débits moins crédits) du compte avant la date donnée. */
    Montant soldeAvant(String compte, LocalDate date) {
        var solde = jdbc.sql("""
                select coalesce(sum(l.debit - l.credit), 0)
                from finances.ligne_ecriture l
                join finances.ecriture e on e.numero = l.ecriture
                where l.compte = :compte and e.date_comptable < :date
                """)
                .param("compte", compte)
                .param("date", date)
                .query(BigDecimal.class)
                .single();
        return Montant.euros(solde);
    }

    List<MouvementDeCompte> mouvements(String compte, Periode periode) {
        return jdbc.sql("""
                select e.numero, e.date_comptable, e.journal, e.libelle, e.piece, l.debit, l.credit, l.tiers
                from finances.ligne_ecriture l
                join finances.ecriture e on e.numero = l.ecriture
                where l.compte = :compte and e.date_comptable >= :debut
                  and (cast(:fin as date) is null or e.date_comptable < :fin)
                order by e.date_comptable, e.numero, l.rang
                """)
                .param("compte", compte)
                .param("debut", periode.debut())
                .param("fin", periode.fin())
                .query(Ecritures::mouvement)
                .list();
    }

    private static MouvementDeCompte mouvement(ResultSet rs, int ligne) throws SQLException {
        return new MouvementDeCompte(rs.getLong("numero"), rs.getObject("date_comptable", LocalDate.class),
                Journal.valueOf(rs.getString("journal")), rs.getString("libelle"), rs.getString("piece"),
                Montant.euros(rs.getBigDecimal("debit")), Montant.euros(rs.getBigDecimal("credit")), rs.getString("tiers"));
    }
}
