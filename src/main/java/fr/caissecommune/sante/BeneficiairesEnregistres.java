package fr.caissecommune.sante;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.sante.json.FormatDesSituations;

/**
 * La situation des bénéficiaires enregistrée dans le schéma {@code sante} (table {@code sante.situation_de_liquidation}) :
 * la date de naissance et, pour ceux qui en ont, les particularités (C2S, AME, ALD, grossesses, médecin traitant,
 * périodes de droits) au format {@code beneficiaire} des feuilles. Un assuré sans particularité a ses droits
 * ouverts depuis sa naissance. Tient lieu de service des droits tant que celui-ci n'est pas branché.
 */
@Repository
public class BeneficiairesEnregistres implements SituationsDesBeneficiaires {

    private final DataSource source;
    private final Map<java.time.LocalDate, SituationDuBeneficiaire> sansParticularite = new ConcurrentHashMap<>();

    BeneficiairesEnregistres(DataSource source) {
        this.source = source;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs) {
        var resultat = new HashMap<String, SituationDuBeneficiaire>(nirs.size() * 2);
        if (nirs.isEmpty()) {
            return resultat;
        }
        var connexion = DataSourceUtils.getConnection(source);
        try (var ps = connexion.prepareStatement("select nir, date_naissance, situation from sante.situation_de_liquidation where nir = any (?)")) {
            Array tableau = connexion.createArrayOf("varchar", nirs.toArray());
            ps.setArray(1, tableau);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    var nir = rs.getString(1);
                    var naissance = rs.getObject(2, java.time.LocalDate.class);
                    var texte = rs.getString(3);
                    resultat.put(nir, texte == null ? sansParticularite.computeIfAbsent(naissance, SituationDuBeneficiaire::assureNeLe)
                            : FormatDesSituations.lire(texte, Nir.of(nir)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lecture des situations des bénéficiaires impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, source);
        }
        return resultat;
    }

    /**
     * Enregistre (ou remplace) la situation de bénéficiaires, en masse (COPY sur PostgreSQL).
     */
    @Transactional
    public void enregistrer(Map<Nir, SituationDuBeneficiaire> situations) {
        var connexion = DataSourceUtils.getConnection(source);
        try {
            var nirs = situations.keySet().stream().map(Nir::valeur).toArray();
            for (int debut = 0; debut < nirs.length; debut += 50_000) {
                try (var ps = connexion.prepareStatement("delete from sante.situation_de_liquidation where nir = any (?)")) {
                    ps.setArray(1, connexion.createArrayOf("varchar", java.util.Arrays.copyOfRange(nirs, debut, Math.min(nirs.length, debut + 50_000))));
                    ps.executeUpdate();
                }
            }
            var lignes = new ArrayList<@Nullable Object[]>(situations.size());
            situations.forEach((nir, s) -> lignes.add(new Object[] { nir.valeur(), s.dateDeNaissance(),
                    FormatDesSituations.sansParticularite(s) ? null : FormatDesSituations.ecrire(s) }));
            EcritureEnMasse.ecrire(connexion, "sante.situation_de_liquidation", List.of("nir", "date_naissance", "situation"), lignes);
            analyserApresUnChargementEnMasse(connexion, "sante.situation_de_liquidation", lignes.size());
        } catch (SQLException e) {
            throw new IllegalStateException("enregistrement des situations des bénéficiaires impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, source);
        }
    }

    /** Après un chargement en masse sur PostgreSQL, les statistiques du planificateur (l'autovacuum peut être coupé). */
    private static void analyserApresUnChargementEnMasse(java.sql.Connection connexion, String table, int lignes) throws SQLException {
        if (lignes >= 10_000 && EcritureEnMasse.postgres(connexion)) {
            try (var s = connexion.createStatement()) {
                s.execute("analyze " + table);
            }
        }
    }

    /** Enregistre (ou remplace) les coordonnées bancaires de payés (clés {@code ASSURE:<nir>}, {@code PS:<rpps>}). */
    @Transactional
    public void enregistrerComptes(List<CompteDePaiement> comptes) {
        var connexion = DataSourceUtils.getConnection(source);
        try {
            var tiers = comptes.stream().map(CompteDePaiement::tiers).toArray();
            // Par paquets : H2 refuse un tableau de plus de 65 536 éléments.
            for (int debut = 0; debut < tiers.length; debut += 50_000) {
                try (var ps = connexion.prepareStatement("delete from sante.compte_de_paiement where tiers = any (?)")) {
                    ps.setArray(1, connexion.createArrayOf("varchar", java.util.Arrays.copyOfRange(tiers, debut, Math.min(tiers.length, debut + 50_000))));
                    ps.executeUpdate();
                }
            }
            var lignes = new ArrayList<@Nullable Object[]>(comptes.size());
            comptes.forEach(c -> lignes.add(new Object[] { c.tiers(), c.titulaire(), c.iban().valeur(), c.bic() == null ? null : c.bic().valeur() }));
            EcritureEnMasse.ecrire(connexion, "sante.compte_de_paiement", List.of("tiers", "titulaire", "iban", "bic"), lignes);
            analyserApresUnChargementEnMasse(connexion, "sante.compte_de_paiement", lignes.size());
        } catch (SQLException e) {
            throw new IllegalStateException("enregistrement des comptes de paiement impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, source);
        }
    }
}
