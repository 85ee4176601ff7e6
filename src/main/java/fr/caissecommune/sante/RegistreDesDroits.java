package fr.caissecommune.sante;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;

/** Les droits enregistrés (schéma {@code sante}) : bénéficiaires, affiliations, cartes, médecins traitants, ALD, grossesses, AME, C2S. */
@Repository
class RegistreDesDroits {

    /** Un bénéficiaire tel qu'il est recopié du référentiel. */
    record Beneficiaire(UUID personne, @Nullable Nir nir, String nom, LocalDate dateDeNaissance, @Nullable LocalDate deces) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegistreDesDroits(JdbcClient jdbc, JdbcTemplate template) {
        this.template = template;
        this.jdbc = jdbc;
    }

    // ---- bénéficiaires

    boolean inscrire(UUID personne, @Nullable Nir nir, String nom, LocalDate naissance) {
        // Idempotent : l'inscription et l'arrivée au foyer d'un nouveau-né sont écoutées en parallèle.
        return jdbc.sql("insert into sante.beneficiaire (personne, nir, nom, date_naissance) values (?, ?, ?, ?) on conflict do nothing")
                .params(personne, nir == null ? null : nir.valeur(), nom, naissance).update() > 0;
    }

    void deceder(UUID personne, LocalDate date) {
        jdbc.sql("update sante.beneficiaire set deces = ? where personne = ?").params(date, personne).update();
    }

    Optional<Beneficiaire> beneficiaire(UUID personne) {
        return jdbc.sql("select * from sante.beneficiaire where personne = ?").param(personne).query(RegistreDesDroits::beneficiaire).optional();
    }

    Optional<Beneficiaire> beneficiaire(Nir nir) {
        return jdbc.sql("select * from sante.beneficiaire where nir = ?").param(nir.valeur()).query(RegistreDesDroits::beneficiaire).optional();
    }

    private static Beneficiaire beneficiaire(ResultSet rs, int n) throws SQLException {
        var nir = rs.getString("nir");
        return new Beneficiaire(rs.getObject("personne", UUID.class), nir == null ? null : Nir.of(nir), rs.getString("nom"),
                rs.getObject("date_naissance", LocalDate.class), rs.getObject("deces", LocalDate.class));
    }

    // ---- affiliations

