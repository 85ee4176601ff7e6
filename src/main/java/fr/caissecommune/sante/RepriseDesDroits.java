package fr.caissecommune.sante;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.sante.calcul.InstructionC2s;

/**
 * La reprise des droits santé en masse (département simulé, migration) : insertions par lots, sans événement ni
 * trace par personne. Les C2S reprises sont instruites par la règle ({@link InstructionC2s}) : forme, participation
 * et période viennent des plafonds en vigueur, pas de l'appelant.
 */
@Service
public class RepriseDesDroits {

    /** Les droits d'un bénéficiaire à charger. */
    public record DroitsACharger(UUID personne, @Nullable Nir nir, String nom, LocalDate dateDeNaissance, TitreDAffiliation titre,
            List<UUID> ouvrantsDroit, LocalDate debut, List<Ald> ald, @Nullable Grossesse grossesse, @Nullable LocalDate carteVitaleEnvoyeeLe) {
    }

    /** Une demande de C2S à reprendre, décidée à sa date de décision. */
    public record C2sACharger(List<UUID> membres, List<LocalDate> naissances, Montant ressources, LocalDate deposeeLe, LocalDate decideeLe) {
    }

    /** Une AME à reprendre pour une personne qui ne relève pas de la PUMa. */
    public record AmeACharger(UUID personne, String nom, LocalDate dateDeNaissance, LocalDate debut) {
    }

    /** Ce que les C2S reprises ont donné. */
    public record BilanC2s(int accordeesSansParticipation, int accordeesAvecParticipation, int refusees) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Parametres parametres;

    RepriseDesDroits(JdbcTemplate jdbc, JdbcClient client, Parametres parametres) {
        this.jdbc = jdbc;
        this.client = client;
        this.parametres = parametres;
    }

    /** Les NIR des bénéficiaires (au plus {@code max}), pour les bancs d'essai. */
    public List<String> nirs(int max) {
        return client.sql("select nir from sante.beneficiaire where nir is not null limit " + Math.max(0, max)).query(String.class).list();
    }

    public long nombreDeBeneficiaires() {
        return client.sql("select count(*) from sante.beneficiaire").query(Long.class).single();
    }

    @Transactional
    public BilanC2s charger(List<DroitsACharger> droits, List<C2sACharger> c2s, List<AmeACharger> ame) {
        var beneficiaires = new ArrayList<Object[]>();
        var affiliations = new ArrayList<Object[]>();
        var ald = new ArrayList<Object[]>();
        var grossesses = new ArrayList<Object[]>();
        var cartes = new ArrayList<Object[]>();
        for (var d : droits) {
            beneficiaires.add(new Object[] { d.personne(), d.nir() == null ? null : d.nir().valeur(), d.nom(), Date.valueOf(d.dateDeNaissance()) });
            var od = d.ouvrantsDroit();
            affiliations.add(new Object[] { UUID.randomUUID(), d.personne(), d.titre().name(), od.isEmpty() ? null : od.get(0),
                    od.size() < 2 ? null : od.get(1), Date.valueOf(d.debut()), "Reprise : " + d.titre().libelle() });
            for (var a : d.ald()) {
                ald.add(new Object[] { UUID.randomUUID(), d.personne(), a.affection(), Date.valueOf(a.periode().debut()),
                        a.periode().fin() == null ? null : Date.valueOf(a.periode().fin()), String.join(" ", a.codes()) });
            }
            if (d.grossesse() != null) {
                grossesses.add(new Object[] { UUID.randomUUID(), d.personne(), Date.valueOf(d.grossesse().debut()),
                        Date.valueOf(d.grossesse().accouchement()) });
            }
            if (d.carteVitaleEnvoyeeLe() != null) {
                var le = Date.valueOf(d.carteVitaleEnvoyeeLe());
                cartes.add(new Object[] { UUID.randomUUID(), d.personne(), le, StatutDeCarteVitale.ENVOYEE.name(), le });
            }
        }
        for (var a : ame) {
            beneficiaires.add(new Object[] { a.personne(), null, a.nom(), Date.valueOf(a.dateDeNaissance()) });
        }
        jdbc.batchUpdate("insert into sante.beneficiaire (personne, nir, nom, date_naissance) values (?, ?, ?, ?)", beneficiaires);
        jdbc.batchUpdate("""
                insert into sante.affiliation (id, personne, titre, ouvrant_droit_1, ouvrant_droit_2, debut, motif)
                values (?, ?, ?, ?, ?, ?, ?)""", affiliations);
        jdbc.batchUpdate("insert into sante.ald (id, personne, affection, debut, fin, codes) values (?, ?, ?, ?, ?, ?)", ald);
        jdbc.batchUpdate("insert into sante.grossesse (id, personne, debut, accouchement_prevu) values (?, ?, ?, ?)", grossesses);
        jdbc.batchUpdate("insert into sante.carte_vitale (id, personne, demandee_le, statut, statut_le) values (?, ?, ?, ?, ?)", cartes);
        var dureeAme = new ArrayList<Object[]>();
        for (var a : ame) {
            var duree = parametres.courant().a(a.debut()).applique("sante/ame/duree_du_droit").valeur().intValueExact();
            dureeAme.add(new Object[] { UUID.randomUUID(), a.personne(), Date.valueOf(a.debut()), Date.valueOf(a.debut().plusMonths(duree)) });
        }
        jdbc.batchUpdate("insert into sante.ame (id, personne, debut, fin) values (?, ?, ?, ?)", dureeAme);
        return c2s(c2s);
    }

