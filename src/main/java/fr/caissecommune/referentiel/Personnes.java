package fr.caissecommune.referentiel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;

/** Les personnes inscrites : identité, coordonnées, clés de recherche sans accents ni casse. */
@Repository
class Personnes {

    private final JdbcClient jdbc;

    Personnes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void inserer(PersonneId id, NouvellePersonne p, String agent) {
        jdbc.sql("""
                insert into referentiel.personne (id, nir, nom_naissance, nom_usage, prenoms, sexe, date_naissance,
                    commune_naissance, pays_naissance, telephone, courriel, nom_recherche, nom_naissance_recherche, prenom_recherche, cree_le, cree_par)
                values (:id, :nir, :nom, :nomUsage, :prenoms, :sexe, :naissance, :commune, :pays, :telephone, :courriel,
                    :nomRecherche, :nomNaissanceRecherche, :prenomRecherche, :creeLe, :creePar)""")
                .param("id", id.valeur())
                .param("nir", p.nir() == null ? null : p.nir().valeur())
                .param("nom", p.nomDeNaissance()).param("nomUsage", p.nomDUsage()).param("prenoms", p.prenoms())
                .param("sexe", p.sexe().name()).param("naissance", p.dateDeNaissance())
                .param("commune", p.communeDeNaissance() == null ? null : p.communeDeNaissance().valeur())
                .param("pays", p.paysDeNaissance()).param("telephone", p.telephone()).param("courriel", p.courriel())
                .param("nomRecherche", Recherche.cle(p.nomDUsage() == null ? p.nomDeNaissance() : p.nomDUsage()))
                .param("nomNaissanceRecherche", Recherche.cle(p.nomDeNaissance()))
                .param("prenomRecherche", Recherche.cle(p.prenoms()))
                .param("creeLe", Timestamp.from(Instant.now())).param("creePar", agent)
                .update();
    }

    Optional<Personne> findParId(PersonneId id) {
        return jdbc.sql("select * from referentiel.personne where id = ?").param(id.valeur()).query(Personnes::lire).optional();
    }

    Optional<Personne> findParNir(Nir nir) {
        return jdbc.sql("select * from referentiel.personne where nir = ?").param(nir.valeur()).query(Personnes::lire).optional();
    }

    /** Recherche sur le nom de naissance ou d'usage (préfixe), le prénom et la date de naissance, sans accents ni casse. */
    List<Personne> rechercher(String nom, @Nullable String prenom, @Nullable LocalDate naissance, int max) {
        var cle = Recherche.cle(nom);
        return jdbc.sql("""
                select * from referentiel.personne
                where (nom_recherche like :nom or nom_naissance_recherche like :nom)
                  and (cast(:prenom as varchar) is null or prenom_recherche like :prenom)
                  and (cast(:naissance as date) is null or date_naissance = :naissance)
                order by nom_recherche, prenom_recherche, date_naissance
                fetch first :max rows only""")
                .param("nom", cle + "%")
                .param("prenom", prenom == null || prenom.isBlank() ? null : Recherche.cle(prenom) + "%")
                .param("naissance", naissance).param("max", max)
                .query(Personnes::lire).list();
    }

    /** Même nom de naissance, même date et même lieu de naissance : un doublon probable. */
    List<Personne> homonymes(NouvellePersonne p) {
        return jdbc.sql("""
                select * from referentiel.personne
                where nom_naissance_recherche = :nom and date_naissance = :naissance
                  and (commune_naissance = :commune or (cast(:commune as varchar) is null and pays_naissance = :pays))""")
                .param("nom", Recherche.cle(p.nomDeNaissance())).param("naissance", p.dateDeNaissance())
                .param("commune", p.communeDeNaissance() == null ? null : p.communeDeNaissance().valeur())
                .param("pays", p.paysDeNaissance())
                .query(Personnes::lire).list();
    }

    List<Personne> parIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from referentiel.personne where id in (:ids)").param("ids", ids).query(Personnes::lire).list();
    }

    static Personne lire(ResultSet rs, int ligne) throws SQLException {
        var nir = rs.getString("nir");
        var commune = rs.getString("commune_naissance");
        return new Personne(new PersonneId(rs.getObject("id", UUID.class)), nir == null ? null : new Nir(nir),
                rs.getString("nom_naissance"), rs.getString("nom_usage"), rs.getString("prenoms"), Sexe.valueOf(rs.getString("sexe")),
                rs.getObject("date_naissance", LocalDate.class), commune == null ? null : new CodeCommune(commune),
                rs.getString("pays_naissance"), rs.getString("telephone"), rs.getString("courriel"));
    }
}
