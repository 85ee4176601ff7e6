package fr.caissecommune.accueil;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/** L'historique des contacts de chaque usager, partagé par les trois branches. */
@Service
@Transactional
public class Contacts {

    private final JdbcClient jdbc;
    private final JournalDAudit journal;

    Contacts(JdbcClient jdbc, JournalDAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    public Contact enregistrer(PersonneId personne, Canal canal, String motif, String suite) {
        if (motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif du contact est obligatoire");
        }
        var contact = new Contact(UUID.randomUUID(), personne, canal, motif.strip(), suite.strip(), LocalDateTime.now(),
                AgentConnecte.courant().nom());
        jdbc.sql("insert into accueil.contact (id, personne_id, canal, motif, suite, le, agent) values (?, ?, ?, ?, ?, ?, ?)")
                .params(contact.id(), personne.valeur(), canal.name(), tronque(contact.motif(), 200), tronque(contact.suite(), 500),
                        Timestamp.valueOf(contact.le()), contact.agent())
                .update();
        journal.consigner(JournalDAudit.Action.ECRITURE, personne.valeur(), "Contact : " + canal.libelle(), contact.motif());
        return contact;
    }

    @Transactional(readOnly = true)
    public List<Contact> de(PersonneId personne) {
        return jdbc.sql("select * from accueil.contact where personne_id = ? order by le desc").param(personne.valeur())
                .query((rs, i) -> new Contact(rs.getObject("id", UUID.class), personne, Canal.valueOf(rs.getString("canal")),
                        rs.getString("motif"), rs.getString("suite"), rs.getTimestamp("le").toLocalDateTime(), rs.getString("agent")))
                .list();
    }

    private static String tronque(String texte, int longueur) {
        return texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }
}
