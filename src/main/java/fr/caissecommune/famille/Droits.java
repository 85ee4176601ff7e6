package fr.caissecommune.famille;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.ListeSql;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;

/**
 * Les droits mensuels (montant dû par mois et par prestation selon le dernier calcul) et les échéances versées
 * (une par foyer et par mois : la clé primaire interdit de payer deux fois le même mois).
 */
@Repository
class Droits {

    /** Le montant dû d'un mois pour une prestation. */
    record DroitMensuel(FoyerId foyer, YearMonth mois, Prestation prestation, Montant brut, Montant crds, Montant net,
            String versionParametres) {
    }

    /** L'échéance d'un mois : dû, rappels ajoutés, retenue sur indu, versé. */
    record Echeance(FoyerId foyer, YearMonth mois, Montant du, Montant rappels, Montant reliquats, Montant retenue, Montant verse,
            StatutEcheance statut,
            String referencePaiement, LocalDate datePaiement) {
    }

    enum StatutEcheance {
        VERSEE("Versée"), SANS_COMPTE_BANCAIRE("Suspendue : coordonnées bancaires absentes"),
        VERSEE_EN_RELIQUAT("Versée en reliquat, à une paie ultérieure"), RIEN_A_VERSER("Rien à verser");

        private final String libelle;

        StatutEcheance(String libelle) {
            this.libelle = libelle;
        }

