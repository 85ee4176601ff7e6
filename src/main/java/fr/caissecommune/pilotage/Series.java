package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Les séries d'indicateurs : une valeur par (indicateur, période AAAA-MM, dimension), cumulée au fil des
 * événements par une fusion SQL standard (MERGE), sûre quand plusieurs événements arrivent ensemble.
 */
@Repository
class Series {

    record Point(Indicateur indicateur, String periode, String dimension, BigDecimal valeur) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate imbriquee;

    Series(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.imbriquee = new TransactionTemplate(transactions);
        this.imbriquee.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Ajoute l'incrément au point de série. Deux écouteurs concurrents qui créent le même point : sous PostgreSQL, le
     * second MERGE échoue sur la clé primaire ; il est rejoué après retour au point de sauvegarde, et met alors à jour
     * le point créé par le premier.
     */
    void ajouter(Indicateur indicateur, String periode, String dimension, BigDecimal increment) {
        for (int essai = 1;; essai++) {
            try {
                imbriquee.executeWithoutResult(t -> fusionner(indicateur, periode, dimension, increment));
                return;
            } catch (DuplicateKeyException e) {
                if (essai >= 5) {
                    throw e;
                }
            }
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
