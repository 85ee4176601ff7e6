package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Les séries d'indicateurs : une valeur par (indicateur, période AAAA-MM, dimension), cumulée au fil des
 * événements par une fusion SQL standard (MERGE), sûre quand plusieurs événements arrivent ensemble.
 */
@Repository
class Series {

    record Point(Indicateur indicateur, String periode, String dimension, BigDecimal valeur) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate pointDeSauvegarde;

    Series(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.pointDeSauvegarde = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.pointDeSauvegarde.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Ajoute l'incrément au point. Deux événements simultanés sur un point encore absent peuvent tenter tous deux
     * l'insertion (le MERGE de PostgreSQL ne l'empêche pas) : le perdant, revenu à son point de sauvegarde, refait
     * la fusion, qui trouve alors la ligne et l'incrémente.
     */
    void ajouter(Indicateur indicateur, String periode, String dimension, BigDecimal increment) {
        try {
            pointDeSauvegarde.executeWithoutResult(t -> fusionner(indicateur, periode, dimension, increment));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            fusionner(indicateur, periode, dimension, increment);
        }
    }

    private void fusionner(Indicateur indicateur, String periode, String dimension, BigDecimal increment) {
        jdbc.sql("""
                merge into pilotage.serie s
                using (select cast(:indicateur as varchar(40)) as indicateur, cast(:periode as varchar(7)) as periode,
                              cast(:dimension as varchar(40)) as dimension, cast(:increment as numeric(18,2)) as increment) v
                on s.indicateur = v.indicateur and s.periode = v.periode and s.dimension = v.dimension
                when matched then update set valeur = s.valeur + v.increment
                when not matched then insert (indicateur, periode, dimension, valeur) values (v.indicateur, v.periode, v.dimension, v.increment)""")
                .param("indicateur", indicateur.name()).param("periode", periode).param("dimension", dimension)
                .param("increment", increment).update();
    }

    List<Point> de(Indicateur indicateur) {
        return jdbc.sql("select * from pilotage.serie where indicateur = ? order by periode, dimension").param(indicateur.name())
                .query((rs, i) -> new Point(indicateur, rs.getString("periode"), rs.getString("dimension"), rs.getBigDecimal("valeur")))
                .list();
    }
}