        String libelle() {
            return libelle;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Droits(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void enregistrerDroits(List<DroitMensuel> droits) {
        var maintenant = Timestamp.valueOf(LocalDateTime.now());
        // Un droit recalculé remplace le précédent : une suppression par mois et prestation, pour tout le lot.
        droits.stream().collect(Collectors.groupingBy(d -> d.mois().atDay(1), Collectors.groupingBy(DroitMensuel::prestation)))
                .forEach((mois, parPrestation) -> parPrestation.forEach((prestation, liste) -> jdbc.sql("""
                        delete from famille.droit_mensuel where mois = :mois and prestation = :prestation and foyer_id in (:foyers)""")
                        .param("mois", Date.valueOf(mois)).param("prestation", prestation.name())
                        .param("foyers", liste.stream().map(d -> d.foyer().valeur()).toList()).update()));
        template.batchUpdate("""
                insert into famille.droit_mensuel (foyer_id, mois, prestation, montant_brut, crds, montant_net, version_parametres, calcule_le)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", droits, 5000, (ps, d) -> {
            ps.setObject(1, d.foyer().valeur());
            ps.setDate(2, Date.valueOf(d.mois().atDay(1)));
            ps.setString(3, d.prestation().name());
            ps.setBigDecimal(4, d.brut().valeur());
            ps.setBigDecimal(5, d.crds().valeur());
            ps.setBigDecimal(6, d.net().valeur());
            ps.setString(7, d.versionParametres());
            ps.setTimestamp(8, maintenant);
        });
    }

    void enregistrerEcheances(List<Echeance> echeances) {
        var maintenant = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("""
                insert into famille.echeance (foyer_id, mois, montant_du, rappels, reliquats, retenue, montant_verse, statut,
                    reference_paiement, date_paiement, cree_le) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", echeances, 5000, (ps, e) -> {
            ps.setObject(1, e.foyer().valeur());
            ps.setDate(2, Date.valueOf(e.mois().atDay(1)));
            ps.setBigDecimal(3, e.du().valeur());
            ps.setBigDecimal(4, e.rappels().valeur());
            ps.setBigDecimal(5, e.reliquats().valeur());
            ps.setBigDecimal(6, e.retenue().valeur());
            ps.setBigDecimal(7, e.verse().valeur());
            ps.setString(8, e.statut().name());
            ps.setString(9, e.referencePaiement());
            ps.setDate(10, Date.valueOf(e.datePaiement()));
            ps.setTimestamp(11, maintenant);
        });
    }

    /** Les échéances suspendues faute de compte bancaire, par foyer : elles seront versées en reliquat. */
    Map<UUID, List<Echeance>> echeancesSuspendues(Collection<UUID> foyers) {
        if (foyers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from famille.echeance where statut = 'SANS_COMPTE_BANCAIRE' and foyer_id = any(:foyers)")
                .param("foyers", ListeSql.uuids(foyers)).query((rs, i) -> lire(rs)).list().stream()
                .collect(Collectors.groupingBy(e -> e.foyer().valeur()));
    }

    void marquerVerseesEnReliquat(List<Echeance> echeances, String reference) {
        template.batchUpdate("update famille.echeance set statut = 'VERSEE_EN_RELIQUAT', reference_paiement = ? where foyer_id = ? and mois = ?",
                echeances, 1000, (ps, e) -> {
                    ps.setString(1, reference);
                    ps.setObject(2, e.foyer().valeur());
                    ps.setDate(3, Date.valueOf(e.mois().atDay(1)));
                });
    }

    /** Les foyers de la liste qui ont déjà leur échéance pour ce mois (reprise d'une paie interrompue). */
    List<UUID> dejaPayes(YearMonth mois, Collection<UUID> foyers) {
        if (foyers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select foyer_id from famille.echeance where mois = :mois and foyer_id = any(:foyers)")
                .param("mois", Date.valueOf(mois.atDay(1))).param("foyers", ListeSql.uuids(foyers)).query(UUID.class).list();
    }

    /** Les droits déjà établis pour ce foyer, par mois, pour une prestation. */
    Map<YearMonth, DroitMensuel> droitsDu(FoyerId foyer, Prestation prestation) {
        return jdbc.sql("select * from famille.droit_mensuel where foyer_id = ? and prestation = ? order by mois")
                .params(foyer.valeur(), prestation.name())
                .query((rs, i) -> new DroitMensuel(foyer, YearMonth.from(rs.getObject("mois", LocalDate.class)), prestation,
                        Montant.euros(rs.getBigDecimal("montant_brut")), Montant.euros(rs.getBigDecimal("crds")),
                        Montant.euros(rs.getBigDecimal("montant_net")), rs.getString("version_parametres")))
                .list().stream().collect(Collectors.toMap(DroitMensuel::mois, d -> d, (a, b) -> b, java.util.TreeMap::new));
    }

    /** Les droits déjà établis pour ce foyer, par mois puis par prestation, toutes prestations confondues. */
    Map<YearMonth, Map<Prestation, DroitMensuel>> droitsDu(FoyerId foyer) {
        var resultat = new java.util.TreeMap<YearMonth, Map<Prestation, DroitMensuel>>();
        jdbc.sql("select * from famille.droit_mensuel where foyer_id = ? order by mois").param(foyer.valeur())
                .query((rs, i) -> new DroitMensuel(foyer, YearMonth.from(rs.getObject("mois", LocalDate.class)),
                        Prestation.valueOf(rs.getString("prestation")), Montant.euros(rs.getBigDecimal("montant_brut")),
                        Montant.euros(rs.getBigDecimal("crds")), Montant.euros(rs.getBigDecimal("montant_net")), rs.getString("version_parametres")))
                .list().forEach(d -> resultat.computeIfAbsent(d.mois(), m -> new java.util.EnumMap<>(Prestation.class)).put(d.prestation(), d));
        return resultat;
    }

    /** Les mois dont la paie est terminée, à partir d'un mois donné, dans l'ordre. */
    List<YearMonth> paiesTermineesDepuis(YearMonth depuis) {
        return jdbc.sql("select mois from famille.paie_mensuelle where mois >= ? order by mois").param(Date.valueOf(depuis.atDay(1)))
                .query(LocalDate.class).list().stream().map(YearMonth::from).toList();
    }

    void paieTerminee(YearMonth mois) {
        jdbc.sql("""
                insert into famille.paie_mensuelle (mois, terminee_le)
                select :mois, :le where not exists (select 1 from famille.paie_mensuelle where mois = :mois)""")
                .param("mois", Date.valueOf(mois.atDay(1))).param("le", Timestamp.valueOf(LocalDateTime.now())).update();
    }

    /** La synthèse des échéances par mois de droit : foyers traités, payés, suspendus, montant versé. */
    record SyntheseDuMois(YearMonth mois, long foyers, long payes, long suspendus, Montant verse, Montant retenues) {
    }

    List<SyntheseDuMois> syntheseParMois() {
        return jdbc.sql("""
                select mois, count(*) as foyers, sum(case when statut = 'VERSEE' then 1 else 0 end) as payes,
                       sum(case when statut = 'SANS_COMPTE_BANCAIRE' then 1 else 0 end) as suspendus,
                       sum(case when statut = 'SANS_COMPTE_BANCAIRE' then 0 else montant_verse end) as verse, sum(retenue) as retenues
                from famille.echeance group by mois order by mois desc""")
                .query((rs, i) -> new SyntheseDuMois(YearMonth.from(rs.getObject("mois", LocalDate.class)), rs.getLong("foyers"),
                        rs.getLong("payes"), rs.getLong("suspendus"), Montant.euros(rs.getBigDecimal("verse")),
                        Montant.euros(rs.getBigDecimal("retenues"))))
                .list();
    }

    List<Echeance> echeancesDu(FoyerId foyer) {
        return jdbc.sql("select * from famille.echeance where foyer_id = ? order by mois desc").param(foyer.valeur())
                .query((rs, i) -> lire(rs)).list();
    }

    private static Echeance lire(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Echeance(new FoyerId(rs.getObject("foyer_id", UUID.class)), YearMonth.from(rs.getObject("mois", LocalDate.class)),
                Montant.euros(rs.getBigDecimal("montant_du")), Montant.euros(rs.getBigDecimal("rappels")),
                Montant.euros(rs.getBigDecimal("reliquats")), Montant.euros(rs.getBigDecimal("retenue")),
                Montant.euros(rs.getBigDecimal("montant_verse")), StatutEcheance.valueOf(rs.getString("statut")),
                rs.getString("reference_paiement"), rs.getObject("date_paiement", LocalDate.class));
    }
}
