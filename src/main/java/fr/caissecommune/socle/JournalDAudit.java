package fr.caissecommune.socle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Le journal d'audit : chaque consultation d'un dossier et chaque écriture sur des données personnelles
 * y laisse une trace (qui, quand, quelle personne, quelle action, pourquoi). Il est consultable par la
 * direction et n'est jamais modifié.
 */
@Service
public class JournalDAudit {

    /** Ce que l'agent a fait. */
    public enum Action {
        CONSULTATION("Consultation"), ECRITURE("Écriture"), RECHERCHE("Recherche"), VALIDATION("Validation comptable");

        private final String libelle;

        Action(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Une trace du journal. */
    public record Trace(long numero, LocalDateTime horodatage, String agent, String nomAgent, Action action,
            @Nullable UUID personne, String objet, String motif) {
    }

    private final JdbcClient jdbc;

    JournalDAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Consigne l'action de l'agent courant ; la trace est écrite avec l'opération qu'elle décrit. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void consigner(Action action, @Nullable UUID personne, String objet, String motif) {
        var agent = AgentConnecte.courant();
        jdbc.sql("""
                insert into socle.journal_audit (horodatage, agent, nom_agent, action, personne_id, objet, motif)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(Instant.now()), agent.identifiant(), agent.nom(), action.name(), personne,
                        tronque(objet, 200), tronque(motif, 200))
                .update();
    }

    public List<Trace> dernieres(int nombre, @Nullable String agent, @Nullable UUID personne) {
        return jdbc.sql("""
                select numero, horodatage, agent, nom_agent, action, personne_id, objet, motif
                from socle.journal_audit
                where (cast(:agent as varchar) is null or agent = :agent)
                  and (cast(:personne as uuid) is null or personne_id = :personne)
                order by numero desc
                fetch first :nombre rows only""")
                .param("agent", agent).param("personne", personne).param("nombre", nombre)
                .query((rs, i) -> new Trace(rs.getLong("numero"), rs.getTimestamp("horodatage").toLocalDateTime(),
                        rs.getString("agent"), rs.getString("nom_agent"), Action.valueOf(rs.getString("action")),
                        rs.getObject("personne_id", UUID.class), rs.getString("objet"), rs.getString("motif")))
                .list();
    }

    private static String tronque(String texte, int longueur) {
        return texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }
}
