package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.recouvrement.dsn.EnteteDsn;
import fr.caissecommune.recouvrement.dsn.IndividuDsn;

/** Les DSN acceptées et leur contenu, dans le schéma {@code recouvrement} : SQL en clair, insertion des salariés par lots. */
@Repository
class Declarations {

    /** Une déclaration enregistrée, telle que les règles de dépôt la consultent. */
    record DeclarationEnregistree(UUID id, String siret, YearMonth mois, String type, String fraction, int numeroOrdre, String statut,
            Instant deposeeLe, LocalDate echeance, int individus, int anomalies) {
    }

    static final int TAILLE_DES_LOTS = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate lots;

    Declarations(JdbcClient jdbc, JdbcTemplate lots) {
        this.jdbc = jdbc;
        this.lots = lots;
    }

    Optional<DeclarationEnregistree> findAcceptee(String siret, YearMonth mois, String fraction) {
        return jdbc.sql("""
                select id, siret, mois, type, fraction, numero_ordre, statut, deposee_le, echeance, individus, anomalies
                  from recouvrement.declaration
                 where siret = ? and mois = ? and fraction = ? and statut = 'ACCEPTEE'
                """).params(siret, Date.valueOf(mois.atDay(1)), fraction).query(Declarations::enregistree).optional();
    }

    Optional<DeclarationEnregistree> findParId(UUID id) {
        return jdbc.sql("""
                select id, siret, mois, type, fraction, numero_ordre, statut, deposee_le, echeance, individus, anomalies
                  from recouvrement.declaration where id = ?
                """).param(id).query(Declarations::enregistree).optional();
    }

    private static DeclarationEnregistree enregistree(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DeclarationEnregistree(rs.getObject("id", UUID.class), rs.getString("siret"), YearMonth.from(rs.getDate("mois").toLocalDate()),
                rs.getString("type"), rs.getString("fraction"), rs.getInt("numero_ordre"), rs.getString("statut"),
                rs.getTimestamp("deposee_le").toInstant(), rs.getDate("echeance").toLocalDate(), rs.getInt("individus"), rs.getInt("anomalies"));
    }

