package fr.caissecommune.finances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.FormatSepa;

/** Les fichiers SEPA remis à la banque, en base ({@code finances.fichier_sepa}). */
@Component
class FichiersSepa {

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final JdbcClient jdbc;

    FichiersSepa(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Un identifiant de message (MsgId) unique : préfixe, horodatage à la seconde, début de l'identifiant du fichier. */
    static String msgId(String prefixe, FichierId id, LocalDateTime le) {
        return prefixe + "-" + le.format(HORODATAGE) + "-" + id.valeur().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Enregistre un fichier en préparation, pour que les opérations puissent y être rattachées ; nombre, total
     * et empreinte sont complétés une fois le fichier écrit et validé, dans la même transaction.
     */
    void preparer(FichierId id, TypeDeFichier type, FormatSepa format, String msgId, String chemin, LocalDate dateExecution,
            String validePar, LocalDateTime valideLe) {
        jdbc.sql("""
                insert into finances.fichier_sepa
                    (id, type, format, msg_id, chemin, nombre, total, sha256, date_execution, valide_par, valide_le)
                values (:id, :type, :format, :msgId, :chemin, 0, 0, '', :dateExecution, :validePar, :valideLe)
                """)
                .param("id", id.valeur())
                .param("type", type.name())
                .param("format", format.nom())
                .param("msgId", msgId)
                .param("chemin", chemin)
                .param("dateExecution", dateExecution)
                .param("validePar", validePar)
                .param("valideLe", valideLe)
                .update();
    }

    FichierSepa completer(FichierId id, int nombre, Montant total, String sha256) {
        jdbc.sql("update finances.fichier_sepa set nombre = :nombre, total = :total, sha256 = :sha256 where id = :id")
                .param("nombre", nombre)
                .param("total", total.valeur())
                .param("sha256", sha256)
                .param("id", id.valeur())
                .update();
        return jdbc.sql("select * from finances.fichier_sepa where id = :id")
                .param("id", id.valeur())
                .query(FichiersSepa::fichier)
                .single();
    }

    void supprimer(FichierId id) {
        jdbc.sql("delete from finances.fichier_sepa where id = :id").param("id", id.valeur()).update();
    }

    List<FichierSepa> tous() {
        return jdbc.sql("select * from finances.fichier_sepa order by valide_le desc, msg_id desc")
                .query(FichiersSepa::fichier)
                .list();
    }

    private static FichierSepa fichier(ResultSet rs, int ligne) throws SQLException {
        return new FichierSepa(new FichierId(rs.getObject("id", UUID.class)), TypeDeFichier.valueOf(rs.getString("type")),
                rs.getString("format"), rs.getString("msg_id"), rs.getString("chemin"), rs.getInt("nombre"),
                Montant.euros(rs.getBigDecimal("total")), rs.getString("sha256"), rs.getObject("date_execution", LocalDate.class),
                rs.getString("valide_par"), rs.getObject("valide_le", LocalDateTime.class));
    }
}
