package fr.caissecommune.finances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.ListeSql;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.Virement;

/**
 * Les ordres de paiement, en base ({@code finances.ordre_de_paiement}). Les écritures de masse passent par des
 * lots JDBC ; la lecture d'un fichier de virements se fait en flux, par paquets de {@value #PAQUET} lignes.
 */
@Component
class OrdresDePaiement {

    static final int PAQUET = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    OrdresDePaiement(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Les totaux d'un fichier pour une date d'exécution : un lot (PmtInf) du fichier. */
    record TotalParDate(LocalDate dateExecution, int nombre, Montant total) {
    }

    /** Parmi ces références (un paquet de {@link References#PAQUET} au plus), celles déjà enregistrées. */
    Set<String> referencesConnues(Collection<String> references) {
        return new HashSet<>(jdbc.sql("select reference from finances.ordre_de_paiement where reference = any(:references)")
                .param("references", ListeSql.textes(references))
                .query(String.class)
                .list());
    }

    /** Enregistre les ordres au statut ORDONNANCE ; une référence déjà présente est ignorée, jamais doublée. */
    void ordonnancer(List<OrdreDePaiement> ordres, LocalDateTime le) {
        jdbcTemplate.batchUpdate("""
                insert into finances.ordre_de_paiement (reference, origine, tiers, beneficiaire, iban, bic, montant,
                    date_execution, libelle, compte_de_tiers, statut, ordonnance_le)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ORDONNANCE', ?)
                on conflict do nothing
                """, ordres, PAQUET, (ps, ordre) -> {
            ps.setString(1, ordre.reference());
            ps.setString(2, ordre.origine());
            ps.setString(3, ordre.tiers());
            ps.setString(4, ordre.beneficiaire());
            ps.setString(5, ordre.iban().valeur());
            ps.setString(6, ordre.bic() == null ? null : ordre.bic().valeur());
            ps.setBigDecimal(7, ordre.montant().valeur());
            ps.setObject(8, ordre.dateExecution());
            ps.setString(9, ordre.libelle());
            ps.setString(10, ordre.compteDeTiers());
            ps.setObject(11, le);
        });
    }

    /** Rattache au fichier, au statut TRANSMIS, les ordres en attente dont l'exécution tombe au plus tard à la date. */
    int transmettre(FichierId fichier, LocalDate jusquAu) {
        return jdbc.sql("""
                update finances.ordre_de_paiement set statut = 'TRANSMIS', fichier = :fichier
                where statut = 'ORDONNANCE' and date_execution <= :jusquAu
                """)
                .param("fichier", fichier.valeur())
                .param("jusquAu", jusquAu)
                .update();
    }

    List<TotalParDate> totauxParDate(FichierId fichier) {
        return jdbc.sql("""
                select date_execution, count(*) as nombre, sum(montant) as total
                from finances.ordre_de_paiement where fichier = :fichier
                group by date_execution order by date_execution
                """)
                .param("fichier", fichier.valeur())
                .query((rs, i) -> new TotalParDate(rs.getObject("date_execution", LocalDate.class), rs.getInt("nombre"),
                        Montant.euros(rs.getBigDecimal("total"))))
                .list();
    }

    /** Les montants du fichier par compte de tiers débité, pour l'écriture de mise en paiement. */
    Map<String, Montant> totauxParCompte(FichierId fichier) {
        var totaux = new LinkedHashMap<String, Montant>();
        jdbc.sql("""
                select compte_de_tiers, sum(montant) as total from finances.ordre_de_paiement
                where fichier = :fichier group by compte_de_tiers order by compte_de_tiers
                """)
                .param("fichier", fichier.valeur())
                .query(rs -> {
                    totaux.put(rs.getString("compte_de_tiers"), Montant.euros(rs.getBigDecimal("total")));
                });
        return totaux;
    }

    /** Lit en flux les virements du fichier, dans l'ordre des dates d'exécution puis des références. */
    void parcourir(FichierId fichier, BiConsumer<LocalDate, Virement> lecteur) {
        jdbc.sql("""
                select reference, montant, beneficiaire, iban, bic, libelle, date_execution
                from finances.ordre_de_paiement where fichier = :fichier
                order by date_execution, reference
                """)
                .withFetchSize(PAQUET)
                .param("fichier", fichier.valeur())
                .query(rs -> {
                    lecteur.accept(rs.getObject("date_execution", LocalDate.class), new Virement(rs.getString("reference"),
                            rs.getBigDecimal("montant"), rs.getString("beneficiaire"), rs.getString("iban"), rs.getString("bic"),
                            rs.getString("libelle")));
                });
    }

    List<PaiementOrdonne> parTiers(String tiers) {
        return jdbc.sql("""
                select o.*, f.msg_id from finances.ordre_de_paiement o
                left join finances.fichier_sepa f on f.id = o.fichier
                where o.tiers = :tiers
                order by o.date_execution desc, o.reference desc
                """)
                .param("tiers", tiers)
                .query(OrdresDePaiement::paiement)
                .list();
    }

    List<PaiementsEnAttente> enAttente() {
        return jdbc.sql("""
                select date_execution, count(*) as nombre, sum(montant) as total
                from finances.ordre_de_paiement where statut = 'ORDONNANCE'
                group by date_execution order by date_execution
                """)
                .query((rs, i) -> new PaiementsEnAttente(rs.getObject("date_execution", LocalDate.class), rs.getInt("nombre"),
                        Montant.euros(rs.getBigDecimal("total"))))
                .list();
    }

    private static PaiementOrdonne paiement(ResultSet rs, int ligne) throws SQLException {
        var fichier = rs.getObject("fichier", UUID.class);
        return new PaiementOrdonne(rs.getString("reference"), rs.getString("origine"), rs.getString("tiers"),
                rs.getString("beneficiaire"), Iban.of(rs.getString("iban")), Montant.euros(rs.getBigDecimal("montant")),
                rs.getObject("date_execution", LocalDate.class), rs.getString("libelle"), StatutPaiement.valueOf(rs.getString("statut")),
                fichier == null ? null : new FichierId(fichier), rs.getString("msg_id"));
    }
}
