package fr.caissecommune.sante;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.sante.calcul.EnFrancais;

/**
 * Les décomptes enregistrés (schéma {@code sante}) : le décompte, ses lignes, ses motifs de rejet, et pour un
 * décompte payé les clés de ses soins, que le contrôle des doublons consulte.
 */
@Repository
class Decomptes {

    /** Ce que l'on relit d'un décompte enregistré. */
    record Resume(UUID id, @Nullable String feuille, StatutDuDecompte statut, Payeur payeur, Montant montantPaye, int lignes,
            List<String> motifs) {
    }

    private final JdbcClient jdbc;

    Decomptes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enregistre un décompte (et, s'il est payé, ses soins) ; rend son identifiant. */
    UUID enregistrer(FeuilleDeSoins feuille, Decompte d, @Nullable UUID lot, @Nullable Integer ligneDuLot) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into sante.decompte (id, lot, ligne_du_lot, feuille, nir, date_soins, date_reception, flux, executant_rpps, statut, payeur,
                    montant_rembourse, participation_forfaitaire, franchises, recupere, a_recouvrer, montant_paye, version_parametres,
                    explication, liquide_le)
                values (:id, :lot, :ligne, :feuille, :nir, :dateSoins, :dateReception, :flux, :rpps, :statut, :payeur,
                    :rembourse, :pf, :franchises, :recupere, :aRecouvrer, :paye, :version, :explication, :liquideLe)
                """)
                .param("id", id).param("lot", lot).param("ligne", ligneDuLot).param("feuille", d.feuille()).param("nir", d.nir())
                .param("dateSoins", d.dateDesSoins()).param("dateReception", feuille.dateDeReception()).param("flux", feuille.flux().name())
                .param("rpps", feuille.executant().rpps().valeur()).param("statut", d.statut().name()).param("payeur", d.payeur().name())
                .param("rembourse", d.montantRembourse().valeur()).param("pf", d.participationForfaitaire().valeur())
                .param("franchises", d.franchises().valeur()).param("recupere", d.recupere().valeur()).param("aRecouvrer", d.aRecouvrer().valeur())
                .param("paye", d.montantPaye().valeur()).param("version", d.versionDesParametres())
                .param("explication", EnFrancais.texte(d.explication())).param("liquideLe", Timestamp.from(Instant.now()))
                .update();
        for (var l : d.lignes()) {
            jdbc.sql("""
                    insert into sante.ligne_de_decompte (decompte, numero, code, coefficient, quantite, montant_facture, base, taux, rembourse,
                        depassement, franchise)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(id, l.numero(), l.code().toString(), l.coefficient(), l.quantite(), l.montantFacture().valeur(), l.base().valeur(),
                            l.taux(), l.rembourse().valeur(), l.depassement().valeur(), l.franchise().valeur())
                    .update();
        }
        for (int i = 0; i < d.rejets().size(); i++) {
            var r = d.rejets().get(i);
            jdbc.sql("insert into sante.motif_de_rejet (decompte, rang, code, libelle) values (?, ?, ?, ?)")
                    .params(id, i + 1, r.motif().name(), r.libelle()).update();
        }
        if (d.estPaye()) {
            for (var ligne : feuille.lignes()) {
                var cle = CleDeSoin.de(feuille, ligne);
                jdbc.sql("""
                        insert into sante.soin_paye (nir, executant_rpps, date_soins, code, coefficient, activite, phase, quantite, decompte)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                        .params(cle.nir(), cle.rpps(), cle.date(), cle.code(), cle.coefficient(), cle.activite(), cle.phase(), cle.quantite(), id)
                        .update();
            }
        }
        return id;
    }

    Optional<Resume> findParId(UUID id) {
        var motifs = jdbc.sql("select code from sante.motif_de_rejet where decompte = ? order by rang").param(id).query(String.class).list();
        int lignes = jdbc.sql("select count(*) from sante.ligne_de_decompte where decompte = ?").param(id).query(Integer.class).single();
        return jdbc.sql("select id, feuille, statut, payeur, montant_paye from sante.decompte where id = ?").param(id)
                .query((rs, n) -> new Resume(rs.getObject("id", UUID.class), rs.getString("feuille"), StatutDuDecompte.valueOf(rs.getString("statut")),
                        Payeur.valueOf(rs.getString("payeur")), Montant.euros(rs.getBigDecimal("montant_paye")), lignes, motifs))
                .optional();
    }

    /** Les soins déjà payés d'un bénéficiaire, pour le contrôle des doublons. */
    SoinsLiquides soinsPayes(String nir) {
        var cles = new HashSet<>(jdbc.sql("""
                select nir, executant_rpps, date_soins, code, coefficient, activite, phase, quantite from sante.soin_paye where nir = ?
                """).param(nir)
                .query((rs, n) -> new CleDeSoin(rs.getString("nir"), rs.getString("executant_rpps"), rs.getObject("date_soins", java.time.LocalDate.class),
                        rs.getString("code"), rs.getBigDecimal("coefficient"), rs.getInt("activite"), rs.getInt("phase"), rs.getInt("quantite")))
                .list());
        return cles::contains;
    }
}
