package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * Ce que la vue à 360° montre des soins d'un bénéficiaire : ses derniers décomptes enregistrés avec leur
 * explication, et les compteurs de l'année civile de la participation forfaitaire et des franchises face à leurs
 * plafonds annuels (CSS, art. L160-13).
 */
@Service
@Transactional(readOnly = true)
public class HistoriqueDesSoins {

    /** Un décompte enregistré, tel qu'il est relu. */
    public record DecompteEnregistre(UUID id, @Nullable String feuille, LocalDate dateDesSoins, StatutDuDecompte statut, Payeur payeur,
            Montant montantPaye, Montant participationForfaitaire, Montant franchises, List<Ligne> lignes, List<String> motifsDeRejet,
            String explication) {

        public record Ligne(String code, Montant base, java.math.BigDecimal taux, Montant rembourse) {
        }
    }

    /** Le cumul de l'année et son plafond. */
    public record Compteur(String libelle, Montant retenu, @Nullable ValeurAppliquee plafond) {

        public @Nullable Montant reste() {
            return plafond == null ? null : Montant.euros(plafond.valeur()).moins(retenu).max(Montant.ZERO);
        }
    }

    private final JdbcClient jdbc;
    private final Parametres parametres;

    HistoriqueDesSoins(JdbcClient jdbc, Parametres parametres) {
        this.jdbc = jdbc;
        this.parametres = parametres;
    }

    /** Les derniers décomptes du bénéficiaire, du plus récent (date des soins) au plus ancien. */
    public List<DecompteEnregistre> derniersDecomptes(Nir nir, int nombre) {
        var lignes = new HashMap<UUID, List<DecompteEnregistre.Ligne>>();
        var motifs = new HashMap<UUID, List<String>>();
        var ids = jdbc.sql("select id from sante.decompte where nir = ? order by date_soins desc, liquide_le desc limit " + Math.max(1, nombre))
                .param(nir.valeur()).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select decompte, code, base, taux, rembourse from sante.ligne_de_decompte where decompte in (:ids) order by decompte, numero")
                .param("ids", ids).query(rs -> {
                    lignes.computeIfAbsent(rs.getObject("decompte", UUID.class), k -> new ArrayList<>()).add(new DecompteEnregistre.Ligne(
                            rs.getString("code"), Montant.euros(rs.getBigDecimal("base")), rs.getBigDecimal("taux"),
                            Montant.euros(rs.getBigDecimal("rembourse"))));
                });
        jdbc.sql("select decompte, code, libelle from sante.motif_de_rejet where decompte in (:ids) order by decompte, rang").param("ids", ids)
                .query(rs -> {
                    motifs.computeIfAbsent(rs.getObject("decompte", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("code") + " : " + rs.getString("libelle"));
                });
        return jdbc.sql("""
                select id, feuille, date_soins, statut, payeur, montant_paye, participation_forfaitaire, franchises, explication
                from sante.decompte where id in (:ids) order by date_soins desc, liquide_le desc""").param("ids", ids)
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new DecompteEnregistre(id, rs.getString("feuille"), rs.getObject("date_soins", LocalDate.class),
                            StatutDuDecompte.valueOf(rs.getString("statut")), Payeur.valueOf(rs.getString("payeur")),
                            Montant.euros(rs.getBigDecimal("montant_paye")), Montant.euros(rs.getBigDecimal("participation_forfaitaire")),
                            Montant.euros(rs.getBigDecimal("franchises")), lignes.getOrDefault(id, List.of()), motifs.getOrDefault(id, List.of()),
                            rs.getString("explication"));
                }).list();
    }

    /** Participations forfaitaires et franchises retenues sur les soins de l'année, face à leurs plafonds annuels. */
    public List<Compteur> compteursDeLAnnee(Nir nir, int annee) {
        var sommes = jdbc.sql("""
                select coalesce(sum(participation_forfaitaire), 0) as pf, coalesce(sum(franchises), 0) as fr from sante.decompte
                where nir = ? and statut = 'PAYE' and date_soins >= ? and date_soins < ?""")
                .params(nir.valeur(), LocalDate.of(annee, 1, 1), LocalDate.of(annee + 1, 1, 1))
                .query((rs, n) -> new Montant[] { Montant.euros(rs.getBigDecimal("pf")), Montant.euros(rs.getBigDecimal("fr")) }).single();
        var instant = parametres.courant().a(LocalDate.of(annee, 12, 31));
        var pf = instant.existe("sante/participation_forfaitaire/plafond_annuel") ? instant.applique("sante/participation_forfaitaire/plafond_annuel") : null;
        var fr = instant.existe("sante/franchises/plafond_annuel") ? instant.applique("sante/franchises/plafond_annuel") : null;
        return List.of(new Compteur("Participations forfaitaires", sommes[0], pf), new Compteur("Franchises médicales", sommes[1], fr));
    }
}
