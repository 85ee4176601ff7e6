package fr.caissecommune.referentiel;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.socle.JournalDAudit;

/**
 * La reprise de données en masse (département simulé, migration depuis un autre système) : insertions par lots,
 * sans événement par personne ; une trace d'audit par lot. Les données sont supposées déjà validées par
 * leurs types ; les contraintes de la base (NIR unique…) restent vérifiées.
 */
@Service
public class ChargementEnMasse {

    public record PersonneACharger(PersonneId id, NouvellePersonne personne) {
    }

    public record FoyerACharger(FoyerId id, String numero, PersonneId allocataire, LocalDate creeLe) {
    }

    public record FaitACharger(PersonneId personne, @Nullable FoyerId foyer, Fait fait, LocalDate dateEffet) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final SituationsCompactes compactes;
    private final JournalDAudit journal;

    ChargementEnMasse(JdbcTemplate jdbc, JdbcClient client, SituationsCompactes compactes, JournalDAudit journal) {
        this.jdbc = jdbc;
        this.client = client;
        this.compactes = compactes;
        this.journal = journal;
    }

    @Transactional
    public void charger(List<PersonneACharger> personnes, List<FoyerACharger> foyers, List<FaitACharger> faits,
            List<Etablissement> etablissements, List<ProfessionnelDeSante> professionnels) {
        var maintenant = Timestamp.from(Instant.now());
        var enregistres = faits.stream().map(f -> new FaitEnregistre(FaitId.nouveau(), f.personne(), f.foyer(), f.fait(), f.dateEffet(),
                Source.REPRISE, Operation.CHANGEMENT, null, true, null, "reprise", maintenant.toLocalDateTime())).toList();
        jdbc.batchUpdate("""
                insert into referentiel.personne (id, nir, nom_naissance, nom_usage, prenoms, sexe, date_naissance, commune_naissance,
                    pays_naissance, telephone, courriel, nom_recherche, nom_naissance_recherche, prenom_recherche, cree_le, cree_par)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reprise')""", personnes, 5000, (ps, c) -> {
            var p = c.personne();
            ps.setObject(1, c.id().valeur());
            ps.setString(2, p.nir() == null ? null : p.nir().valeur());
            ps.setString(3, p.nomDeNaissance());
            ps.setString(4, p.nomDUsage());
            ps.setString(5, p.prenoms());
            ps.setString(6, p.sexe().name());
            ps.setDate(7, Date.valueOf(p.dateDeNaissance()));
            ps.setString(8, p.communeDeNaissance() == null ? null : p.communeDeNaissance().valeur());
            ps.setString(9, p.paysDeNaissance());
            ps.setString(10, p.telephone());
            ps.setString(11, p.courriel());
            ps.setString(12, Recherche.cle(p.nomDUsage() == null ? p.nomDeNaissance() : p.nomDUsage()));
            ps.setString(13, Recherche.cle(p.nomDeNaissance()));
            ps.setString(14, Recherche.cle(p.prenoms()));
            ps.setTimestamp(15, maintenant);
        });
        jdbc.batchUpdate("insert into referentiel.foyer (id, numero, allocataire_id, cree_le) values (?, ?, ?, ?)", foyers, 5000,
                (ps, f) -> {
                    ps.setObject(1, f.id().valeur());
                    ps.setString(2, f.numero());
                    ps.setObject(3, f.allocataire().valeur());
                    ps.setDate(4, Date.valueOf(f.creeLe()));
                });
        jdbc.batchUpdate("""
                insert into referentiel.fait (id, personne_id, foyer_id, nature, date_effet, donnees, source, operation, corrige,
                    en_vigueur, motif, enregistre_par, enregistre_le)
                values (?, ?, ?, ?, ?, ?, 'REPRISE', 'CHANGEMENT', null, true, null, 'reprise', ?)""", enregistres, 5000, (ps, f) -> {
            ps.setObject(1, f.id().valeur());
            ps.setObject(2, f.personne().valeur());
            ps.setObject(3, f.foyer() == null ? null : f.foyer().valeur());
            ps.setString(4, f.fait().nature().name());
            ps.setDate(5, Date.valueOf(f.dateEffet()));
            ps.setString(6, Faits.JSON.writeValueAsString(f.fait()));
            ps.setTimestamp(7, maintenant);
        });
        jdbc.batchUpdate("""
                insert into referentiel.etablissement (siret, siren, raison_sociale, raison_sociale_recherche, code_naf, commune, effectif)
                values (?, ?, ?, ?, ?, ?, ?)""", etablissements, 5000, (ps, e) -> {
            ps.setString(1, e.siret().valeur());
            ps.setString(2, e.siret().siren().valeur());
            ps.setString(3, e.raisonSociale());
            ps.setString(4, Recherche.cle(e.raisonSociale()));
            ps.setString(5, e.codeNaf());
            ps.setString(6, e.commune().valeur());
            ps.setInt(7, e.effectif());
        });
        jdbc.batchUpdate("insert into referentiel.professionnel_de_sante (rpps, nom, prenom, specialite, secteur, commune) values (?, ?, ?, ?, ?, ?)",
                professionnels, 5000, (ps, p) -> {
                    ps.setString(1, p.rpps().valeur());
                    ps.setString(2, p.nom());
                    ps.setString(3, p.prenom());
                    ps.setString(4, p.specialite());
                    ps.setInt(5, p.secteur());
                    ps.setString(6, p.commune().valeur());
                });
        journal.consigner(JournalDAudit.Action.ECRITURE, null, "Reprise de " + personnes.size() + " personnes, " + foyers.size()
                + " foyers, " + faits.size() + " faits", "Chargement en masse");
        compactes.ecrire(situationsDesFoyersCharges(personnes, foyers, enregistres));
    }

