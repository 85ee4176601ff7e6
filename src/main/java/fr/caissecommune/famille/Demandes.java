package fr.caissecommune.famille;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Source;

/** Les demandes de prestation et leurs pièces. Le nom du demandeur et le numéro d'allocataire sont lus à part (référentiel). */
@Repository
class Demandes {

    /** Une demande telle qu'elle est enregistrée, avant d'y joindre les noms tenus par le référentiel. */
    record Ligne(DemandeId id, String numero, FoyerId foyer, PersonneId demandeur, Prestation prestation, Source canal, LocalDate recueLe,
            Demande.Statut statut, String instructeur, LocalDate decideeLe, String decideePar, YearMonth aCompterDu, Montant montantMensuel,
            MotifDeRejet motifDeRejet, String explication, LocalDate payeeLe) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Demandes(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    String prochainNumero(LocalDate recueLe) {
        long n = jdbc.sql("select nextval('famille.numero_de_demande')").query(Long.class).single();
        return "DEM-" + recueLe.getYear() + "-" + String.format("%07d", n);
    }

    void inserer(Ligne d, Collection<PieceJustificative> attendues, Map<PieceJustificative, LocalDate> recues) {
        insererEnMasse(List.of(d), Map.of(d.id(), attendues), Map.of(d.id(), recues));
    }

    /** Insère des demandes et leurs pièces par paquets (département simulé). */
    void insererEnMasse(List<Ligne> demandes, Map<DemandeId, ? extends Collection<PieceJustificative>> attendues,
            Map<DemandeId, Map<PieceJustificative, LocalDate>> recues) {
        var maintenant = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("""
                insert into famille.demande (id, numero, foyer_id, demandeur_id, prestation, canal, recue_le, statut, instructeur, decidee_le,
                    decidee_par, a_compter_du, montant_mensuel, motif_de_rejet, explication, payee_le, cree_le)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", demandes, 2000, (ps, d) -> {
            ps.setObject(1, d.id().valeur());
            ps.setString(2, d.numero());
            ps.setObject(3, d.foyer().valeur());
            ps.setObject(4, d.demandeur().valeur());
            ps.setString(5, d.prestation().name());
            ps.setString(6, d.canal().name());
            ps.setDate(7, Date.valueOf(d.recueLe()));
            ps.setString(8, d.statut().name());
            ps.setString(9, d.instructeur());
            ps.setDate(10, d.decideeLe() == null ? null : Date.valueOf(d.decideeLe()));
            ps.setString(11, d.decideePar());
            ps.setDate(12, d.aCompterDu() == null ? null : Date.valueOf(d.aCompterDu().atDay(1)));
            ps.setBigDecimal(13, d.montantMensuel() == null ? null : d.montantMensuel().valeur());
            ps.setString(14, d.motifDeRejet() == null ? null : d.motifDeRejet().name());
            ps.setString(15, d.explication());
            ps.setDate(16, d.payeeLe() == null ? null : Date.valueOf(d.payeeLe()));
            ps.setTimestamp(17, maintenant);
        });
        var pieces = new ArrayList<Object[]>();
        demandes.forEach(d -> attendues.get(d.id()).forEach(p -> {
            var recue = recues.getOrDefault(d.id(), Map.of()).get(p);
            pieces.add(new Object[] { d.id().valeur(), p.name(), recue == null ? null : Date.valueOf(recue) });
        }));
        template.batchUpdate("insert into famille.piece_de_demande (demande_id, piece, recue_le) values (?, ?, ?)", pieces);
    }

    void recevoirPiece(DemandeId id, PieceJustificative piece, LocalDate le) {
        jdbc.sql("update famille.piece_de_demande set recue_le = ? where demande_id = ? and piece = ?")
                .params(Date.valueOf(le), id.valeur(), piece.name()).update();
    }

    void prendreEnCharge(DemandeId id, String instructeur) {
        jdbc.sql("update famille.demande set statut = 'EN_INSTRUCTION', instructeur = ? where id = ?").params(instructeur, id.valeur()).update();
    }

    void decider(DemandeId id, Demande.Statut statut, LocalDate le, String par, YearMonth aCompterDu, Montant montant, MotifDeRejet motif,
            String explication) {
        jdbc.sql("""
                update famille.demande set statut = ?, decidee_le = ?, decidee_par = ?, a_compter_du = ?, montant_mensuel = ?,
                    motif_de_rejet = ?, explication = ? where id = ?""")
                .params(statut.name(), Date.valueOf(le), par, aCompterDu == null ? null : Date.valueOf(aCompterDu.atDay(1)),
                        montant == null ? null : montant.valeur(), motif == null ? null : motif.name(), explication, id.valeur())
                .update();
    }

    Optional<Ligne> find(DemandeId id) {
        return jdbc.sql("select * from famille.demande where id = ?").param(id.valeur()).query(Demandes::lire).optional();
    }

    /** Une demande de cette prestation encore en cours pour ce foyer (reçue ou en instruction). */
    Optional<Ligne> enCours(FoyerId foyer, Prestation prestation) {
        return jdbc.sql("select * from famille.demande where foyer_id = ? and prestation = ? and statut in ('RECUE', 'EN_INSTRUCTION')")
                .params(foyer.valeur(), prestation.name()).query(Demandes::lire).optional();
    }

    /** Les demandes à instruire, les plus anciennes d'abord ; filtrées par prestation si elle est donnée. */
    List<Ligne> aInstruire(@org.jspecify.annotations.Nullable Prestation prestation, int combien) {
        var filtre = prestation == null ? "" : " and prestation = :prestation";
        var requete = jdbc.sql("select * from famille.demande where statut in ('RECUE', 'EN_INSTRUCTION')" + filtre
                + " order by recue_le, numero fetch first :combien rows only").param("combien", combien);
        if (prestation != null) {
            requete = requete.param("prestation", prestation.name());
        }
        return requete.query(Demandes::lire).list();
    }

    /** Le nombre de demandes à instruire, par prestation. */
    Map<Prestation, Long> nombreAInstruire() {
        var resultat = new java.util.EnumMap<Prestation, Long>(Prestation.class);
        jdbc.sql("select prestation, count(*) as n from famille.demande where statut in ('RECUE', 'EN_INSTRUCTION') group by prestation")
                .query(rs -> {
                    resultat.put(Prestation.valueOf(rs.getString("prestation")), rs.getLong("n"));
                });
        return resultat;
    }

    List<Ligne> duFoyer(FoyerId foyer) {
        return jdbc.sql("select * from famille.demande where foyer_id = ? order by recue_le desc, numero desc").param(foyer.valeur())
                .query(Demandes::lire).list();
    }

    Map<DemandeId, List<Demande.Piece>> pieces(Collection<DemandeId> ids) {
        var resultat = new HashMap<DemandeId, List<Demande.Piece>>();
        if (ids.isEmpty()) {
            return resultat;
        }
        jdbc.sql("select * from famille.piece_de_demande where demande_id in (:ids) order by demande_id, piece")
                .param("ids", ids.stream().map(DemandeId::valeur).toList())
                .query(rs -> {
                    resultat.computeIfAbsent(new DemandeId(rs.getObject("demande_id", UUID.class)), k -> new ArrayList<>())
                            .add(new Demande.Piece(PieceJustificative.valueOf(rs.getString("piece")), rs.getObject("recue_le", LocalDate.class)));
                });
        resultat.values().forEach(l -> l.sort(java.util.Comparator.comparing(Demande.Piece::piece)));
        return resultat;
    }

    /**
     * Marque payées les demandes accordées, non encore payées, dont le foyer a reçu un versement à la paie de ce mois
     * (mois de droit atteint, décision antérieure à la date de paiement), et les rend.
     */
    List<Ligne> marquerPayees(YearMonth mois, LocalDate datePaiement) {
        var payees = jdbc.sql("""
                select d.* from famille.demande d
                where d.statut = 'ACCORDEE' and d.payee_le is null and d.a_compter_du <= :mois and d.decidee_le <= :date
                  and exists (select 1 from famille.echeance e where e.foyer_id = d.foyer_id and e.mois = :mois and e.montant_verse > 0
                              and e.statut in ('VERSEE', 'VERSEE_EN_RELIQUAT'))""")
                .param("mois", Date.valueOf(mois.atDay(1))).param("date", Date.valueOf(datePaiement))
                .query(Demandes::lire).list();
        template.batchUpdate("update famille.demande set payee_le = ? where id = ?", payees, 2000, (ps, d) -> {
            ps.setDate(1, Date.valueOf(datePaiement));
            ps.setObject(2, d.id().valeur());
        });
        return payees;
    }

    static Ligne lire(ResultSet rs, int ligne) throws SQLException {
        var aCompterDu = rs.getObject("a_compter_du", LocalDate.class);
        var montant = rs.getBigDecimal("montant_mensuel");
        var motif = rs.getString("motif_de_rejet");
        return new Ligne(new DemandeId(rs.getObject("id", UUID.class)), rs.getString("numero"), new FoyerId(rs.getObject("foyer_id", UUID.class)),
                new PersonneId(rs.getObject("demandeur_id", UUID.class)), Prestation.valueOf(rs.getString("prestation")),
                Source.valueOf(rs.getString("canal")), rs.getObject("recue_le", LocalDate.class), Demande.Statut.valueOf(rs.getString("statut")),
                rs.getString("instructeur"), rs.getObject("decidee_le", LocalDate.class), rs.getString("decidee_par"),
                aCompterDu == null ? null : YearMonth.from(aCompterDu), montant == null ? null : Montant.euros(montant),
                motif == null ? null : MotifDeRejet.valueOf(motif), rs.getString("explication"), rs.getObject("payee_le", LocalDate.class));
    }
}
