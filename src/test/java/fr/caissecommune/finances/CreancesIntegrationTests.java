package fr.caissecommune.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import fr.caissecommune.commun.Montant;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "caisse.repertoire-fichiers=" + BaseFinances.REPERTOIRE)
class CreancesIntegrationTests extends BaseFinances {

    static final String FOYER = "foyer:0b6f7d1e";
    static final LocalDate LE_5_MARS = LocalDate.of(2025, 3, 5);

    @Autowired
    Creances creances;

    @Autowired
    Comptabilite comptabilite;

    @Test
    void constaterPasseLEcritureEtPublieLEvenement(AssertablePublishedEvents evenements) {
        var id = creances.constater(indu("INDU-1", "300.00", LocalDate.of(2025, 1, 10)));

        assertThat(creances.ouvertes(FOYER)).extracting(Creance::id, Creance::montant, Creance::resteDu)
                .containsExactly(tuple(id, Montant.euros("300.00"), Montant.euros("300.00")));
        assertThat(comptabilite.balance().comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::solde).containsExactly(
                tuple(PlanComptable.ALLOCATAIRES_DEBITEURS, Montant.euros("300.00")),
                tuple(PlanComptable.ALLOCATIONS_FAMILIALES, Montant.euros("-300.00")));
        assertThat(evenements.ofType(CreanceConstatee.class)).containsExactly(new CreanceConstatee(id, FOYER, "famille:regularisation",
                "INDU-1", NatureDeCreance.INDU_PRESTATION, Montant.euros("300.00"), LocalDate.of(2025, 1, 10)));
    }

    @Test
    void constaterDeuxFoisLaMemeReferenceRendLaMemeCreance() {
        var premiere = creances.constater(indu("INDU-1", "300.00", LocalDate.of(2025, 1, 10)));
        var seconde = creances.constater(indu("INDU-1", "300.00", LocalDate.of(2025, 1, 10)));

        assertThat(seconde).isEqualTo(premiere);
        assertThat(creances.resteDu(FOYER)).isEqualTo(Montant.euros("300.00"));
        assertThat(comptabilite.balance().totalDebit()).isEqualTo(Montant.euros("300.00"));
        assertThatIllegalStateException().isThrownBy(() -> creances.constater(indu("INDU-1", "301.00", LocalDate.of(2025, 1, 10))))
                .withMessage("Créance INDU-1 déjà constatée pour " + FOYER + " (INDU_PRESTATION, 300,00 €) : "
                        + "cette référence ne peut désigner une autre créance");
    }

