package fr.caissecommune.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.FormatSepa;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "caisse.repertoire-fichiers=" + BaseFinances.REPERTOIRE)
class PrelevementsIntegrationTests extends BaseFinances {

    static final LocalDate LE_15 = LocalDate.of(2025, 2, 15);

    @Autowired
    Prelevements prelevements;

    @Autowired
    Comptabilite comptabilite;

    @Test
    void transmetUnFichierConformeEtPasseLEncaissementTiersParTiers(AssertablePublishedEvents evenements) throws Exception {
        var fichier = prelevements.transmettre(List.of(
                ordre("COT-1-202501", "cotisant:00012345500016", "3117.00", SchemaDePrelevement.B2B, SequenceDePrelevement.RCUR),
                ordre("COT-2-202501", "cotisant:00012345500024", "151.00", SchemaDePrelevement.B2B, SequenceDePrelevement.RCUR),
                ordre("COT-3-202501", "cotisant:ti-42", "42.00", SchemaDePrelevement.CORE, SequenceDePrelevement.FRST)),
                "Agnès Comptable").orElseThrow();

        assertThat(fichier.type()).isEqualTo(TypeDeFichier.PRELEVEMENTS);
        assertThat(fichier.format()).isEqualTo("pain.008.001.08");
        assertThat(fichier.nombre()).isEqualTo(3);
        assertThat(fichier.total()).isEqualTo(Montant.euros("3310.00"));
        var chemin = Path.of(fichier.chemin());
        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_008_001_08.valider(chemin));
        assertThat(Files.readString(chemin)).contains("<NbOfTxs>3</NbOfTxs>", "<CtrlSum>3310.00</CtrlSum>", "<Cd>B2B</Cd>", "<Cd>CORE</Cd>",
                "<SeqTp>FRST</SeqTp>", "<Id>FR72ZZZ123456</Id>", "<MndtId>RUM-COT-1-202501</MndtId>", "<Id>NOTPROVIDED</Id>");
        assertThat(comptabilite.balance().comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::debit, SoldeDeCompte::credit)
                .containsExactly(tuple(PlanComptable.COTISANTS, Montant.ZERO, Montant.euros("3310.00")),
                        tuple(PlanComptable.BANQUE_ENCAISSEMENTS, Montant.euros("3310.00"), Montant.ZERO));
        assertThat(jdbc.sql("select count(*) from finances.ligne_ecriture where compte = '4111' and tiers is not null").query(Long.class).single())
                .isEqualTo(3L);
        assertThat(evenements.ofType(PrelevementsTransmis.class))
                .containsExactly(new PrelevementsTransmis(fichier.id(), 3, Montant.euros("3310.00")));
    }

    @Test
    void nePreleveJamaisDeuxFoisLeMemeOrdre() {
        var ordres = List.of(ordre("COT-1-202501", "cotisant:1", "10.00", SchemaDePrelevement.CORE, SequenceDePrelevement.RCUR));
        prelevements.transmettre(ordres, "Agnès Comptable").orElseThrow();

        assertThat(prelevements.transmettre(ordres, "Agnès Comptable")).isEmpty();
        assertThat(jdbc.sql("select count(*) from finances.fichier_sepa").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void refuseUnMandatSigneApresLEcheance() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrdreDePrelevement("recouvrement", "COT-1", "cotisant:1", "SOCIETE",
                Iban.of("FR7699999000010001234567809"), null, Montant.euros("1.00"), LE_15, "Cotisations", new Mandat("RUM-1", LE_15.plusDays(1)),
                SchemaDePrelevement.CORE, SequenceDePrelevement.FRST, PlanComptable.COTISANTS))
                .withMessage("Ordre de prélèvement COT-1 invalide : le mandat RUM-1 est signé le 2025-02-16, après l'échéance du 2025-02-15");
    }

    @Test
    void refuseUneRumHorsDuJeuEpc() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Mandat("RUM 1", LE_15))
                .withMessageStartingWith("Mandat invalide : la RUM « RUM 1 » ne doit contenir que lettres, chiffres");
    }

    static OrdreDePrelevement ordre(String reference, String tiers, String montant, SchemaDePrelevement schema, SequenceDePrelevement sequence) {
        return new OrdreDePrelevement("recouvrement:echeance-2025-01", reference, tiers, "Société Exemple SAS",
                Iban.of("FR4499998001010000123456A33"), schema == SchemaDePrelevement.B2B ? Bic.of("TESAFRP1XXX") : null, Montant.euros(montant),
                LE_15, "Cotisations 01/2025", new Mandat("RUM-" + reference, LocalDate.of(2019, 3, 1)), schema, sequence, PlanComptable.COTISANTS);
    }
}
