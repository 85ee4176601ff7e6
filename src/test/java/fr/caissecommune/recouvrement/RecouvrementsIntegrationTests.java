package fr.caissecommune.recouvrement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.finances.sepa.FormatSepa;
import fr.caissecommune.recouvrement.dsn.GenerateurDsn;

/**
 * Le compte cotisant sur une vraie base : DSN liquidée, prélèvement SEPA validé au schéma puis rejeté, majorations,
 * mise en demeure et contrainte, plan d'apurement dénoncé, remise des majorations, admission en non-valeur réservée à
 * l'agent comptable, contrôle, restes à recouvrer.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class RecouvrementsIntegrationTests {

    static final AtomicInteger SIREN = new AtomicInteger(70_000_000 + (int) (System.nanoTime() % 1_000_000));

    @Autowired
    DepotDesDeclarations depot;

    @Autowired
    Cotisants cotisants;

    @Autowired
    Recouvrements recouvrements;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dossier;

    @AfterEach
    void deconnecter() {
        SecurityContextHolder.clearContext();
    }

    private Path dsn(String siren8, YearMonth mois, int salaries, int effectif) throws IOException {
        var f = dossier.resolve(siren8 + "-" + mois + ".dsn");
        try (var w = new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.ISO_8859_1)) {
            new GenerateurDsn(siren8, mois, effectif, 7, ParametresLegaux.au(mois.atEndOfMonth())).ecrire(w, salaries);
        }
        return f;
    }

    private static void connecter(String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static String siren8() {
        return String.valueOf(SIREN.incrementAndGet());
    }

    @Test
    void immatriculationControleeEtRecherche() {
        assertThatThrownBy(() -> cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.EMPLOYEUR_PRIVE, "Scierie", "12345678900011", null, null,
                null, LocalDate.of(2026, 1, 1), 3, null))).isInstanceOfSatisfying(ChampInvalide.class, e -> assertThat(e.champ()).isEqualTo("siret"))
                .hasMessageContaining("clé");
        assertThatThrownBy(() -> cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE, "Mairie", null, null, null,
                null, LocalDate.of(2026, 1, 1), 3, null))).isInstanceOfSatisfying(ChampInvalide.class, e -> assertThat(e.champ()).isEqualTo("siret"));
        var siret = GenerateurDsn.avecCleDeLuhn(GenerateurDsn.avecCleDeLuhn(siren8()) + "0001");
        var c = cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.EMPLOYEUR_PRIVE, "Scierie du Causse", siret, null, null, "48095",
                LocalDate.of(2026, 1, 1), 60, new BigDecimal("2.10")));
        assertThat(c.jourExigibilite()).isEqualTo(5);
        assertThat(c.numero()).hasSize(18).startsWith("4801");
        assertThat(cotisants.chercher(siret)).extracting(Cotisant::id).containsExactly(c.id());
        assertThat(cotisants.chercher(siret.substring(0, 9))).extracting(Cotisant::id).containsExactly(c.id());
        assertThat(cotisants.chercher("scierie du c")).extracting(Cotisant::id).contains(c.id());
        assertThatThrownBy(() -> cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.EMPLOYEUR_PRIVE, "Doublon", siret, null, null, null,
                LocalDate.of(2026, 1, 1), 3, null))).hasMessageContaining("déjà un compte");
        assertThatThrownBy(() -> cotisants.enregistrerMandat(c.id(), "FR7630001007941234567890180", null, LocalDate.of(2026, 1, 2)))
                .isInstanceOfSatisfying(ChampInvalide.class, e -> assertThat(e.champ()).isEqualTo("iban"));
        var radie = cotisants.radier(c.id(), LocalDate.of(2026, 6, 30), "cessation d'activité");
        assertThat(radie.actif()).isFalse();
        cotisants.enregistrerContact(c.id(), "TELEPHONE", "Demande d'attestation de vigilance", "envoyée par courriel");
        assertThat(cotisants.contacts(c.id())).singleElement().satisfies(k -> assertThat(k.agent()).isEqualTo("Traitement automatique"));
    }

    @Test
    void duDepotDeLaDsnALaContrainteEtAuPlanDenonce() throws IOException {
        var siren8 = siren8();
        var mois = YearMonth.of(2026, 1);
        var compteRendu = depot.deposerRecuLe(dsn(siren8, mois, 5, 12), LocalDate.of(2026, 2, 10));
        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        var c = cotisants.parSiret(compteRendu.siret()).orElseThrow();
        assertThat(c.categorie()).isEqualTo(CategorieDeCotisant.EMPLOYEUR_PRIVE);
        assertThat(c.jourExigibilite()).isEqualTo(15);
        var echeance = recouvrements.echeances(c.id()).getFirst();
        assertThat(echeance.exigibleLe()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(echeance.montant()).isPositive();
        assertThat(recouvrements.echeances(c.id())).noneMatch(e -> e.nature() == NatureDEcheance.PENALITE);
        var du = echeance.montant();

        // Prélèvement sur mandat : fichier pain.008 conforme au schéma ; relancé, rien de plus.
        cotisants.enregistrerMandat(c.id(), "FR7630006000011234567890189", null, LocalDate.of(2026, 1, 5));
        var fichier = recouvrements.preleverLesEcheances(LocalDate.of(2026, 2, 15), "Agent comptable").orElseThrow();
        assertThat(Path.of(fichier.chemin())).exists();
        FormatSepa.PAIN_008_001_08.valider(Path.of(fichier.chemin()));
        assertThat(recouvrements.echeance(echeance.id()).reste()).isZero();
        assertThat(recouvrements.preleverLesEcheances(LocalDate.of(2026, 2, 15), "Agent comptable")).isEmpty();

        // Rejet : la dette renaît, puis majorations (5 % + 2 × 0,2 % au 20 mars), sans doubler au même jour.
        var reference = "PRLV-" + c.numero() + "-202601";
        var rejete = recouvrements.rejeterPrelevement(reference, "AM04 provision insuffisante", LocalDate.of(2026, 2, 20));
        assertThat(rejete.statut()).isEqualTo("REJETE");
        assertThat(recouvrements.echeance(echeance.id()).reste()).isEqualByComparingTo(du);
        recouvrements.majorer(LocalDate.of(2026, 3, 20));
        recouvrements.majorer(LocalDate.of(2026, 3, 20));
        var majorations = recouvrements.echeances(c.id()).stream().filter(e -> e.nature() == NatureDEcheance.MAJORATION).toList();
        assertThat(majorations).singleElement().satisfies(m -> assertThat(m.montant())
                .isEqualByComparingTo(du.multiply(new BigDecimal("0.05")).setScale(2, java.math.RoundingMode.HALF_UP)
                        .add(du.multiply(new BigDecimal("0.004")).setScale(2, java.math.RoundingMode.HALF_UP))));

        // Mise en demeure (un mois), puis contrainte faute de paiement.
        recouvrements.mettreEnDemeure(LocalDate.of(2026, 3, 20));
        assertThat(recouvrements.actes(c.id())).singleElement().satisfies(a -> {
            assertThat(a.nature()).isEqualTo("MISE_EN_DEMEURE");
            assertThat(a.dateLimite()).isEqualTo(LocalDate.of(2026, 4, 20));
        });
        recouvrements.decernerLesContraintes(LocalDate.of(2026, 4, 20));
        assertThat(recouvrements.actes(c.id())).hasSize(1);
        recouvrements.decernerLesContraintes(LocalDate.of(2026, 4, 21));
        assertThat(recouvrements.actes(c.id())).extracting(ActeDeRecouvrement::nature).containsExactlyInAnyOrder("MISE_EN_DEMEURE", "CONTRAINTE");

        // Remise refusée tant que le principal est dû.
        assertThatThrownBy(() -> recouvrements.remettreLesMajorations(c.id(), "bonne foi", LocalDate.of(2026, 4, 22)))
                .isInstanceOfSatisfying(ChampInvalide.class, e -> assertThat(e.getMessage()).contains("R243-20"));

        // Plan en trois versements ; le premier payé, le deuxième manqué : plan dénoncé.
        var plan = recouvrements.accorderPlan(c.id(), 3, LocalDate.of(2026, 5, 10), "difficultés de trésorerie", LocalDate.of(2026, 4, 22));
        assertThat(plan.versements()).hasSize(3);
        assertThat(plan.montant()).isEqualByComparingTo(recouvrements.resteDu(c.id(), LocalDate.of(2026, 4, 23)));
        recouvrements.encaisser(c.id(), "VIREMENT", plan.versements().get(0).montant(), LocalDate.of(2026, 5, 9), "VIR-" + c.numero() + "-1", null);
        assertThat(recouvrements.suivreLesPlans(LocalDate.of(2026, 6, 10))).isZero();
        assertThat(recouvrements.suivreLesPlans(LocalDate.of(2026, 6, 11))).isEqualTo(1);
        assertThat(recouvrements.plan(plan.id()).statut()).isEqualTo("DENONCE");

        // Le reste payé en désignant la majoration d'abord : le principal reste dû, la remise est encore refusée.
        var reste = recouvrements.resteDu(c.id(), LocalDate.of(2026, 7, 1));
        var majoration = majorations.getFirst();
        recouvrements.encaisser(c.id(), "VIREMENT", recouvrements.echeance(majoration.id()).reste(), LocalDate.of(2026, 6, 20), "VIR-" + c.numero() + "-2",
                majoration.id());
        assertThat(recouvrements.echeance(majoration.id()).reste()).isZero();
        recouvrements.encaisser(c.id(), "VIREMENT", recouvrements.echeance(echeance.id()).reste(), LocalDate.of(2026, 6, 21), "VIR-" + c.numero() + "-3",
                null);
        assertThat(recouvrements.resteDu(c.id(), LocalDate.of(2026, 7, 1))).isZero();
        assertThat(reste).isPositive();

        // Paiement répété (même référence) : encaissé une fois.
        recouvrements.encaisser(c.id(), "VIREMENT", BigDecimal.TEN, LocalDate.of(2026, 6, 21), "VIR-" + c.numero() + "-3", null);
        assertThat(recouvrements.credit(c.id())).isZero();
    }

    @Test
    void dsnTardivePenaliseeEtRemiseDesMajorationsApresLePrincipal() throws IOException {
        var mois = YearMonth.of(2026, 1);
        var compteRendu = depot.deposerRecuLe(dsn(siren8(), mois, 5, 12), LocalDate.of(2026, 3, 20));
        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        var c = cotisants.parSiret(compteRendu.siret()).orElseThrow();
        // Échéance du 15 février, dépôt le 20 mars : 2 mois entamés × 5 salariés × 61 € (1,5 % du PMSS 2026 arrondi à l'euro supérieur).
        assertThat(recouvrements.echeances(c.id())).filteredOn(e -> e.nature() == NatureDEcheance.PENALITE).singleElement()
                .satisfies(p -> assertThat(p.montant()).isEqualByComparingTo("610.00"));
        var principal = recouvrements.echeances(c.id()).stream().filter(e -> e.nature() == NatureDEcheance.COTISATIONS).findFirst().orElseThrow();
        recouvrements.encaisser(c.id(), "VIREMENT", principal.montant(), LocalDate.of(2026, 3, 21), "VIR-" + c.numero(), null);
        // Imputé sur le principal (plus ancien) : la pénalité reste due, et la remise est maintenant recevable.
        assertThat(recouvrements.echeance(principal.id()).reste()).isZero();
        connecter("GESTIONNAIRE_RECOUVREMENT");
        assertThat(recouvrements.remettreLesMajorations(c.id(), "premier retard, régularisé", LocalDate.of(2026, 3, 25))).isEqualByComparingTo("610.00");
        assertThat(recouvrements.decisions(c.id())).singleElement().satisfies(d -> assertThat(d.nature()).isEqualTo("REMISE_MAJORATIONS"));
        assertThat(recouvrements.resteDu(c.id(), LocalDate.of(2026, 12, 31))).isZero();
    }

    @Test
    void uneDsnRejeteeNOuvreNiCompteNiEcheanceNiEcriture() throws IOException {
        var f = dsn(siren8(), YearMonth.of(2026, 2), 4, 4);
        var texte = Files.readString(f, StandardCharsets.ISO_8859_1);
        Files.writeString(f, texte.replaceFirst("S21\\.G00\\.30\\.001,'(\\d{5})", "S21.G00.30.001,'9$1"), StandardCharsets.ISO_8859_1);
        var compter = (java.util.function.Supplier<List<Long>>) () -> List.of(
                jdbc.sql("select count(*) from recouvrement.cotisant").query(Long.class).single(),
                jdbc.sql("select count(*) from recouvrement.echeance").query(Long.class).single(),
                jdbc.sql("select count(*) from finances.ecriture").query(Long.class).single());
        var avant = compter.get();
        var compteRendu = depot.deposerRecuLe(f, LocalDate.of(2026, 4, 30));
        assertThat(compteRendu.acceptee()).isFalse();
        assertThat(compteRendu.bloquantes()).first().satisfies(e -> {
            assertThat(e.rubrique()).isEqualTo("S21.G00.30.001");
            assertThat(e.ligne()).isPositive();
        });
        assertThat(compter.get()).isEqualTo(avant);
    }

    @Test
    void leTauxAtNotifieALEtablissementPrimeSurLeTauxDeclare() throws IOException {
        var siren8 = siren8();
        var siret = GenerateurDsn.avecCleDeLuhn(GenerateurDsn.avecCleDeLuhn(siren8) + "0001");
        cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.EMPLOYEUR_PRIVE, "Carrière du Causse", siret, null, null, null,
                LocalDate.of(2025, 1, 1), 3, new BigDecimal("7.50")));
        var compteRendu = depot.deposerRecuLe(dsn(siren8, YearMonth.of(2026, 1), 3, 3), LocalDate.of(2026, 2, 10));
        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        assertThat(depot.anomalies(compteRendu.declaration())).filteredOn(a -> a.code().equals("045")).hasSize(3)
                .allSatisfy(a -> assertThat(a.calcule()).isGreaterThan(a.declare()));
        assertThat(depot.salariesDeLaDeclaration(compteRendu.declaration())).hasSize(3).allSatisfy(s -> assertThat(s.brut()).isPositive());
    }

    @Test
    void controleEtAdmissionEnNonValeurParLAgentComptableSeulement() {
        var siret = GenerateurDsn.avecCleDeLuhn(GenerateurDsn.avecCleDeLuhn(siren8()) + "0001");
        var c = cotisants.immatriculer(new NouveauCotisant(CategorieDeCotisant.EMPLOYEUR_PRIVE, "Hôtel du Lot", siret, null, null, null,
                LocalDate.of(2024, 1, 1), 4, null));
        var controle = recouvrements.notifierControle(c.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 2),
                new BigDecimal("1000.00"), new BigDecimal("200.00"), "avantages en nature non déclarés ; réduction générale surévaluée");
        assertThat(controle.redressement()).isEqualByComparingTo("1000.00");
        var redressement = recouvrements.echeances(c.id()).getFirst();
        assertThat(redressement.nature()).isEqualTo(NatureDEcheance.REDRESSEMENT);
        assertThat(redressement.exigibleLe()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(redressement.reste()).isEqualByComparingTo("800.00");

        assertThatThrownBy(() -> recouvrements.admettreEnNonValeur(redressement.id(), "liquidation judiciaire", LocalDate.of(2026, 9, 1)))
                .isInstanceOfSatisfying(ChampInvalide.class, e -> assertThat(e.getMessage()).contains("agent comptable"));
        connecter("GESTIONNAIRE_RECOUVREMENT");
        assertThatThrownBy(() -> recouvrements.admettreEnNonValeur(redressement.id(), "liquidation judiciaire", LocalDate.of(2026, 9, 1)))
                .isInstanceOf(ChampInvalide.class);
        connecter("COMPTABLE");
        assertThat(recouvrements.admettreEnNonValeur(redressement.id(), "clôture pour insuffisance d'actif", LocalDate.of(2026, 9, 1)))
                .isEqualByComparingTo("800.00");
        assertThat(recouvrements.echeance(redressement.id()).reste()).isZero();

        var rar = recouvrements.restesARecouvrer(2025);
        var prive = rar.stream().filter(r -> r.categorie() == CategorieDeCotisant.EMPLOYEUR_PRIVE).findFirst().orElseThrow();
        assertThat(prive.liquide()).isEqualByComparingTo(prive.recouvre().add(prive.eteint()).add(prive.restes()));
        assertThat(prive.eteint()).isGreaterThanOrEqualTo(new BigDecimal("800.00"));
        assertThat(rar.getLast().categorie()).isNull();
        assertThat(jdbc.sql("select count(*) from finances.ligne_ecriture where tiers = ?").param(c.tiers()).query(Long.class).single()).isEqualTo(3L);
    }
}