    void affilier(Affiliation a) {
        var od = a.ouvrantsDroit();
        jdbc.sql("""
                insert into sante.affiliation (id, personne, titre, ouvrant_droit_1, ouvrant_droit_2, debut, fin, motif, motif_de_fin)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.personne(), a.titre().name(), od.isEmpty() ? null : od.get(0), od.size() < 2 ? null : od.get(1),
                        a.periode().debut(), a.periode().fin(), a.motif(), a.motifDeFin())
                .update();
    }

    void terminer(UUID affiliation, LocalDate fin, String motif) {
        jdbc.sql("update sante.affiliation set fin = ?, motif_de_fin = ? where id = ?").params(fin, motif, affiliation).update();
    }

    List<Affiliation> affiliations(UUID personne) {
        return jdbc.sql("select * from sante.affiliation where personne = ? order by debut").param(personne).query(RegistreDesDroits::affiliation).list();
    }

    /** Les affiliations en cours des ayants droit rattachés à cet assuré. */
    List<Affiliation> ayantsDroitEnCours(UUID ouvrant) {
        return jdbc.sql("select * from sante.affiliation where (ouvrant_droit_1 = ? or ouvrant_droit_2 = ?) and fin is null")
                .params(ouvrant, ouvrant).query(RegistreDesDroits::affiliation).list();
    }

    private static Affiliation affiliation(ResultSet rs, int n) throws SQLException {
        var ouvrants = new ArrayList<UUID>(2);
        for (var colonne : List.of("ouvrant_droit_1", "ouvrant_droit_2")) {
            var o = rs.getObject(colonne, UUID.class);
            if (o != null) {
                ouvrants.add(o);
            }
        }
        return new Affiliation(rs.getObject("id", UUID.class), rs.getObject("personne", UUID.class), TitreDAffiliation.valueOf(rs.getString("titre")),
                ouvrants, periode(rs), rs.getString("motif"), rs.getString("motif_de_fin"));
    }

    private static Periode periode(ResultSet rs) throws SQLException {
        return new Periode(rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class));
    }

    // ---- carte Vitale

    void demanderCarte(DemandeDeCarteVitale d) {
        jdbc.sql("insert into sante.carte_vitale (id, personne, demandee_le, statut, statut_le) values (?, ?, ?, ?, ?)")
                .params(d.id(), d.personne(), d.demandeeLe(), d.statut().name(), d.statutLe()).update();
    }

    void changerStatutDeCarte(UUID id, StatutDeCarteVitale statut, LocalDate le) {
        jdbc.sql("update sante.carte_vitale set statut = ?, statut_le = ? where id = ?").params(statut.name(), le, id).update();
    }

    Optional<DemandeDeCarteVitale> carte(UUID id) {
        return jdbc.sql("select * from sante.carte_vitale where id = ?").param(id).query(RegistreDesDroits::carte).optional();
    }

    List<DemandeDeCarteVitale> cartes(UUID personne) {
        return jdbc.sql("select * from sante.carte_vitale where personne = ? order by demandee_le").param(personne).query(RegistreDesDroits::carte).list();
    }

    private static DemandeDeCarteVitale carte(ResultSet rs, int n) throws SQLException {
        return new DemandeDeCarteVitale(rs.getObject("id", UUID.class), rs.getObject("personne", UUID.class), rs.getObject("demandee_le", LocalDate.class),
                StatutDeCarteVitale.valueOf(rs.getString("statut")), rs.getObject("statut_le", LocalDate.class));
    }

    // ---- médecin traitant

    void declarerMedecin(UUID personne, MedecinTraitant m) {
        jdbc.sql("insert into sante.medecin_traitant (id, personne, rpps, nom, debut, fin) values (?, ?, ?, ?, ?, ?)")
                .params(m.id(), personne, m.rpps().valeur(), m.nom(), m.periode().debut(), m.periode().fin()).update();
    }

    void terminerMedecin(UUID id, LocalDate fin) {
        jdbc.sql("update sante.medecin_traitant set fin = ? where id = ?").params(fin, id).update();
    }

    List<MedecinTraitant> medecins(UUID personne) {
        return jdbc.sql("select * from sante.medecin_traitant where personne = ? order by debut").param(personne)
                .query((rs, n) -> medecin(rs)).list();
    }

    private static MedecinTraitant medecin(ResultSet rs) throws SQLException {
        return new MedecinTraitant(rs.getObject("id", UUID.class), Rpps.of(rs.getString("rpps")), rs.getString("nom"), periode(rs));
    }

    // ---- ALD, grossesses, AME

    void reconnaitreAld(UUID id, UUID personne, Ald ald) {
        jdbc.sql("insert into sante.ald (id, personne, affection, debut, fin, codes) values (?, ?, ?, ?, ?, ?)")
                .params(id, personne, ald.affection(), ald.periode().debut(), ald.periode().fin(), String.join(" ", ald.codes().stream().sorted().toList()))
                .update();
    }

    void terminerAld(UUID id, LocalDate fin) {
        jdbc.sql("update sante.ald set fin = ? where id = ?").params(fin, id).update();
    }

    List<DossierSante.AldReconnue> ald(UUID personne) {
        return jdbc.sql("select * from sante.ald where personne = ? order by debut").param(personne)
                .query((rs, n) -> new DossierSante.AldReconnue(rs.getObject("id", UUID.class), ald(rs))).list();
    }

    private static Ald ald(ResultSet rs) throws SQLException {
        var codes = rs.getString("codes");
        return new Ald(rs.getString("affection"), periode(rs), codes.isBlank() ? java.util.Set.of() : new HashSet<>(Arrays.asList(codes.split(" "))));
    }

    void declarerGrossesse(UUID id, UUID personne, LocalDate debut, LocalDate accouchementPrevu) {
        jdbc.sql("insert into sante.grossesse (id, personne, debut, accouchement_prevu) values (?, ?, ?, ?)")
                .params(id, personne, debut, accouchementPrevu).update();
    }

    /** Enregistre l'accouchement sur la grossesse en cours la plus récente ; faux s'il n'y en a pas. */
    boolean accoucher(UUID personne, LocalDate date) {
        return jdbc.sql("""
                update sante.grossesse set accouchement = ? where id = (
                    select id from sante.grossesse where personne = ? and accouchement is null and debut < ? order by debut desc limit 1)""")
                .params(date, personne, date).update() > 0;
    }

    List<Grossesse> grossesses(UUID personne) {
        return jdbc.sql("select * from sante.grossesse where personne = ? order by debut").param(personne).query((rs, n) -> grossesse(rs)).list();
    }

    private static Grossesse grossesse(ResultSet rs) throws SQLException {
        var reel = rs.getObject("accouchement", LocalDate.class);
        return new Grossesse(rs.getObject("debut", LocalDate.class), reel != null ? reel : rs.getObject("accouchement_prevu", LocalDate.class));
    }

    void ouvrirAme(UUID id, UUID personne, Periode periode) {
        jdbc.sql("insert into sante.ame (id, personne, debut, fin) values (?, ?, ?, ?)").params(id, personne, periode.debut(), periode.fin()).update();
    }

    List<Periode> ame(UUID personne) {
        return jdbc.sql("select debut, fin from sante.ame where personne = ? order by debut").param(personne).query((rs, n) -> periode(rs)).list();
    }

    /** Clôt à la date les droits encore ouverts après elle (décès) : ALD, médecin traitant, AME, C2S. */
    void cloreLesDroits(UUID personne, LocalDate fin) {
        for (var table : List.of("sante.ald", "sante.medecin_traitant")) {
            jdbc.sql("update " + table + " set fin = ? where personne = ? and (fin is null or fin > ?) and debut < ?").params(fin, personne, fin, fin).update();
        }
        jdbc.sql("update sante.ame set fin = ? where personne = ? and fin > ? and debut < ?").params(fin, personne, fin, fin).update();
    }

    // ---- situations pour la liquidation

    /** Les situations des bénéficiaires de ces NIR (absents : inconnus de la caisse), par tranches de 10 000 NIR. */
    Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs) {
        var resultat = new HashMap<String, SituationDuBeneficiaire>(nirs.size() * 2);
        var liste = new ArrayList<>(new HashSet<>(nirs));
        for (int debut = 0; debut < liste.size(); debut += 10_000) {
            var tranche = liste.subList(debut, Math.min(liste.size(), debut + 10_000));
            resultat.putAll(assembler(tranche.toArray(String[]::new)));
        }
        return resultat;
    }

    /** Les situations de tous les bénéficiaires qui ont un NIR, pour une liquidation de masse tenue en mémoire. */
    Map<String, SituationDuBeneficiaire> toutesLesSituations() {
        return assembler(null);
    }

    Optional<SituationDuBeneficiaire> situation(UUID personne) {
        var b = beneficiaire(personne);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        var droits = affiliations(personne).stream().map(Affiliation::periode).toList();
        var c2s = jdbc.sql("""
                select d.debut, d.fin from sante.membre_c2s m join sante.demande_c2s d on d.id = m.demande
                where m.personne = ? and d.statut = 'ACCORDEE' order by d.debut""").param(personne).query((rs, n) -> periode(rs)).list();
        var mt = medecins(personne).stream().filter(m -> m.periode().estOuverte()).findFirst().map(MedecinTraitant::rpps).orElse(null);
        return Optional.of(new SituationDuBeneficiaire(b.get().dateDeNaissance(), droits, c2s, ame(personne),
                ald(personne).stream().map(DossierSante.AldReconnue::ald).toList(), grossesses(personne), mt));
    }

    /** Une situation en cours d'assemblage. */
    private static final class EnCours {
        final String nir;
        final LocalDate naissance;
        List<Periode> droits = List.of();
        List<Periode> c2s = List.of();
        List<Periode> ame = List.of();
        List<Ald> ald = List.of();
        List<Grossesse> grossesses = List.of();
        @Nullable Rpps medecin;

        EnCours(String nir, LocalDate naissance) {
            this.nir = nir;
            this.naissance = naissance;
        }

        static <T> List<T> ajoute(List<T> liste, T element) {
            var l = liste.isEmpty() ? new ArrayList<T>(2) : liste;
            l.add(element);
            return l;
        }
    }

    private interface Complement {
        void ajouter(EnCours e, ResultSet rs) throws SQLException;
    }

    /**
     * Sept lectures quel que soit le nombre de NIR : les bénéficiaires (NIR dans un tableau lié, {@code = any(?)}), puis
     * chaque nature de droit par personne (index sur la personne) ; sans NIR donnés, des lectures complètes sans jointure.
     */
    private Map<String, SituationDuBeneficiaire> assembler(String @Nullable [] nirs) {
        var parPersonne = new HashMap<UUID, EnCours>(nirs == null ? 1 << 16 : nirs.length * 2);
        RowCallbackHandler beneficiaire = rs -> parPersonne.put(rs.getObject(1, UUID.class), new EnCours(rs.getString(2), rs.getObject(3, LocalDate.class)));
        if (nirs == null) {
            template.query("select personne, nir, date_naissance from sante.beneficiaire where nir is not null", beneficiaire);
        } else {
            template.query("select personne, nir, date_naissance from sante.beneficiaire where nir = any(?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", nirs)), beneficiaire);
        }
        if (parPersonne.isEmpty()) {
            return Map.of();
        }
        var ids = nirs == null ? null : parPersonne.keySet().toArray(UUID[]::new);
        lire("select personne, debut, fin from sante.affiliation where true", ids, parPersonne, (e, rs) -> e.droits = EnCours.ajoute(e.droits, periode(rs)));
        lire("""
                select m.personne, t.debut, t.fin from sante.membre_c2s m join sante.demande_c2s t on t.id = m.demande
                where t.statut = 'ACCORDEE'""", ids, parPersonne, (e, rs) -> e.c2s = EnCours.ajoute(e.c2s, periode(rs)));
        lire("select personne, debut, fin from sante.ame where true", ids, parPersonne, (e, rs) -> e.ame = EnCours.ajoute(e.ame, periode(rs)));
        lire("select personne, affection, debut, fin, codes from sante.ald where true", ids, parPersonne, (e, rs) -> e.ald = EnCours.ajoute(e.ald, ald(rs)));
        lire("select personne, debut, accouchement_prevu, accouchement from sante.grossesse where true", ids, parPersonne,
                (e, rs) -> e.grossesses = EnCours.ajoute(e.grossesses, grossesse(rs)));
        lire("select personne, rpps from sante.medecin_traitant where fin is null", ids, parPersonne, (e, rs) -> e.medecin = Rpps.of(rs.getString(2)));
        var resultat = new HashMap<String, SituationDuBeneficiaire>(parPersonne.size() * 2);
        for (var e : parPersonne.values()) {
            resultat.put(e.nir, new SituationDuBeneficiaire(e.naissance, e.droits, e.c2s, e.ame, e.ald, e.grossesses, e.medecin));
        }
        return resultat;
    }

    /** Lit une nature de droit pour les personnes données (toutes si {@code ids} est nul) ; la première colonne est la personne. */
    private void lire(String sql, UUID @Nullable [] ids, Map<UUID, EnCours> parPersonne, Complement complement) {
        RowCallbackHandler ligne = rs -> {
            var e = parPersonne.get(rs.getObject(1, UUID.class));
            if (e != null) {
                complement.ajouter(e, rs);
            }
        };
        if (ids == null) {
            template.query(sql, ligne);
        } else {
            var colonne = sql.contains("sante.membre_c2s m") ? "m.personne" : "personne";
            template.query(sql + " and " + colonne + " = any(?)", ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)), ligne);
        }
    }

    // ---- C2S

    void deposer(UUID id, UUID demandeur, LocalDate le, Montant ressources, List<UUID> membres, @Nullable UUID renouvellementDe) {
        jdbc.sql("""
                insert into sante.demande_c2s (id, demandeur, deposee_le, ressources, renouvellement_de, statut)
                values (?, ?, ?, ?, ?, 'DEPOSEE')""").params(id, demandeur, le, ressources.valeur(), renouvellementDe).update();
        for (var m : membres) {
            jdbc.sql("insert into sante.membre_c2s (demande, personne) values (?, ?)").params(id, m).update();
        }
    }

    void decider(UUID id, DemandeC2s.Statut statut, DemandeC2s.@Nullable Forme forme, @Nullable Periode droit, @Nullable Montant participation,
            Map<UUID, Montant> participations, String explication, LocalDate le, String par) {
        jdbc.sql("""
                update sante.demande_c2s set statut = ?, forme = ?, debut = ?, fin = ?, participation_mensuelle = ?, explication = ?, decidee_le = ?,
                    decidee_par = ? where id = ?""")
                .params(statut.name(), forme == null ? null : forme.name(), droit == null ? null : droit.debut(), droit == null ? null : droit.fin(),
                        participation == null ? null : participation.valeur(), explication, le, par, id)
                .update();
        participations.forEach((personne, montant) -> jdbc.sql("update sante.membre_c2s set participation_mensuelle = ? where demande = ? and personne = ?")
                .params(montant.valeur(), id, personne).update());
    }

    /** Ferme à la date les droits C2S accordés qui la dépassent (décès du membre : la demande entière si c'est le demandeur). */
    void cloreC2s(UUID demandeur, LocalDate fin) {
        jdbc.sql("update sante.demande_c2s set fin = ? where demandeur = ? and statut = 'ACCORDEE' and fin > ? and debut < ?")
                .params(fin, demandeur, fin, fin).update();
    }

    Optional<DemandeC2s> demande(UUID id) {
        return demandes("where d.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<DemandeC2s> demandesDe(UUID personne) {
        return demandes("where d.id in (select demande from sante.membre_c2s where personne = :p) or d.demandeur = :p", Map.of("p", personne));
    }

    List<DemandeC2s> demandesAInstruire(int max) {
        return demandes("where d.statut = 'DEPOSEE'", Map.of()).stream().limit(max).toList();
    }

    List<DemandeC2s> dernieresDecisions(int max) {
        return jdbc.sql("select id from sante.demande_c2s where statut <> 'DEPOSEE' order by decidee_le desc, id limit " + max)
                .query(UUID.class).list().stream().map(id -> demande(id).orElseThrow()).toList();
    }

    private List<DemandeC2s> demandes(String filtre, Map<String, ?> parametres) {
        var membres = new HashMap<UUID, List<DemandeC2s.Membre>>();
        jdbc.sql("""
                select m.demande, m.personne, b.nom, b.date_naissance, m.participation_mensuelle from sante.membre_c2s m
                join sante.beneficiaire b on b.personne = m.personne where m.demande in (select d.id from sante.demande_c2s d """ + " " + filtre + ")"
                + " order by b.date_naissance")
                .params(parametres).query(rs -> {
                    var p = rs.getBigDecimal("participation_mensuelle");
                    membres.computeIfAbsent(rs.getObject("demande", UUID.class), k -> new ArrayList<>()).add(new DemandeC2s.Membre(
                            rs.getObject("personne", UUID.class), rs.getString("nom"), rs.getObject("date_naissance", LocalDate.class),
                            p == null ? null : Montant.euros(p)));
                });
        return jdbc.sql("select d.*, b.nom from sante.demande_c2s d join sante.beneficiaire b on b.personne = d.demandeur " + " " + filtre
                + " order by d.deposee_le, d.id").params(parametres).query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    var forme = rs.getString("forme");
                    var debut = rs.getObject("debut", LocalDate.class);
                    var p = rs.getBigDecimal("participation_mensuelle");
                    return new DemandeC2s(id, rs.getObject("demandeur", UUID.class), rs.getString("nom"), rs.getObject("deposee_le", LocalDate.class),
                            Montant.euros(rs.getBigDecimal("ressources")), membres.getOrDefault(id, List.of()), rs.getObject("renouvellement_de", UUID.class),
                            DemandeC2s.Statut.valueOf(rs.getString("statut")), forme == null ? null : DemandeC2s.Forme.valueOf(forme),
                            debut == null ? null : new Periode(debut, rs.getObject("fin", LocalDate.class)), p == null ? null : Montant.euros(p),
                            rs.getString("explication"), rs.getObject("decidee_le", LocalDate.class), rs.getString("decidee_par"));
                }).list();
    }

}