    private BilanC2s c2s(List<C2sACharger> demandes) {
        var jeu = parametres.courant();
        var lignes = new ArrayList<Object[]>();
        var membres = new ArrayList<Object[]>();
        int gratuites = 0;
        int participations = 0;
        int refus = 0;
        for (var d : demandes) {
            var r = InstructionC2s.instruire(jeu.a(d.deposeeLe()), d.ressources(), d.naissances(), d.decideeLe(),
                    jeu.a(d.decideeLe().withDayOfMonth(1).plusMonths(1)));
            var id = UUID.randomUUID();
            var accordee = r.proposition() != InstructionC2s.Proposition.REFUS;
            var forme = switch (r.proposition()) {
                case GRATUITE -> "GRATUITE";
                case PARTICIPATION -> "PARTICIPATION";
                case REFUS -> null;
            };
            switch (r.proposition()) {
                case GRATUITE -> gratuites++;
                case PARTICIPATION -> participations++;
                case REFUS -> refus++;
            }
            lignes.add(new Object[] { id, d.membres().getFirst(), Date.valueOf(d.deposeeLe()), d.ressources().valeur(), accordee ? "ACCORDEE" : "REFUSEE",
                    forme, accordee ? Date.valueOf(r.debut()) : null, accordee ? Date.valueOf(r.fin()) : null,
                    r.proposition() == InstructionC2s.Proposition.PARTICIPATION ? r.participationMensuelle().valeur() : null,
                    String.join("\n", r.explication()), Date.valueOf(d.decideeLe()) });
            for (int i = 0; i < d.membres().size(); i++) {
                var p = r.participations().isEmpty() ? null : r.participations().get(i).mensuelle().valeur();
                membres.add(new Object[] { id, d.membres().get(i), p });
            }
        }
        jdbc.batchUpdate("""
                insert into sante.demande_c2s (id, demandeur, deposee_le, ressources, statut, forme, debut, fin, participation_mensuelle, explication,
                    decidee_le, decidee_par) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reprise')""", lignes);
        jdbc.batchUpdate("insert into sante.membre_c2s (demande, personne, participation_mensuelle) values (?, ?, ?)", membres);
        return new BilanC2s(gratuites, participations, refus);
    }

    /** Un médecin qui peut être déclaré médecin traitant. */
    public record Medecin(Rpps rpps, String nom) {
    }

    /**
     * Déclare un médecin traitant, tiré parmi les médecins donnés, pour la part indiquée des bénéficiaires affiliés
     * d'au moins l'âge indiqué à la date de référence ; rend le nombre de déclarations.
     */
    @Transactional
    public int attribuerDesMedecinsTraitants(List<Medecin> medecins, double part, int ageMinimum, long graine, LocalDate reference) {
        if (medecins.isEmpty()) {
            return 0;
        }
        var aleas = new SplittableRandom(graine);
        var declarations = new ArrayList<Object[]>();
        client.sql("""
                select b.personne, b.date_naissance, a.debut from sante.beneficiaire b join sante.affiliation a on a.personne = b.personne
                where a.fin is null and b.date_naissance <= ? order by b.personne""").param(reference.minusYears(ageMinimum))
                .query(rs -> {
                    if (aleas.nextDouble() < part) {
                        var m = medecins.get(aleas.nextInt(medecins.size()));
                        var debut = rs.getObject("debut", LocalDate.class);
                        var seize = rs.getObject("date_naissance", LocalDate.class).plusYears(ageMinimum);
                        var le = debut.isAfter(seize) ? debut : seize;
                        le = le.plusDays(aleas.nextInt(1 + (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(le, reference))));
                        declarations.add(new Object[] { UUID.randomUUID(), rs.getObject("personne", UUID.class), m.rpps().valeur(), m.nom(), Date.valueOf(le) });
                    }
                });
        jdbc.batchUpdate("insert into sante.medecin_traitant (id, personne, rpps, nom, debut) values (?, ?, ?, ?, ?)", declarations, 5_000,
                (ps, d) -> {
                    for (int i = 0; i < d.length; i++) {
                        ps.setObject(i + 1, d[i]);
                    }
                });
        return declarations.size();
    }

    /** Statistiques des tables après une reprise (PostgreSQL : l'autovacuum peut être coupé). */
    public void analyser() {
        for (var table : List.of("beneficiaire", "affiliation", "ald", "grossesse", "carte_vitale", "ame", "demande_c2s", "membre_c2s", "medecin_traitant")) {
            try {
                jdbc.execute("analyze sante." + table);
            } catch (org.springframework.dao.DataAccessException e) {
                return; // H2 : pas d'ANALYZE par table
            }
        }
    }

}
