package fr.caissecommune.famille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doAnswer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.finances.Comptabilite;
import fr.caissecommune.finances.Creances;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * La branche Famille de bout en bout sur la base : paie mensuelle, réexamen après un changement rétroactif
 * (rappel, indu et sa retenue), reprise d'une paie interrompue sans payer deux fois.
 */
@SpringBootTest
@EnableScenarios
@TestPropertySource(properties = "caisse.famille.paie.taille-des-lots=3")
class FamilleIntegrationTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");
    static final AtomicInteger ORDRE = new AtomicInteger(100);

    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    DossiersFamille dossiers;
    @Autowired
    PaiementMensuel paie;
    @Autowired
    Creances creances;
    @Autowired
    Comptabilite comptabilite;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    Paiements paiements;

    record FoyerDEssai(FoyerId foyer, PersonneId allocataire, List<PersonneId> enfants) {
    }

    FoyerDEssai foyer(String nom, LocalDate... naissancesDesEnfants) {
        var naissance = LocalDate.of(1985, 1, 15);
        var sans = "2" + "8501" + "48095" + String.format("%03d", ORDRE.incrementAndGet());
        var mere = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), nom, null, "Anne", Sexe.F,
                naissance, MENDE, null, null, null), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2010, 1, 1), Source.GUICHET, "test");
        var enfants = new ArrayList<PersonneId>();
        for (var n : naissancesDesEnfants) {
            enfants.add(registre.declarerNaissance(foyer, new NouvellePersonne(null, nom, null, "Enfant" + enfants.size(), Sexe.M, n, MENDE,
                    null, null, null), Source.GUICHET, "test"));
        }
        situations.enregistrer(mere, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Anne " + nom),
                LocalDate.of(2010, 1, 1), Source.GUICHET, "test");
        for (int annee = 2022; annee <= 2025; annee++) {
            situations.enregistrer(mere, foyer, new Fait.Ressources(annee, Montant.euros(45_000)), LocalDate.of(annee, 1, 1), Source.GUICHET, "test");
        }
        dossiers.ouvrir(foyer, LocalDate.of(2010, 1, 1));
        return new FoyerDEssai(foyer, mere, enfants);
    }

    long echeances(FoyerId foyer) {
        return jdbc.sql("select count(*) from famille.echeance where foyer_id = ?").param(foyer.valeur()).query(Long.class).single();
    }

    @Test
    void uneNaissanceRetroactiveDuTroisiemeEnfantDonneUnRappelDesMoisDejaPayes(Scenario scenario) {
        var f = foyer("Pagès", LocalDate.of(2012, 3, 3), LocalDate.of(2015, 6, 6));
        for (var mois = YearMonth.of(2026, 1); !mois.isAfter(YearMonth.of(2026, 4)); mois = mois.plusMonths(1)) {
            paie.payer(mois);
        }
        var avant = dossiers.droitDuMois(f.foyer(), YearMonth.of(2026, 3)).montantVerse();

        scenario.stimulate(() -> registre.declarerNaissance(f.foyer(), new NouvellePersonne(null, "Pagès", null, "Léa", Sexe.F,
                        LocalDate.of(2026, 1, 20), MENDE, null, null, null), Source.COURRIER, "naissance déclarée en retard"))
                .andWaitForEventOfType(RegularisationConstatee.class)
                .matching(r -> r.foyer().equals(f.foyer()) && r.premierMois().equals(YearMonth.of(2026, 2)))
                .toArriveAndVerify(r -> {
                    assertThat(r.nature()).isEqualTo(NatureDeRegularisation.RAPPEL);
                    // L'enfant né en janvier ouvre droit à compter de février (CSS L552-1) : février, mars et avril.
                    assertThat(r.premierMois()).isEqualTo(YearMonth.of(2026, 2));
                    assertThat(r.dernierMois()).isEqualTo(YearMonth.of(2026, 4));
                    var apres = dossiers.droitDuMois(f.foyer(), YearMonth.of(2026, 3)).montantVerse();
                    assertThat(apres).isGreaterThan(avant);
                    var regularisation = dossiers.vue(f.foyer(), YearMonth.of(2026, 5)).orElseThrow().regularisations().getFirst();
                    // L'AF de trois enfants, et l'allocation de base de la PAJE du nouveau-né, pour chacun des trois mois.
                    assertThat(regularisation.lignes()).hasSize(6).extracting(Regularisation.Ligne::prestation)
                            .containsOnly(Prestation.AF, Prestation.PAJE_BASE);
                    assertThat(regularisation.montant()).isEqualTo(regularisation.lignes().stream()
                            .map(Regularisation.Ligne::ecart).reduce(Montant.ZERO, Montant::plus));
                    assertThat(regularisation.explication()).contains("Naissance : Léa").contains("BMAF");
                });

        paie.payer(YearMonth.of(2026, 5));
        var mai = dossiers.vue(f.foyer(), YearMonth.of(2026, 6)).orElseThrow().echeances().getFirst();
        assertThat(mai.rappels()).isEqualTo(dossiers.vue(f.foyer(), YearMonth.of(2026, 6)).orElseThrow().regularisations().getFirst().montant());
        assertThat(mai.verse()).isEqualTo(mai.du().plus(mai.rappels()));
    }

    @Test
    void leDepartPasseDUnEnfantDonneUnInduRecupereParRetenueDansLaLimiteDuBareme(Scenario scenario) {
        // Mois propres à ce test (le contexte et ses paies sont partagés entre les tests de la classe).
        var f = foyer("Salles", LocalDate.of(2010, 2, 2), LocalDate.of(2013, 4, 4), LocalDate.of(2016, 8, 8));
        for (var mois = YearMonth.of(2025, 8); !mois.isAfter(YearMonth.of(2025, 10)); mois = mois.plusMonths(1)) {
            paie.payer(mois);
        }
        scenario.stimulate(() -> situations.enregistrer(f.enfants().getFirst(), f.foyer(),
                        new Fait.DepartDuFoyer(f.enfants().getFirst(), "Enfant0", "Départ du foyer"), LocalDate.of(2025, 7, 15), Source.CONTROLE,
                        "départ constaté au contrôle"))
                .andWaitForEventOfType(RegularisationConstatee.class)
                .matching(r -> r.foyer().equals(f.foyer()) && r.resulteDUnControle())
                .toArriveAndVerify(r -> {
                    assertThat(r.nature()).isEqualTo(NatureDeRegularisation.INDU);
                    assertThat(r.resulteDUnControle()).isTrue();
                    assertThat(creances.resteDu(PaiementMensuel.tiers(f.foyer()))).isEqualTo(r.montant());
                });

        var du = creances.resteDu(PaiementMensuel.tiers(f.foyer()));
        paie.payer(YearMonth.of(2025, 11));
        var novembre = dossiers.vue(f.foyer(), YearMonth.of(2025, 12)).orElseThrow().echeances().getFirst();
        assertThat(novembre.retenue().estPositif()).isTrue();
        assertThat(novembre.retenue()).isLessThanOrEqualTo(novembre.du());
        assertThat(novembre.verse()).isEqualTo(novembre.du().moins(novembre.retenue()));
        assertThat(creances.resteDu(PaiementMensuel.tiers(f.foyer()))).isEqualTo(du.moins(novembre.retenue()));
        assertThat(comptabilite.balance().sommeDesSoldes()).isEqualTo(Montant.ZERO);
    }

    @Test
    void unePaieInterrompueReprendSansPayerPersonneDeuxFois() {
        var foyers = new ArrayList<FoyerDEssai>();
        for (int i = 0; i < 8; i++) {
            foyers.add(foyer("Reprise" + i, LocalDate.of(2012, 1, 1), LocalDate.of(2014, 1, 1)));
        }
        var mois = YearMonth.of(2026, 6);
        var appels = new AtomicInteger();
        doAnswer(appel -> {
            if (appels.incrementAndGet() == 2) {
                throw new IllegalStateException("Panne simulée pendant le deuxième lot");
            }
            return appel.callRealMethod();
        }).when(paiements).ordonnancer(anyList());

        var interrompue = paie.payer(mois);
        assertThat(interrompue.statut()).startsWith("en échec");
        long payesAvantReprise = foyers.stream().filter(f -> echeances(f.foyer()) > 0).count();
        assertThat(payesAvantReprise).isPositive().isLessThan(foyers.size());

        // Le processus a été tué : l'exécution est restée « en cours » dans le registre des traitements.
        jdbc.sql("""
                update batch_job_execution set status = 'STARTED', end_time = null
                where job_execution_id = (select max(job_execution_id) from batch_job_execution)""").update();
        doCallRealMethod().when(paiements).ordonnancer(anyList());
        var reprise = paie.payer(mois);
        assertThat(reprise.statut()).isEqualTo("terminée");

        foyers.forEach(f -> assertThat(echeances(f.foyer())).isEqualTo(1));
        for (var f : foyers) {
            var ordres = paiements.parTiers(PaiementMensuel.tiers(f.foyer()));
            assertThat(ordres).hasSize(1);
        }
        assertThat(paie.payer(mois).statut()).isEqualTo("déjà effectuée");
        assertThat(comptabilite.balance().sommeDesSoldes()).isEqualTo(Montant.ZERO);
    }

    @Autowired
    CalculDesDroits calcul;

    @Test
    void laVueDuDossierDonneLeDroitDuMoisAChaquePrestationServieAvecSonExplication() {
        var f = foyer("Vue", LocalDate.of(2014, 2, 2), LocalDate.of(2017, 5, 5));
        var vue = dossiers.vue(f.foyer(), YearMonth.of(2026, 7)).orElseThrow();
        assertThat(vue.droitsDuMois()).extracting(DroitDuMois::prestation).containsExactlyElementsOf(calcul.prestationsServies());
        var af = vue.droitsDuMois().stream().filter(d -> d.prestation() == Prestation.AF).findFirst().orElseThrow();
        assertThat(af.estOuvert()).isTrue();
        assertThat(af.net()).isEqualTo(af.brut().moins(af.crds()));
        assertThat(af.explication()).contains("BMAF");
        assertThat(vue.totalDuMois()).isEqualTo(vue.droitsDuMois().stream().map(DroitDuMois::net).reduce(Montant.ZERO, Montant::plus));
        assertThat(calcul.droitsDuLot(java.util.Map.of(f.foyer(), situations.situationDuFoyer(f.foyer())), YearMonth.of(2026, 7))
                .get(f.foyer())).extracting(DroitDuMois::net).containsExactlyElementsOf(vue.droitsDuMois().stream().map(DroitDuMois::net).toList());
    }

    @Autowired
    RecouvrementDesIndus recouvrement;

    @Test
    void unPlanDeRemboursementRemplaceLaRetenueTantQuIlEstRespecteEtLaCraPeutRemettreLIndu(Scenario scenario) {
        var f = foyer("Plan", LocalDate.of(2011, 1, 1), LocalDate.of(2013, 1, 1), LocalDate.of(2016, 1, 1));
        for (var mois = YearMonth.of(2025, 1); !mois.isAfter(YearMonth.of(2025, 3)); mois = mois.plusMonths(1)) {
            paie.payer(mois);
        }
        scenario.stimulate(() -> situations.enregistrer(f.enfants().getFirst(), f.foyer(),
                        new Fait.DepartDuFoyer(f.enfants().getFirst(), "Enfant0", "Départ du foyer"), LocalDate.of(2024, 12, 15), Source.CONTROLE,
                        "départ constaté au contrôle"))
                .andWaitForEventOfType(RegularisationConstatee.class).matching(r -> r.foyer().equals(f.foyer()) && r.resulteDUnControle())
                .toArriveAndVerify(r -> assertThat(r.nature()).isEqualTo(NatureDeRegularisation.INDU));
        var tiers = PaiementMensuel.tiers(f.foyer());
        var du = creances.resteDu(tiers);

        var plan = recouvrement.accorderUnPlan(f.foyer(), 4, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 4, 20));
        assertThat(plan.echeances()).hasSize(4);
        assertThat(plan.echeances().stream().map(PlanDeRemboursement.Echeance::montant).reduce(Montant.ZERO, Montant::plus)).isEqualTo(du);
        assertThatThrownBy(() -> recouvrement.accorderUnPlan(f.foyer(), 2, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 4, 20)))
                .hasMessageContaining("déjà en cours");
        paie.payer(YearMonth.of(2025, 4));
        var avril = dossiers.vue(f.foyer(), YearMonth.of(2025, 5)).orElseThrow().echeances().getFirst();
        assertThat(avril.mois()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(avril.retenue()).as("pas de retenue sous plan").isEqualTo(Montant.ZERO);

        recouvrement.encaisserUnReglement(f.foyer(), plan.mensualite(), LocalDate.of(2025, 5, 10), fr.caissecommune.finances.ModeDeRecouvrement.VIREMENT);
        assertThat(creances.resteDu(tiers)).isEqualTo(du.moins(plan.mensualite()));
        assertThat(recouvrement.enCours(f.foyer()).orElseThrow().echeances().getFirst().estPayee()).isTrue();

        var reference = jdbc.sql("select reference from famille.regularisation where foyer_id = ? and nature = 'INDU' and resulte_d_un_controle")
                .param(f.foyer().valeur())
                .query(String.class).single();
        recouvrement.appliquer(new DecisionDeRemise(reference, Montant.euros(10), "Précarité de la situation", LocalDate.of(2025, 6, 2)));
        assertThat(creances.resteDu(tiers)).isEqualTo(du.moins(plan.mensualite()).moins(Montant.euros(10)));
        assertThatThrownBy(() -> recouvrement.appliquer(new DecisionDeRemise(reference, du, "trop", LocalDate.of(2025, 6, 2))))
                .isInstanceOf(fr.caissecommune.commun.ChampInvalide.class).hasMessageContaining("supérieure au reste dû");

        assertThat(recouvrement.denoncerLesPlansNonRespectes(LocalDate.of(2025, 7, 5))).as("échéance du 10 juin pas encore échue d'un mois").isZero();
        assertThat(recouvrement.denoncerLesPlansNonRespectes(LocalDate.of(2025, 7, 15))).isEqualTo(1);
        paie.payer(YearMonth.of(2025, 7));
        var juillet = dossiers.vue(f.foyer(), YearMonth.of(2025, 8)).orElseThrow().echeances().stream()
                .filter(e -> e.mois().equals(YearMonth.of(2025, 7))).findFirst().orElseThrow();
        assertThat(juillet.retenue().estPositif()).as("le plan dénoncé, la retenue reprend").isTrue();
        assertThat(comptabilite.balance().sommeDesSoldes()).isEqualTo(Montant.ZERO);
    }

    @Test
    void leComplementFamilialLAeehEtLArsSontCalculesSurLaSituationDuFoyerEtPayesAvecLesAf() {
        var f = foyer("Trois", LocalDate.of(2012, 2, 2), LocalDate.of(2015, 3, 3), LocalDate.of(2019, 4, 4));
        var mere = f.allocataire();
        for (int annee = 2022; annee <= 2025; annee++) {
            situations.enregistrer(mere, f.foyer(), new Fait.Ressources(annee, Montant.euros(18_000)), LocalDate.of(annee, 1, 1), Source.GUICHET,
                    "ressources modestes");
        }
        situations.enregistrer(f.enfants().getLast(), f.foyer(), new Fait.Handicap(f.enfants().getLast(), 80, Fait.CategorieAeeh.CATEGORIE_1,
                false, null), LocalDate.of(2025, 1, 10), Source.FLUX_PARTENAIRE, "décision de la CDAPH");
        var droits = dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 8));
        for (var prestation : List.of(Prestation.AF, Prestation.CF, Prestation.ARS, Prestation.AEEH)) {
            assertThat(droits).filteredOn(d -> d.prestation() == prestation).singleElement()
                    .satisfies(d -> {
                        assertThat(d.estOuvert()).as(prestation.libelle()).isTrue();
                        assertThat(d.net()).isEqualTo(d.brut().moins(d.crds()));
                        assertThat(d.explication()).isNotBlank();
                    });
        }
        assertThat(dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 9))).filteredOn(d -> d.prestation() == Prestation.ARS)
                .singleElement().satisfies(d -> assertThat(d.estOuvert()).as("ARS versée en août seulement").isFalse());

        paie.payer(YearMonth.of(2026, 8));
        var aout = dossiers.vue(f.foyer(), YearMonth.of(2026, 9)).orElseThrow().echeances().stream()
                .filter(e -> e.mois().equals(YearMonth.of(2026, 8))).findFirst().orElseThrow();
        assertThat(aout.du()).isEqualTo(droits.stream().map(DroitDuMois::net).reduce(Montant.ZERO, Montant::plus));
        assertThat(jdbc.sql("select count(distinct prestation) from famille.droit_mensuel where foyer_id = ? and mois = ?")
                .params(f.foyer().valeur(), java.sql.Date.valueOf(LocalDate.of(2026, 8, 1))).query(Long.class).single()).isEqualTo(4);
        assertThat(comptabilite.balance().sommeDesSoldes()).isEqualTo(Montant.ZERO);
    }

    @Test
    void lAsfEstDueAuParentIsolePourLEnfantPriveDeLAideDeLAutreParentEtDevientDifferentielleAvecUnePension() {
        var f = foyer("Soulier", LocalDate.of(2018, 5, 5));
        var enfant = f.enfants().getFirst();
        assertThat(dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 2))).filteredOn(d -> d.prestation() == Prestation.ASF).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("enfant soutenu par ses deux parents").isFalse());
        situations.enregistrer(enfant, f.foyer(), new Fait.SoutienDeLEnfant(enfant, Fait.PrivationDeSoutien.D_UN_PARENT, Montant.ZERO),
                LocalDate.of(2026, 1, 10), Source.GUICHET, "le père ne verse pas la pension fixée par le juge");
        var pleine = dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 2)).stream().filter(d -> d.prestation() == Prestation.ASF).findFirst()
                .orElseThrow();
        assertThat(pleine.brut().valeur()).as("ASF d'un enfant privé de l'aide d'un parent").isBetween(new java.math.BigDecimal("150"),
                new java.math.BigDecimal("250"));
        assertThat(pleine.net()).isEqualTo(pleine.brut().moins(pleine.crds()));
        assertThat(pleine.crds().estPositif()).isTrue();
        situations.enregistrer(enfant, f.foyer(), new Fait.SoutienDeLEnfant(enfant, Fait.PrivationDeSoutien.D_UN_PARENT, Montant.euros(60)),
                LocalDate.of(2026, 3, 1), Source.GUICHET, "pension partielle");
        var differentielle = dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 3)).stream().filter(d -> d.prestation() == Prestation.ASF)
                .findFirst().orElseThrow();
        assertThat(differentielle.brut()).isEqualTo(pleine.brut().moins(Montant.euros(60)));
        assertThat(differentielle.explication()).contains("différentielle");

        paie.payer(YearMonth.of(2026, 3));
        assertThat(jdbc.sql("select count(*) from famille.droit_mensuel where foyer_id = ? and mois = ? and prestation = 'ASF'")
                .params(f.foyer().valeur(), java.sql.Date.valueOf(LocalDate.of(2026, 3, 1))).query(Long.class).single()).isEqualTo(1);
        assertThat(comptabilite.balance().sommeDesSoldes()).isEqualTo(Montant.ZERO);
    }

    @Test
    void laPrimeALaNaissanceEstVerseeAuSeptiemeMoisDeGrossesseEtLAllocationDeBaseAPartirDuMoisSuivantLaNaissance() {
        var f = foyer("Chabert");
        var mere = f.allocataire();
        for (int annee = 2024; annee <= 2025; annee++) {
            situations.enregistrer(mere, f.foyer(), new Fait.Ressources(annee, Montant.euros(20_000)), LocalDate.of(annee, 1, 1), Source.GUICHET,
                    "ressources modestes");
        }
        situations.enregistrer(mere, f.foyer(), new Fait.Grossesse(mere, LocalDate.of(2026, 9, 15), 1), LocalDate.of(2026, 3, 1),
                Source.GUICHET, "déclaration de grossesse");
        for (var mois : List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8))) {
            var prime = dossiers.droitsDuMois(f.foyer(), mois).stream().filter(d -> d.prestation() == Prestation.NAISSANCE).findFirst().orElseThrow();
            assertThat(prime.estOuvert()).as("prime à la naissance en " + mois).isEqualTo(mois.equals(YearMonth.of(2026, 7)));
            if (prime.estOuvert()) {
                assertThat(prime.brut().valeur()).isBetween(new java.math.BigDecimal("900"), new java.math.BigDecimal("1200"));
                assertThat(prime.net()).isEqualTo(prime.brut().moins(prime.crds()));
                assertThat(prime.explication()).contains("septième mois de grossesse");
            }
        }
        registre.declarerNaissance(f.foyer(), new NouvellePersonne(null, "Chabert", null, "Léa", Sexe.F, LocalDate.of(2026, 9, 14), MENDE, null,
                null, null), Source.GUICHET, "test");
        assertThat(dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 9))).filteredOn(d -> d.prestation() == Prestation.PAJE_BASE).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("pas d'allocation de base le mois de la naissance").isFalse());
        var base = dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 10)).stream().filter(d -> d.prestation() == Prestation.PAJE_BASE)
                .findFirst().orElseThrow();
        assertThat(base.brut().valeur()).as("allocation de base à taux plein").isBetween(new java.math.BigDecimal("150"),
                new java.math.BigDecimal("250"));
        assertThat(base.explication()).contains("taux plein");
        assertThat(dossiers.droitsDuMois(f.foyer(), YearMonth.of(2029, 10))).filteredOn(d -> d.prestation() == Prestation.PAJE_BASE)
                .singleElement().satisfies(d -> assertThat(d.estOuvert()).as("plus rien après les trois ans").isFalse());
        assertThat(dossiers.droitsDuMois(f.foyer(), YearMonth.of(2026, 10))).filteredOn(d -> d.prestation() == Prestation.NAISSANCE)
                .singleElement().satisfies(d -> assertThat(d.estOuvert()).as("la prime n'est versée qu'une fois").isFalse());
    }

    @Test
    void lAahEstDueALAdulteDontLeHandicapEstReconnuAuTauxRequisSousConditionDeRessources() {
        var f = foyer("Bonnal");
        var mere = f.allocataire();
        situations.enregistrer(mere, f.foyer(), new Fait.Ressources(2024, Montant.euros(6_000)), LocalDate.of(2024, 1, 1), Source.GUICHET,
                "pension d'invalidité");
        var juin = YearMonth.of(2026, 6);
        assertThat(dossiers.droitsDuMois(f.foyer(), juin)).filteredOn(d -> d.prestation() == Prestation.AAH).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("aucun handicap reconnu").isFalse());
        situations.enregistrer(mere, f.foyer(), new Fait.Handicap(mere, 60, Fait.CategorieAeeh.AUCUNE, false, null), LocalDate.of(2026, 1, 10),
                Source.FLUX_PARTENAIRE, "décision de la CDAPH");
        assertThat(dossiers.droitsDuMois(f.foyer(), juin)).filteredOn(d -> d.prestation() == Prestation.AAH).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("60 % sans restriction d'accès à l'emploi").isFalse());
        situations.enregistrer(mere, f.foyer(), new Fait.Handicap(mere, 60, Fait.CategorieAeeh.AUCUNE, true, null), LocalDate.of(2026, 3, 10),
                Source.FLUX_PARTENAIRE, "RSDAE reconnue par la CDAPH");
        var aah = dossiers.droitsDuMois(f.foyer(), juin).stream().filter(d -> d.prestation() == Prestation.AAH).findFirst().orElseThrow();
        assertThat(aah.brut().valeur()).as("AAH différentielle : plafond moins 500 € de ressources mensuelles").isBetween(
                new java.math.BigDecimal("400"), new java.math.BigDecimal("700"));
        assertThat(aah.crds()).isEqualTo(Montant.ZERO);
        assertThat(aah.explication()).contains("restriction d'accès à l'emploi");
        situations.enregistrer(mere, f.foyer(), new Fait.Ressources(2024, Montant.euros(30_000)), LocalDate.of(2024, 1, 1), Source.GUICHET,
                "ressources rectifiées");
        assertThat(dossiers.droitsDuMois(f.foyer(), juin)).filteredOn(d -> d.prestation() == Prestation.AAH).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("ressources au-dessus du plafond").isFalse());
    }

    @Autowired
    MesureDeLaPaie mesure;

    @Test
    void leCalculSeulDuBenchMesureToutesLesPrestationsServiesAvecLeurDetail() {
        foyer("Mesure", LocalDate.of(2012, 2, 2), LocalDate.of(2015, 3, 3));
        var calcul = mesure.calculSeul(YearMonth.of(2026, 6), 1);
        assertThat(calcul.foyers()).isPositive();
        assertThat(calcul.parPrestation().keySet()).contains(Prestation.AF, Prestation.CF, Prestation.ASF, Prestation.NAISSANCE,
                Prestation.PAJE_BASE, Prestation.AEEH, Prestation.AAH, Prestation.RSA, Prestation.PPA);
        assertThat(calcul.parPrestation().get(Prestation.AF).droitsOuverts()).as("au moins le foyer de deux enfants créé ici").isPositive();
    }
}