    void inserer(UUID id, EnteteDsn e, String fichier, String empreinte, Instant deposeeLe, LocalDate echeance, @Nullable UUID remplace,
            String versionParametres, List<ErreurDeDeclaration> avertissements) {
        jdbc.sql("""
                insert into recouvrement.declaration (id, siren, siret, mois, nature, type, fraction, numero_ordre, statut, remplace,
                    siret_emetteur, norme, test, effectif, total_bordereau, individus, anomalies, nom_fichier, empreinte, deposee_le,
                    echeance, version_parametres)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTEE', ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?)
                """).params(id, e.siren(), e.siret(), Date.valueOf(e.mois().atDay(1)), e.nature(), e.type(), e.fraction(), e.numeroOrdre(),
                remplace, e.siretEmetteur(), e.norme(), e.test(), e.effectif(), e.totalBordereau(), fichier, empreinte,
                Timestamp.from(deposeeLe), Date.valueOf(echeance), versionParametres).update();
        var lignes = new ArrayList<Object[]>();
        for (int i = 0; i < avertissements.size(); i++) {
            var a = avertissements.get(i);
            lignes.add(new Object[] { id, i + 1, a.ligne(), a.rubrique(), a.regle(), a.message() });
        }
        lots.batchUpdate("insert into recouvrement.avertissement (declaration_id, rang, ligne, rubrique, regle, message) values (?, ?, ?, ?, ?, ?)", lignes);
        lignes.clear();
        for (int i = 0; i < e.bordereau().size(); i++) {
            var c = e.bordereau().get(i);
            lignes.add(new Object[] { id, i + 1, c.ligne(), c.ctp(), c.qualifiant(), c.taux(), c.assiette(), c.montant(), c.commune() });
        }
        lots.batchUpdate("""
                insert into recouvrement.cotisation_agregee (declaration_id, rang, ligne, ctp, qualifiant, taux, assiette, montant, commune)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lignes);
    }

    void cloturer(UUID id, int individus, int anomalies) {
        jdbc.sql("update recouvrement.declaration set individus = ?, anomalies = ? where id = ?").params(individus, anomalies, id).update();
    }

    void marquerRemplacee(UUID remplacee, UUID par) {
        jdbc.sql("update recouvrement.declaration set statut = 'REMPLACEE', remplacee_par = ? where id = ?").params(par, remplacee).update();
    }

    /** Écrit les salariés d'une déclaration par lots, en mémoire bornée. */
    Ecriture ecriture(UUID declaration) {
        return new Ecriture(declaration);
    }

    final class Ecriture {
        private final UUID d;
        private final List<Object[]> individus = new ArrayList<>();
        private final List<Object[]> contrats = new ArrayList<>();
        private final List<Object[]> versements = new ArrayList<>();
        private final List<Object[]> remunerations = new ArrayList<>();
        private final List<Object[]> bases = new ArrayList<>();
        private final List<Object[]> cotisations = new ArrayList<>();
        private final List<Object[]> anomalies = new ArrayList<>();
        private int rangAnomalie;

        private Ecriture(UUID declaration) {
            this.d = declaration;
        }

        void individu(IndividuDsn i) {
            individus.add(new Object[] { d, i.rang(), i.ligne(), i.nir(), i.ntt(), i.nom(), i.prenoms(), date(i.dateNaissance()), i.sexe() });
            for (int c = 0; c < i.contrats().size(); c++) {
                var k = i.contrats().get(c);
                contrats.add(new Object[] { d, i.rang(), c + 1, k.ligne(), k.numero(), date(k.debut()), date(k.fin()), k.statutConventionnel(),
                        k.statutCategoriel(), k.nature(), k.quotite(), k.quotiteReference(), k.codeRisqueAt(), k.tauxAt(), k.siretLieuDeTravail() });
            }
            for (int v = 0; v < i.versements().size(); v++) {
                var x = i.versements().get(v);
                versements.add(new Object[] { d, i.rang(), v + 1, x.ligne(), date(x.date()), x.brut(), x.netFiscal(), x.netVerse() });
                for (int r = 0; r < x.remunerations().size(); r++) {
                    var y = x.remunerations().get(r);
                    remunerations.add(new Object[] { d, i.rang(), v + 1, r + 1, y.ligne(), date(y.debut()), date(y.fin()), y.numeroContrat(), y.type(),
                            y.heures(), y.montant() });
                }
                for (int b = 0; b < x.bases().size(); b++) {
                    var z = x.bases().get(b);
                    bases.add(new Object[] { d, i.rang(), v + 1, b + 1, z.ligne(), z.code(), date(z.debut()), date(z.fin()), z.montant(), z.numeroContrat() });
                    for (int c = 0; c < z.cotisations().size(); c++) {
                        var w = z.cotisations().get(c);
                        cotisations.add(new Object[] { d, i.rang(), v + 1, b + 1, c + 1, w.ligne(), w.code(), w.organisme(), w.assiette(), w.montant(),
                                w.taux(), w.commune() });
                    }
                }
            }
            if (individus.size() >= TAILLE_DES_LOTS) {
                vider();
            }
        }

        void anomalie(Anomalie a) {
            anomalies.add(new Object[] { d, ++rangAnomalie, a.individu(), a.nir(), date(a.dateVersement()), a.nature(), a.code(), a.libelle(),
                    a.declare(), a.calcule() });
        }

        int anomalies() {
            return rangAnomalie;
        }

        void vider() {
            lot("insert into recouvrement.individu (declaration_id, rang, ligne, nir, ntt, nom, prenoms, date_naissance, sexe) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    individus);
            lot("""
                    insert into recouvrement.contrat (declaration_id, individu, rang, ligne, numero, date_debut, date_fin, statut_conventionnel,
                        statut_categoriel, nature, quotite, quotite_reference, code_risque_at, taux_at, siret_lieu_de_travail)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contrats);
            lot("""
                    insert into recouvrement.versement (declaration_id, individu, rang, ligne, date_versement, brut, net_fiscal, net_verse)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", versements);
            lot("""
                    insert into recouvrement.remuneration (declaration_id, individu, versement, rang, ligne, debut, fin, numero_contrat, type, heures, montant)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", remunerations);
            lot("""
                    insert into recouvrement.base_assujettie (declaration_id, individu, versement, rang, ligne, code, debut, fin, montant, numero_contrat)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", bases);
            lot("""
                    insert into recouvrement.cotisation_individuelle (declaration_id, individu, versement, base, rang, ligne, code, organisme, assiette,
                        montant, taux, commune)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cotisations);
            lot("""
                    insert into recouvrement.anomalie (declaration_id, rang, individu, nir, date_versement, nature, code, libelle, montant_declare, montant_calcule)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", anomalies);
        }

        private void lot(String sql, List<Object[]> lignes) {
            if (!lignes.isEmpty()) {
                lots.batchUpdate(sql, lignes);
                lignes.clear();
            }
        }
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    List<Anomalie> anomalies(UUID declaration) {
        return jdbc.sql("""
                select declaration_id, individu, nir, date_versement, nature, code, libelle, montant_declare, montant_calcule
                  from recouvrement.anomalie where declaration_id = ? order by rang
                """).param(declaration).query((rs, n) -> new Anomalie(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9))).list();
    }

    List<SalaireDeclare> salairesDeclares(String nir, YearMonth depuis, YearMonth jusqua) {
        return jdbc.sql("""
                select d.siret, d.mois, v.date_versement, v.brut, v.net_verse, d.id
                  from recouvrement.individu i
                  join recouvrement.declaration d on d.id = i.declaration_id and d.statut = 'ACCEPTEE'
                  join recouvrement.versement v on v.declaration_id = i.declaration_id and v.individu = i.rang
                 where i.nir = ? and d.mois between ? and ?
                 order by d.mois, v.date_versement
                """).params(nir, Date.valueOf(depuis.atDay(1)), Date.valueOf(jusqua.atDay(1)))
                .query((rs, n) -> new SalaireDeclare(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getObject(6, UUID.class)))
                .list();
    }

    Map<String, Integer> compter(UUID declaration) {
        var compte = new java.util.LinkedHashMap<String, Integer>();
        for (var table : List.of("individu", "contrat", "versement", "remuneration", "base_assujettie", "cotisation_individuelle", "anomalie",
                "cotisation_agregee", "avertissement")) {
            compte.put(table, jdbc.sql("select count(*) from recouvrement." + table + " where declaration_id = ?").param(declaration)
                    .query(Integer.class).single());
        }
        return compte;
    }

    List<SalarieDeLaDeclaration> salaries(UUID declaration) {
        return jdbc.sql("""
                select i.rang, i.nom, i.prenoms, i.nir, i.date_naissance,
                       (select coalesce(sum(v.brut), 0) from recouvrement.versement v where v.declaration_id = i.declaration_id and v.individu = i.rang),
                       (select min(c.numero) from recouvrement.contrat c where c.declaration_id = i.declaration_id and c.individu = i.rang),
                       (select min(c.taux_at) from recouvrement.contrat c where c.declaration_id = i.declaration_id and c.individu = i.rang)
                  from recouvrement.individu i where i.declaration_id = ? order by i.rang""").param(declaration)
                .query((rs, n) -> new SalarieDeLaDeclaration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getString(7), rs.getBigDecimal(8)))
                .list();
    }

    int nombreDeDeclarations() {
        return jdbc.sql("select count(*) from recouvrement.declaration").query(Integer.class).single();
    }

}
