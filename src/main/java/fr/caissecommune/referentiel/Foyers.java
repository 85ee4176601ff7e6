package fr.caissecommune.referentiel;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Les foyers et leur numéro d'allocataire (7 chiffres, attribué dans l'ordre de création). */
@Repository
class Foyers {

    private final JdbcClient jdbc;

    Foyers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String prochainNumero() {
        long suivant = jdbc.sql("select nextval('referentiel.numero_allocataire')").query(Long.class).single();
        return String.format("%07d", suivant);
    }

    void inserer(Foyer foyer) {
        jdbc.sql("insert into referentiel.foyer (id, numero, allocataire_id, cree_le) values (?, ?, ?, ?)")
                .params(foyer.id().valeur(), foyer.numero(), foyer.allocataire().valeur(), Date.valueOf(foyer.creeLe()))
                .update();
    }

    Optional<Foyer> findParId(FoyerId id) {
        return jdbc.sql("select * from referentiel.foyer where id = ?").param(id.valeur()).query(Foyers::lire).optional();
    }

    Optional<Foyer> findParNumero(String numero) {
        return jdbc.sql("select * from referentiel.foyer where numero = ?").param(numero).query(Foyers::lire).optional();
    }

    /** Les foyers dont la personne est allocataire ou a été membre. */
    List<Foyer> duMembre(PersonneId personne) {
        return jdbc.sql("""
                select * from referentiel.foyer where allocataire_id = :p
                union
                select f.* from referentiel.foyer f join referentiel.fait t on t.foyer_id = f.id
                where t.personne_id = :p and t.nature = 'ARRIVEE_AU_FOYER' and t.en_vigueur""")
                .param("p", personne.valeur()).query(Foyers::lire).list();
    }

    List<Foyer> parIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from referentiel.foyer where id in (:ids)").param("ids", ids).query(Foyers::lire).list();
    }

    private static Foyer lire(java.sql.ResultSet rs, int ligne) throws java.sql.SQLException {
        return new Foyer(new FoyerId(rs.getObject("id", UUID.class)), rs.getString("numero"),
                new PersonneId(rs.getObject("allocataire_id", UUID.class)), rs.getObject("cree_le", LocalDate.class));
    }
}