    /**
     * Les situations compactes des foyers du lot, construites à partir des données chargées (pas de relecture) ; les
     * membres doivent faire partie du lot.
     */
    private static List<SituationDuFoyer> situationsDesFoyersCharges(List<PersonneACharger> personnes, List<FoyerACharger> foyers,
            List<FaitEnregistre> faits) {
        var parPersonne = new java.util.HashMap<PersonneId, Personne>();
        for (var p : personnes) {
            var n = p.personne();
            parPersonne.put(p.id(), new Personne(p.id(), n.nir(), n.nomDeNaissance(), n.nomDUsage(), n.prenoms(), n.sexe(), n.dateDeNaissance(),
                    n.communeDeNaissance(), n.paysDeNaissance(), n.telephone(), n.courriel()));
        }
        var parFoyer = faits.stream().filter(f -> f.foyer() != null).collect(java.util.stream.Collectors.groupingBy(FaitEnregistre::foyer));
        var personnels = faits.stream().filter(f -> f.foyer() == null).collect(java.util.stream.Collectors.groupingBy(FaitEnregistre::personne));
        return foyers.stream().map(f -> Situations.construire(new Foyer(f.id(), f.numero(), f.allocataire(), f.creeLe()), parPersonne,
                parFoyer.getOrDefault(f.id(), List.of()), personnels.getOrDefault(f.allocataire(), List.of()))).toList();
    }

    /**
     * Met à jour les statistiques du planificateur après une reprise (PostgreSQL n'a pas toujours l'autovacuum) :
     * sans elles, les lectures par identifiant tournent au parcours complet de table.
     */
    public void analyser() {
        if (postgres()) {
            for (var table : List.of("personne", "foyer", "fait", "situation_du_foyer", "etablissement", "professionnel_de_sante")) {
                client.sql("analyze referentiel." + table).update();
            }
        }
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    /** Recale la numérotation des allocataires après une reprise qui a attribué ses propres numéros. */
    @Transactional
    public void recalerLaNumerotation() {
        var max = client.sql("select max(cast(numero as bigint)) from referentiel.foyer").query(Long.class).optional().orElse(1000000L);
        client.sql("alter sequence referentiel.numero_allocataire restart with " + (max + 1)).update();
    }

    @Transactional(readOnly = true)
    public long nombreDePersonnes() {
        return client.sql("select count(*) from referentiel.personne").query(Long.class).single();
    }
}
