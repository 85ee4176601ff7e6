package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.caissecommune.BaseDeTest;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;

/**
 * La liquidation enregistrée d'un fichier : doublons (même soin, même feuille, d'un lot à l'autre), quarantaine
 * des lignes rejetées avec leur code et leur motif, cumuls des bénéficiaires tenus d'un lot à l'autre, et reprise
 * après un arrêt brutal du processus (chaque feuille liquidée une fois et une seule).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LiquidationEnregistreeIntegrationTests {

    @Autowired
    LiquidationEnregistree liquidation;

    @Autowired
    BeneficiairesEnregistres beneficiaires;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environnement;

    @TempDir
    Path dossier;

    static String nir(int departement, int numero) {
        var debut = String.format("1840%d%02d%03d%03d", 1 + numero % 9, departement, 100 + numero / 1000, numero % 1000);
        return debut + String.format("%02d", Nir.cle(debut));
    }

    static String consultation(String id, String nir, String date, boolean tiersPayant) {
        return "{\"id\":\"" + id + "\",\"nir\":\"" + nir + "\",\"date_soins\":\"" + date + "\",\"date_reception\":\"" + date + "\",\"flux\":\"FSE\","
                + "\"executant\":{\"rpps\":\"10005831911\",\"specialite\":\"MEDECIN_GENERALISTE\",\"secteur\":\"1\"},\"tiers_payant\":" + tiersPayant
                + ",\"lignes\":[{\"code\":\"G\",\"montant\":30.00}]}";
    }

    Path fichier(String nom, List<String> lignes) throws Exception {
        var f = dossier.resolve(nom);
        Files.write(f, lignes, StandardCharsets.UTF_8);
        return f;
    }

    void connaitre(String... nirs) {
        var situations = new HashMap<Nir, SituationDuBeneficiaire>();
        for (var n : nirs) {
            situations.put(Nir.of(n), SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 1, 1)));
        }
        beneficiaires.enregistrer(situations);
    }

    LiquidationEnregistree.Bilan liquider(Path fichier) throws Exception {
        return liquidation.liquider(fichier, LocalDate.of(2025, 6, 30), 2, Duration.ZERO, a -> {
        });
    }

    Map<Integer, String> quarantaine(UUID lot) {
        var resultat = new HashMap<Integer, String>();
        jdbc.sql("select ligne_du_lot, code, motif from sante.feuille_en_quarantaine where lot = ?").param(lot)
                .query((rs, n) -> resultat.put(rs.getInt(1), rs.getString(2) + " | " + rs.getString(3))).list();
        return resultat;
    }

    @Test
    void rejetteLesDoublonsEtMetLesLignesRejeteesEnQuarantaineAvecLeurCodeEtLeurMotif() throws Exception {
        var connu = nir(11, 1);
        var inconnu = nir(11, 2);
        connaitre(connu);
        var f = fichier("lot-a.jsonl", List.of(consultation("A-1", connu, "2025-03-12", false), consultation("A-2", connu, "2025-03-12", false),
                consultation("A-1", connu, "2025-03-13", false), "{\"id\":\"A-4\",\"nir\":", consultation("A-5", inconnu, "2025-03-12", false), ""));

        var bilan = liquider(f);

        assertThat(bilan.feuilles()).isEqualTo(5);
        assertThat(bilan.payees()).isEqualTo(1);
        assertThat(bilan.montantPaye()).isEqualTo(Montant.euros("19.00"));
        var q = quarantaine(bilan.lot());
        assertThat(q).containsOnlyKeys(2, 3, 4, 5);
        assertThat(q.get(2)).startsWith("DOUBLON | Soins déjà liquidés").contains("ligne 1 (G × 1) déjà payée");
        assertThat(q.get(3)).startsWith("DOUBLON | ").contains("feuille n° A-1 déjà reçue et payée");
        assertThat(q.get(4)).startsWith("FEUILLE_INVALIDE | Feuille de soins mal formée : ligne 4 : JSON illisible");
        assertThat(q.get(5)).startsWith("BENEFICIAIRE_INCONNU | Bénéficiaire inconnu de la caisse");
        assertThat(jdbc.sql("select count(*) from sante.decompte where lot = ?").param(bilan.lot()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from sante.motif_de_rejet m join sante.decompte d on d.id = m.decompte where d.lot = ?")
                .param(bilan.lot()).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select explication from sante.decompte where lot = ? and ligne_du_lot = 1").param(bilan.lot()).query(String.class)
                .single()).contains("Participation forfaitaire").contains("Montant payé à l'assuré");

        var relance = liquider(f);

        assertThat(relance.dejaTermine()).isTrue();
        assertThat(jdbc.sql("select count(*) from sante.decompte where lot = ?").param(bilan.lot()).query(Integer.class).single()).isEqualTo(5);

        var renvoi = liquider(fichier("lot-b.jsonl", List.of(consultation("A-1", connu, "2025-03-12", false))));

        assertThat(renvoi.payees()).isZero();
        assertThat(quarantaine(renvoi.lot()).get(1)).startsWith("DOUBLON | ");
    }

    @Test
    void tientLesCumulsDUnLotALAutre() throws Exception {
        var nir = nir(12, 1);
        connaitre(nir);

        var tiersPayant = liquider(fichier("tp.jsonl", List.of(consultation("B-1", nir, "2025-03-12", true))));
        var suivant = liquider(fichier("assure.jsonl", List.of(consultation("B-2", nir, "2025-03-20", false))));

        assertThat(tiersPayant.montantPaye()).isEqualTo(Montant.euros("21.00"));
        // Le remboursement suivant à l'assuré récupère la participation retenue en tiers payant : 21 − 2 − 2.
        assertThat(suivant.montantPaye()).isEqualTo(Montant.euros("17.00"));
        assertThat(jdbc.sql("select participations from sante.cumul_annuel where nir = ? and annee = 2025").param(nir).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("4.00");
        assertThat(jdbc.sql("select count(*) from sante.participation_a_recouvrer where nir = ?").param(nir).query(Integer.class).single()).isZero();
    }

    @Test
    void situationEnregistreeRelueAvecSesParticularites() {
        var nir = nir(13, 1);
        var c2s = new SituationDuBeneficiaire(LocalDate.of(1990, 5, 2), List.of(Periode.depuis(LocalDate.of(2008, 5, 2))),
                List.of(Periode.entre(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))), List.of(),
                List.of(new Ald("diabète \"type 2\"", Periode.depuis(LocalDate.of(2020, 1, 1)), java.util.Set.of("CIP:3400935955838"))),
                List.of(new Grossesse(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 10, 1))), fr.caissecommune.commun.Rpps.of("10005831911"));
        beneficiaires.enregistrer(Map.of(Nir.of(nir), c2s));

        assertThat(beneficiaires.situations(List.of(nir, nir(13, 2)))).containsExactly(Map.entry(nir, c2s));
    }

    /**
     * Un vrai arrêt : la liquidation tourne dans un autre processus (l'application en ligne de commande), tuée
     * (SIGKILL) au milieu du fichier ; la relance liquide le reste, et chaque feuille l'est une fois et une seule.
     */
    @Test
    void repriseApresUnArretBrutalChaqueFeuilleLiquideeUneSeuleFois() throws Exception {
        assumeTrue(BaseDeTest.postgres(), "l'arrêt brutal exige une base partagée entre deux processus (PostgreSQL)");
        var lignes = new ArrayList<String>();
        var nirs = new ArrayList<String>();
        for (int p = 0; p < 200; p++) {
            nirs.add(nir(14, p));
        }
        connaitre(nirs.toArray(String[]::new));
        for (int i = 0; i < 3_000; i++) {
            var date = LocalDate.of(2025, 1, 1).plusDays(i / 200);
            lignes.add(consultation("K-" + i, nirs.get(i % 200), date.toString(), i % 3 == 0));
        }
        var f = fichier("gros.jsonl", lignes);
        var empreinte = LiquidationEnregistree.empreinte(f);

        var java = ProcessHandle.current().info().command().orElse("java");
        var commande = new ProcessBuilder(java, "-Xmx512m", "-D" + BaseDeTest.BASE_IMPOSEE + "=oui", "-cp", System.getProperty("java.class.path"),
                "fr.caissecommune.CaisseCommuneApplication", "liquider", f.toString(), "--le", "2025-06-30", "--tranche", "100", "--pause", "150")
                .redirectErrorStream(true).redirectOutput(dossier.resolve("enfant.log").toFile());
        commande.environment().put("CAISSE_DB_URL", environnement.getRequiredProperty("spring.datasource.url"));
        commande.environment().put("CAISSE_DB_USER", environnement.getRequiredProperty("spring.datasource.username"));
        commande.environment().put("CAISSE_DB_PASSWORD", "");
        var enfant = commande.start();
        try {
            // Arrêté net dès qu'il a validé au moins 500 lignes (ou à sa fin, que l'assertion suivante refuse).
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !enfant.isAlive() || avancement(empreinte) >= 500);
        } finally {
            enfant.destroyForcibly();
            enfant.waitFor(30, TimeUnit.SECONDS);
        }
        int avantLArret = avancement(empreinte);
        assertThat(avantLArret).as("avancement du processus arrêté (journal : %s)", Files.readString(dossier.resolve("enfant.log"))).isBetween(500, 2_999);
        var statut = jdbc.sql("select statut from sante.lot_de_liquidation where empreinte = ?").param(empreinte).query(String.class).single();
        assertThat(statut).isEqualTo("EN_COURS");

        var reprise = liquidation.liquider(f, LocalDate.now(), 100, Duration.ZERO, a -> {
        });

        assertThat(reprise.repris()).isTrue();
        assertThat(reprise.lignesDejaEnregistrees()).isBetween(500, 2_999);
        assertThat(reprise.lignesDejaEnregistrees() + reprise.feuilles()).isEqualTo(3_000);
        var lot = reprise.lot();
        assertThat(jdbc.sql("select count(*) from sante.decompte where lot = ?").param(lot).query(Integer.class).single()).isEqualTo(3_000);
        assertThat(jdbc.sql("select count(distinct feuille) from sante.decompte where lot = ? and statut = 'PAYE'").param(lot).query(Integer.class)
                .single()).isEqualTo(3_000);
        assertThat(jdbc.sql("select count(distinct date_liquidation) from sante.decompte where lot = ?").param(lot).query(Integer.class).single())
                .isEqualTo(1);
        // 15 jours × 200 bénéficiaires, une consultation par jour : 15 participations de 2 € chacun.
        assertThat(jdbc.sql("select sum(participations) from sante.cumul_annuel where nir like '1840%' and substring(nir, 6, 2) = '14'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6000.00");
    }

    private int avancement(String empreinte) {
        return jdbc.sql("select coalesce(max(derniere_ligne), 0) from sante.lot_de_liquidation where empreinte = ?").param(empreinte)
                .query(Integer.class).single();
    }
}
