package fr.caissecommune.finances.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcrivainPain008Tests {

    static final CompteBancaire CAISSE = new CompteBancaire("ORGANISME DE RECOUVREMENT EXEMPLE", "FR7699996003030000000004291", "TESTFRPPXXX");
    static final IdentifiantCreancier ICS = IdentifiantCreancier.of("FR72ZZZ123456");
    static final LocalDate LE_15 = LocalDate.of(2025, 2, 15);

    @TempDir
    Path repertoire;

    @Test
    void produitUnFichierConformeAuSchemaAvecLeMandatEtLICS() throws Exception {
        var fichier = ecrireLeFichierDeLExemple();

        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_008_001_08.valider(fichier));
        assertThat(StructureXml.textes(fichier))
                .containsEntry("Document/CstmrDrctDbtInitn/GrpHdr/NbOfTxs", "2")
                .containsEntry("Document/CstmrDrctDbtInitn/GrpHdr/CtrlSum", "3268.00")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/PmtMtd", "DD")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/NbOfTxs", "2")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/CtrlSum", "3268.00")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/PmtTpInf/LclInstrm/Cd", "B2B")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/PmtTpInf/SeqTp", "RCUR")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/ReqdColltnDt", "2025-02-15")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/CdtrSchmeId/Id/PrvtId/Othr/Id", "FR72ZZZ123456")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/CdtrSchmeId/Id/PrvtId/Othr/SchmeNm/Prtry", "SEPA")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/DrctDbtTx/MndtRltdInf/MndtId",
                        "RUM-00012345500016-001|RUM-00012345500024-001")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/DrctDbtTx/MndtRltdInf/DtOfSgntr", "2019-03-01|2021-06-15")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/InstdAmt", "3117.00|151.00");
    }

    @Test
    void reprendLaStructureDeLExempleLivre() throws Exception {
        var exemple = new ArrayList<>(StructureXml.chemins(getClass().getResourceAsStream("/sepa/example_contributions_pain.008.001.08.xml")));
        var produit = new ArrayList<>(StructureXml.chemins(ecrireLeFichierDeLExemple()));

        var enPlus = new ArrayList<>(produit);
        enPlus.removeAll(exemple);
        assertThat(enPlus).as("éléments absents de l'exemple").containsExactly("Document/CstmrDrctDbtInitn/PmtInf/BtchBookg");
        var enMoins = new ArrayList<>(exemple);
        enMoins.removeAll(produit);
        assertThat(enMoins).as("éléments de l'exemple que la caisse n'écrit pas").isEmpty();
        var communs = new ArrayList<>(exemple);
        communs.retainAll(produit);
        var communsDansLeProduit = new ArrayList<>(produit);
        communsDansLeProduit.retainAll(exemple);
        assertThat(communsDansLeProduit).as("même ordre des éléments").isEqualTo(communs);
    }

    @Test
    void lExempleLivreEstConformeAuSchema() throws Exception {
        var exemple = repertoire.resolve("exemple.xml");
        try (var entree = getClass().getResourceAsStream("/sepa/example_contributions_pain.008.001.08.xml")) {
            Files.copy(entree, exemple);
        }
        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_008_001_08.valider(exemple));
    }

    @Test
    void ecritNotProvidedQuandLaBanqueDuDebiteurNEstPasConnue() throws Exception {
        var fichier = ecrire(new EnTeteDeMessage("PRLV-1", LocalDateTime.of(2025, 2, 10, 8, 0), 1, new BigDecimal("42.00"), "Caisse"),
                ecrivain -> ecrivain.ecrire(new LotDePrelevements("PRLV-1-1", "CORE", "FRST", LE_15, 1, new BigDecimal("42.00"), CAISSE, ICS),
                        new Prelevement("COT-TI-1", new BigDecimal("42.00"), "RUM-TI-1", LocalDate.of(2025, 1, 2), "Hélène Dupré",
                                "FR4499998001010000123456A33", null, "Cotisations TI février 2025")));

        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_008_001_08.valider(fichier));
        assertThat(StructureXml.textes(fichier))
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/DbtrAgt/FinInstnId/Othr/Id", "NOTPROVIDED")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/DrctDbtTxInf/Dbtr/Nm", "Helene Dupre")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/PmtTpInf/LclInstrm/Cd", "CORE")
                .containsEntry("Document/CstmrDrctDbtInitn/PmtInf/PmtTpInf/SeqTp", "FRST");
    }

    @Test
    void refuseUnSchemaOuUneSequenceInconnus() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LotDePrelevements("L1", "COR1", "RCUR", LE_15, 1, BigDecimal.ONE, CAISSE, ICS))
                .withMessage("Schéma de prélèvement invalide : « COR1 », attendu CORE ou B2B");
        assertThatIllegalArgumentException().isThrownBy(() -> new LotDePrelevements("L1", "CORE", "LAST", LE_15, 1, BigDecimal.ONE, CAISSE, ICS))
                .withMessage("Séquence de prélèvement invalide : « LAST », attendu FRST, RCUR, OOFF ou FNAL");
    }

    private Path ecrireLeFichierDeLExemple() throws IOException {
        var enTete = new EnTeteDeMessage("RECOUV-20250210-0002", LocalDateTime.of(2025, 2, 10, 8, 0), 2, new BigDecimal("3268.00"),
                "ORGANISME DE RECOUVREMENT EXEMPLE");
        return ecrire(enTete, ecrivain -> {
            var lot = new LotDePrelevements("PRLV-B2B-20250215-01", "B2B", "RCUR", LE_15, 2, new BigDecimal("3268.00"), CAISSE, ICS);
            ecrivain.ecrire(lot, new Prelevement("COT-00012345500016-202501", new BigDecimal("3117.00"), "RUM-00012345500016-001",
                    LocalDate.of(2019, 3, 1), "SOCIETE EXEMPLE SAS", "FR7699999000010001234567809", "TESTFRPPXXX",
                    "COTISATIONS 01/2025 SIRET 00012345500016"));
            ecrivain.ecrire(lot, new Prelevement("COT-00012345500024-202501", new BigDecimal("151.00"), "RUM-00012345500024-001",
                    LocalDate.of(2021, 6, 15), "SOCIETE EXEMPLE SAS", "FR4499998001010000123456A33", "TESAFRP1XXX",
                    "COTISATIONS 01/2025 SIRET 00012345500024"));
        });
    }

    private Path ecrire(EnTeteDeMessage enTete, Consumer<EcrivainPain008> operations) throws IOException {
        var fichier = Files.createTempFile(repertoire, "pain008", ".xml");
        try (OutputStream sortie = Files.newOutputStream(fichier)) {
            var ecrivain = new EcrivainPain008(sortie, enTete);
            operations.accept(ecrivain);
            ecrivain.terminer();
        }
        return fichier;
    }
}
