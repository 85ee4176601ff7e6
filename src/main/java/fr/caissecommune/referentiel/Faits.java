package fr.caissecommune.referentiel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Les faits de situation, avec leur contenu sérialisé en JSON selon leur nature. */
@Repository
class Faits {

    /**
     * Sans canonicalisation des noms : les situations ont des dates et des années pour clés (comptes, ressources),
     * toutes différentes d'un foyer à l'autre, qui saturaient la table des symboles (le tiers du temps de la paie).
     */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build())
            .build();

    private final JdbcClient jdbc;

    Faits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void inserer(FaitEnregistre f) {
        jdbc.sql("""
                insert into referentiel.fait (id, personne_id, foyer_id, nature, date_effet, donnees, source, operation,
                    corrige, en_vigueur, motif, enregistre_par, enregistre_le)
                values (:id, :personne, :foyer, :nature, :dateEffet, :donnees, :source, :operation, :corrige, :enVigueur,
                    :motif, :par, :le)""")
                .param("id", f.id().valeur()).param("personne", f.personne().valeur())
                .param("foyer", f.foyer() == null ? null : f.foyer().valeur())
                .param("nature", f.fait().nature().name()).param("dateEffet", f.dateEffet())
                .param("donnees", JSON.writeValueAsString(f.fait())).param("source", f.source().name())
                .param("operation", f.operation().name()).param("corrige", f.corrige() == null ? null : f.corrige().valeur())
                .param("enVigueur", f.enVigueur()).param("motif", f.motif()).param("par", f.enregistrePar())
                .param("le", Timestamp.valueOf(f.enregistreLe()))
                .update();
    }

    void retirerDeVigueur(FaitId id) {
        jdbc.sql("update referentiel.fait set en_vigueur = false where id = ?").param(id.valeur()).update();
    }

    Optional<FaitEnregistre> findParId(FaitId id) {
        return jdbc.sql("select * from referentiel.fait where id = ?").param(id.valeur()).query(Faits::lire).optional();
    }

    /** L'historique complet (en vigueur ou non) d'une personne, foyers compris, du plus récent au plus ancien. */
    List<FaitEnregistre> historique(PersonneId personne, Collection<UUID> foyers) {
        return jdbc.sql("""
                select * from referentiel.fait
                where personne_id = :personne or foyer_id in (:foyers)
                order by enregistre_le desc, date_effet desc""")
                .param("personne", personne.valeur())
                .param("foyers", foyers.isEmpty() ? List.of(UUID.randomUUID()) : foyers)
                .query(Faits::lire).list();
    }

    /** Les faits en vigueur de ces personnes, d'une nature donnée. */
    List<FaitEnregistre> enVigueurDesPersonnes(Collection<UUID> personnes, Fait.Nature nature) {
        if (personnes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from referentiel.fait where personne_id in (:personnes) and nature = :nature and en_vigueur")
                .param("personnes", personnes).param("nature", nature.name()).query(Faits::lire).list();
    }

    /** Les faits personnels (hors foyer) en vigueur de ces personnes : adresse, compte bancaire, décès… */
    List<FaitEnregistre> enVigueurDesPersonnesToutesNatures(Collection<UUID> personnes) {
        if (personnes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from referentiel.fait where personne_id in (:personnes) and foyer_id is null and en_vigueur")
                .param("personnes", personnes).query(Faits::lire).list();
    }

    /** Les faits en vigueur attachés à ces foyers. */
    List<FaitEnregistre> enVigueurDesFoyers(Collection<UUID> foyers) {
        if (foyers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from referentiel.fait where foyer_id in (:foyers) and en_vigueur")
                .param("foyers", foyers).query(Faits::lire).list();
    }

    static FaitEnregistre lire(ResultSet rs, int ligne) throws SQLException {
        var nature = Fait.Nature.valueOf(rs.getString("nature"));
        var foyer = rs.getObject("foyer_id", UUID.class);
        var corrige = rs.getObject("corrige", UUID.class);
        return new FaitEnregistre(new FaitId(rs.getObject("id", UUID.class)), new PersonneId(rs.getObject("personne_id", UUID.class)),
                foyer == null ? null : new FoyerId(foyer), lireFait(nature, rs.getString("donnees")),
                rs.getObject("date_effet", LocalDate.class), Source.valueOf(rs.getString("source")),
                Operation.valueOf(rs.getString("operation")), corrige == null ? null : new FaitId(corrige),
                rs.getBoolean("en_vigueur"), rs.getString("motif"), rs.getString("enregistre_par"),
                rs.getTimestamp("enregistre_le").toLocalDateTime());
    }

    static Fait lireFait(Fait.Nature nature, String json) {
        return JSON.readValue(json, classe(nature));
    }

    static Class<? extends Fait> classe(Fait.Nature nature) {
        return switch (nature) {
            case ADRESSE -> Fait.Adresse.class;
            case COMPTE_BANCAIRE -> Fait.CompteBancaire.class;
            case SITUATION_MARITALE -> Fait.SituationMaritale.class;
            case ARRIVEE_AU_FOYER -> Fait.ArriveeAuFoyer.class;
            case DEPART_DU_FOYER -> Fait.DepartDuFoyer.class;
            case DECES -> Fait.Deces.class;
            case RESSOURCES -> Fait.Ressources.class;
            case EMPLOI -> Fait.Emploi.class;
            case FIN_D_EMPLOI -> Fait.FinDEmploi.class;
            case LOGEMENT -> Fait.Logement.class;
            case HANDICAP -> Fait.Handicap.class;
            case RESSOURCES_DECLAREES -> Fait.RessourcesDeclarees.class;
            case GROSSESSE -> Fait.Grossesse.class;
            case MODE_DE_GARDE -> Fait.ModeDeGarde.class;
            case SOUTIEN_DE_L_ENFANT -> Fait.SoutienDeLEnfant.class;
        };
    }
}
