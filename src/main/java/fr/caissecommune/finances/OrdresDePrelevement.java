package fr.caissecommune.finances;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Les ordres de prélèvement émis, en base ({@code finances.ordre_de_prelevement}), enregistrés par lots JDBC. */
@Component
class OrdresDePrelevement {

    static final int PAQUET = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    OrdresDePrelevement(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Parmi ces références (un paquet de {@link References#PAQUET} au plus), celles déjà émises. */
    Set<String> referencesConnues(Collection<String> references) {
        return new HashSet<>(jdbc.sql("select reference from finances.ordre_de_prelevement where reference in (:references)")
                .param("references", references)
                .query(String.class)
                .list());
    }

    void enregistrer(List<OrdreDePrelevement> ordres, FichierId fichier) {
        jdbcTemplate.batchUpdate("""
                insert into finances.ordre_de_prelevement (reference, origine, tiers, debiteur, iban, bic, montant, date_echeance,
                    libelle, rum, date_signature, schema_sepa, sequence_sepa, compte_de_tiers, fichier)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, ordres, PAQUET, (ps, ordre) -> {
            ps.setString(1, ordre.reference());
            ps.setString(2, ordre.origine());
            ps.setString(3, ordre.tiers());
            ps.setString(4, ordre.debiteur());
            ps.setString(5, ordre.iban().valeur());
            ps.setString(6, ordre.bic() == null ? null : ordre.bic().valeur());
            ps.setBigDecimal(7, ordre.montant().valeur());
            ps.setObject(8, ordre.dateEcheance());
            ps.setString(9, ordre.libelle());
            ps.setString(10, ordre.mandat().rum());
            ps.setObject(11, ordre.mandat().dateDeSignature());
            ps.setString(12, ordre.schema().name());
            ps.setString(13, ordre.sequence().name());
            ps.setString(14, ordre.compteDeTiers());
            ps.setObject(15, fichier.valeur());
        });
    }
}