    @Test
    void retenirCommenceParLaPlusAncienneEtNeDepassePasLePlafond(AssertablePublishedEvents evenements) {
        var recente = creances.constater(indu("INDU-RECENT", "100.00", LocalDate.of(2025, 2, 10)));
        var ancienne = creances.constater(indu("INDU-ANCIEN", "50.00", LocalDate.of(2024, 11, 3)));

        var retenu = creances.retenir(FOYER, Montant.euros("80.00"), LE_5_MARS, "PAIE-2025-03-" + FOYER);

        assertThat(retenu).isEqualTo(Montant.euros("80.00"));
        assertThat(creances.ouvertes(FOYER)).extracting(Creance::reference, Creance::resteDu)
                .containsExactly(tuple("INDU-RECENT", Montant.euros("70.00")));
        assertThat(evenements.ofType(CreanceRecouvree.class)).containsExactly(
                new CreanceRecouvree(ancienne, FOYER, Montant.euros("50.00"), ModeDeRecouvrement.RETENUE, LE_5_MARS, Montant.ZERO),
                new CreanceRecouvree(recente, FOYER, Montant.euros("30.00"), ModeDeRecouvrement.RETENUE, LE_5_MARS, Montant.euros("70.00")));
        var retenue = comptabilite.balance(LE_5_MARS).comptes();
        assertThat(retenue).extracting(SoldeDeCompte::compte, SoldeDeCompte::debit, SoldeDeCompte::credit).contains(
                tuple(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.euros("80.00"), Montant.ZERO),
                tuple(PlanComptable.ALLOCATAIRES_DEBITEURS, Montant.euros("150.00"), Montant.euros("80.00")));
        assertThat(jdbc.sql("select count(*) from finances.mouvement_de_creance where mode = 'RETENUE'").query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void retenirNeDepasseJamaisLaDette() {
        creances.constater(indu("INDU-1", "40.00", LocalDate.of(2025, 1, 10)));
        creances.constater(indu("INDU-2", "2.50", LocalDate.of(2025, 1, 11)));

        assertThat(creances.retenir(FOYER, Montant.euros("500.00"), LE_5_MARS, "PAIE-1")).isEqualTo(Montant.euros("42.50"));
        assertThat(creances.retenir(FOYER, Montant.euros("500.00"), LE_5_MARS, "PAIE-2")).isEqualTo(Montant.ZERO);
        assertThat(creances.ouvertes(FOYER)).isEmpty();
        assertThat(creances.resteDu(FOYER)).isEqualTo(Montant.ZERO);
    }

    @Test
    void retenirAvecUnPlafondNulOuSansCreanceNeRetientRien() {
        creances.constater(indu("INDU-1", "40.00", LocalDate.of(2025, 1, 10)));

        assertThat(creances.retenir(FOYER, Montant.ZERO, LE_5_MARS, "PAIE-1")).isEqualTo(Montant.ZERO);
        assertThat(creances.retenir("foyer:sans-dette", Montant.euros("100.00"), LE_5_MARS, "PAIE-1")).isEqualTo(Montant.ZERO);
        assertThat(creances.resteDu(FOYER)).isEqualTo(Montant.euros("40.00"));
    }

    @Test
    void retenirNeTouchePasAuxCotisations() {
        creances.constater(new NouvelleCreance(FOYER, "recouvrement", "COT-1", NatureDeCreance.COTISATION, Montant.euros("90.00"),
                "Cotisations T4 2024", PlanComptable.COTISATIONS_TRAVAILLEURS_INDEPENDANTS, LocalDate.of(2025, 1, 5)));

        assertThat(creances.retenir(FOYER, Montant.euros("100.00"), LE_5_MARS, "PAIE-1")).isEqualTo(Montant.ZERO);
        assertThat(creances.resteDu(FOYER)).isEqualTo(Montant.euros("90.00"));
    }

    @Test
    void encaisserDiminueLeResteDuEtRefuseDeDepasserLaDette(AssertablePublishedEvents evenements) {
        var id = creances.constater(indu("INDU-1", "100.00", LocalDate.of(2025, 1, 10)));

        var apres = creances.encaisser(id, Montant.euros("60.00"), LE_5_MARS, ModeDeRecouvrement.CHEQUE);

        assertThat(apres.resteDu()).isEqualTo(Montant.euros("40.00"));
        assertThat(evenements.ofType(CreanceRecouvree.class)).containsExactly(
                new CreanceRecouvree(id, FOYER, Montant.euros("60.00"), ModeDeRecouvrement.CHEQUE, LE_5_MARS, Montant.euros("40.00")));
        assertThat(comptabilite.balance().comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::solde)
                .contains(tuple(PlanComptable.BANQUE_ENCAISSEMENTS, Montant.euros("60.00")));
        assertThatIllegalStateException().isThrownBy(() -> creances.encaisser(id, Montant.euros("40.01"), LE_5_MARS, ModeDeRecouvrement.VIREMENT))
                .withMessage("Encaissement refusé sur la créance INDU-1 : le montant demandé (40,01 €) dépasse le reste dû (40,00 €)");
        creances.encaisser(id, Montant.euros("40.00"), LE_5_MARS, ModeDeRecouvrement.VIREMENT);
        assertThatIllegalStateException().isThrownBy(() -> creances.encaisser(id, Montant.euros("1.00"), LE_5_MARS, ModeDeRecouvrement.VIREMENT))
                .withMessage("Encaissement refusé : la créance INDU-1 est soldée, il n'en reste rien à recouvrer");
    }

    @Test
    void remettreRefuseUneRemisePlusGrandeQueLeResteDu() {
        var id = creances.constater(indu("INDU-1", "100.00", LocalDate.of(2025, 1, 10)));
        creances.retenir(FOYER, Montant.euros("30.00"), LE_5_MARS, "PAIE-1");

        assertThatIllegalStateException().isThrownBy(() -> creances.remettre(id, Montant.euros("70.01"), "Précarité", "CRA du 12/03/2025"))
                .withMessage("Remise de dette refusée sur la créance INDU-1 : le montant demandé (70,01 €) dépasse le reste dû (70,00 €)");
        assertThat(creances.resteDu(FOYER)).isEqualTo(Montant.euros("70.00"));
    }

    @Test
    void remettrePasseLaChargeDeRemiseEtPublieLaDecision(AssertablePublishedEvents evenements) {
        var id = creances.constater(indu("INDU-1", "100.00", LocalDate.of(2025, 1, 10)));

        var apres = creances.remettre(id, Montant.euros("70.00"), "Précarité, bonne foi", "CRA du 12/03/2025");

        assertThat(apres.resteDu()).isEqualTo(Montant.euros("30.00"));
        assertThat(comptabilite.balance().comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::solde)
                .contains(tuple(PlanComptable.REMISES_INDUS, Montant.euros("70.00")), tuple(PlanComptable.ALLOCATAIRES_DEBITEURS, Montant.euros("30.00")));
        assertThat(evenements.ofType(CreanceRemise.class)).singleElement().satisfies(remise -> {
            assertThat(remise.creance()).isEqualTo(id);
            assertThat(remise.montant()).isEqualTo(Montant.euros("70.00"));
            assertThat(remise.decideur()).isEqualTo("CRA du 12/03/2025");
            assertThat(remise.resteDu()).isEqualTo(Montant.euros("30.00"));
        });
        assertThat(jdbc.sql("select motif from finances.mouvement_de_creance where nature = 'REMISE'").query(String.class).single())
                .isEqualTo("Précarité, bonne foi");
    }

    @Test
    void uneCreanceInconnueEstIntrouvable() {
        var inconnue = new CreanceId(UUID.randomUUID());
        assertThatThrownBy(() -> creances.encaisser(inconnue, Montant.euros("1.00"), LE_5_MARS, ModeDeRecouvrement.CHEQUE))
                .isInstanceOf(CreanceIntrouvable.class).hasMessage("Créance introuvable : aucune créance d'identifiant " + inconnue);
    }

    @Test
    void trouveEnUneFoisLesTiersAvecCreancesOuvertesParmiDesMilliers() {
        creances.constater(indu("INDU-1", "10.00", LocalDate.of(2025, 1, 10)));
        var autreId = creances.constater(new NouvelleCreance("foyer:2400", "famille", "INDU-2", NatureDeCreance.INDU_PRESTATION,
                Montant.euros("5.00"), "Indu AF", PlanComptable.ALLOCATIONS_FAMILIALES, LocalDate.of(2025, 1, 10)));
        creances.constater(new NouvelleCreance("foyer:1200", "famille", "INDU-3", NatureDeCreance.INDU_PRESTATION,
                Montant.euros("5.00"), "Indu AF", PlanComptable.ALLOCATIONS_FAMILIALES, LocalDate.of(2025, 1, 10)));
        creances.encaisser(autreId, Montant.euros("5.00"), LE_5_MARS, ModeDeRecouvrement.VIREMENT);
        var foyers = new ArrayList<>(IntStream.range(0, 2_500).mapToObj(i -> "foyer:" + i).toList());
        foyers.add(FOYER);

        assertThat(creances.tiersAvecCreancesOuvertes(foyers)).containsExactlyInAnyOrder(FOYER, "foyer:1200");
    }

    static NouvelleCreance indu(String reference, String montant, LocalDate date) {
        return new NouvelleCreance(FOYER, "famille:regularisation", reference, NatureDeCreance.INDU_PRESTATION, Montant.euros(montant),
                "Indu d'allocations familiales", PlanComptable.ALLOCATIONS_FAMILIALES, date);
    }
}
