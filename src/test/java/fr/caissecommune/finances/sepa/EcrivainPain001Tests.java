package fr.caissecommune.finances.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
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

class EcrivainPain001Tests {

    static final CompteBancaire CAISSE = new CompteBancaire("Caisse commune de sécurité sociale", "FR7699999000010001234567809", "TESTFRPPXXX");
    static final LocalDate LE_5 = LocalDate.of(2025, 2, 5);
    static final LocalDate LE_6 = LocalDate.of(2025, 2, 6);

    @TempDir
    Path repertoire;

    @Test
    void produitUnFichierConformeAuSchemaAvecUnLotParDateDExecution() throws Exception {
        var fichier = ecrireLeFichierDeTroisVirements();

        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_001_001_09.valider(fichier));
        var textes = StructureXml.textes(fichier);
        assertThat(textes)
                .containsEntry("Document/CstmrCdtTrfInitn/GrpHdr/MsgId", "VIR-20250203-0001")
                .containsEntry("Document/CstmrCdtTrfInitn/GrpHdr/CreDtTm", "2025-02-03T10:15:00")
                .containsEntry("Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs", "3")
                .containsEntry("Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum", "1487.75")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/PmtInfId", "VIR-20250203-0001-1|VIR-20250203-0001-2")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/PmtMtd", "TRF|TRF")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/NbOfTxs", "2|1")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CtrlSum", "1387.75|100.00")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/SvcLvl/Cd", "SEPA|SEPA")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/PmtTpInf/CtgyPurp/Cd", "SSBE|SSBE")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/ReqdExctnDt/Dt", "2025-02-05|2025-02-06")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/ChrgBr", "SLEV|SLEV")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/DbtrAcct/Id/IBAN", "FR7699999000010001234567809|FR7699999000010001234567809")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/PmtId/EndToEndId",
                        "PRE-2025-01-0000001|PRE-2025-01-0000002|PRE-2025-01-0000003")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/Amt/InstdAmt", "312.45|1075.30|100.00")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI", "TESAFRP1XXX");
    }

    @Test
    void reprendLaStructureDeLExempleLivre() throws Exception {
        var exemple = new ArrayList<>(StructureXml.chemins(getClass().getResourceAsStream("/sepa/example_benefits_pain.001.001.09.xml")));
        var produit = new ArrayList<>(StructureXml.chemins(ecrireLeFichierDeTroisVirements()));

        var enPlus = new ArrayList<>(produit);
        enPlus.removeAll(exemple);
        assertThat(enPlus).as("éléments absents de l'exemple").containsExactly("Document/CstmrCdtTrfInitn/PmtInf/BtchBookg");
        var enMoins = new ArrayList<>(exemple);
        enMoins.removeAll(produit);
        assertThat(enMoins).as("éléments facultatifs de l'exemple que la caisse n'écrit pas")
                .allMatch(chemin -> chemin.contains("/PstlAdr") || chemin.contains("/Purp"));
        var communsDansLExemple = new ArrayList<>(exemple);
        communsDansLExemple.retainAll(produit);
        var communsDansLeProduit = new ArrayList<>(produit);
        communsDansLeProduit.retainAll(exemple);
        assertThat(communsDansLeProduit).as("même ordre des éléments").isEqualTo(communsDansLExemple);
    }

    @Test
    void lExempleLivreEstConformeAuSchema() throws Exception {
        var exemple = repertoire.resolve("exemple.xml");
        try (var entree = getClass().getResourceAsStream("/sepa/example_benefits_pain.001.001.09.xml")) {
            Files.copy(entree, exemple);
        }
        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_001_001_09.valider(exemple));
    }

    @Test
    void translittereLesNomsEtLesLibellesDansLeJeuEpc() throws Exception {
        var fichier = ecrire(new EnTeteDeMessage("VIR-1", LocalDateTime.of(2025, 2, 3, 10, 15), 1, new BigDecimal("10.00"), "Caisse"),
                ecrivain -> ecrivain.ecrire(lot("VIR-1-1", LE_5, 1, "10.00"),
                        new Virement("R1", new BigDecimal("10.00"), "Zoé Lefèvre-Nœl", "FR4499998001010000123456A33", null,
                                "Allocations familiales – janvier 2025, n°42 & ARS")));

        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_001_001_09.valider(fichier));
        assertThat(StructureXml.textes(fichier))
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/Cdtr/Nm", "Zoe Lefevre-Noel")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/RmtInf/Ustrd", "Allocations familiales - janvier 2025, n.42 + ARS")
                .containsEntry("Document/CstmrCdtTrfInitn/PmtInf/Dbtr/Nm", "Caisse commune de securite sociale")
                .doesNotContainKey("Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/CdtrAgt/FinInstnId/BICFI");
    }

    @Test
    void refuseUnLotDontLeNombreOuLaSommeDeControleNeCorrespondPas() {
        var enTete = new EnTeteDeMessage("VIR-1", LocalDateTime.of(2025, 2, 3, 10, 15), 2, new BigDecimal("20.00"), "Caisse");
        assertThatIllegalStateException().isThrownBy(() -> ecrire(enTete, ecrivain -> {
            var lot = lot("VIR-1-1", LE_5, 2, "20.00");
            ecrivain.ecrire(lot, virement("R1", "10.00"));
            ecrivain.ecrire(lot, virement("R2", "10.01"));
        })).withMessage("NbOfTxs/CtrlSum du lot VIR-1-1 faux : annoncés 2 / 20.00, écrits 2 / 20.01");
    }

    @Test
    void refuseUnEnTeteDontLeNombreNeCorrespondPasAuxLots() {
        var enTete = new EnTeteDeMessage("VIR-1", LocalDateTime.of(2025, 2, 3, 10, 15), 3, new BigDecimal("10.00"), "Caisse");
        assertThatIllegalStateException().isThrownBy(() -> ecrire(enTete, ecrivain -> ecrivain.ecrire(lot("VIR-1-1", LE_5, 1, "10.00"),
                virement("R1", "10.00")))).withMessage("NbOfTxs/CtrlSum du message faux : annoncés 3 / 10.00, écrits 1 / 10.00");
    }

    @Test
    void leSchemaRefuseUnFichierNonConformeEnDonnantLaLigne() throws Exception {
        var fichier = ecrire(new EnTeteDeMessage("VIR-1", LocalDateTime.of(2025, 2, 3, 10, 15), 1, new BigDecimal("10.00"), "Caisse"),
                ecrivain -> ecrivain.ecrire(lot("VIR-1-1", LE_5, 1, "10.00"),
                        new Virement("R1", new BigDecimal("10.00"), "Paul Martin", "FR76 9999", null, "Prestations")));

        assertThatIllegalStateException().isThrownBy(() -> FormatSepa.PAIN_001_001_09.valider(fichier))
                .withMessageStartingWith("Fichier pain.001.001.09 non conforme au schéma XSD (ligne ")
                .withMessageContaining("FR76 9999");
    }

    private Path ecrireLeFichierDeTroisVirements() throws IOException {
        var enTete = new EnTeteDeMessage("VIR-20250203-0001", LocalDateTime.of(2025, 2, 3, 10, 15), 3, new BigDecimal("1487.75"), "Caisse");
        return ecrire(enTete, ecrivain -> {
            var lot5 = lot("VIR-20250203-0001-1", LE_5, 2, "1387.75");
            ecrivain.ecrire(lot5, new Virement("PRE-2025-01-0000001", new BigDecimal("312.45"), "MARTIN PAUL", "FR4499998001010000123456A33",
                    "TESAFRP1XXX", "PRESTATION 01/2025 DOSSIER 1234567"));
            ecrivain.ecrire(lot5, new Virement("PRE-2025-01-0000002", new BigDecimal("1075.30"), "DURAND ELODIE",
                    "FR7699997002021234567890128", null, "PRESTATION 01/2025 DOSSIER 7654321"));
            ecrivain.ecrire(lot("VIR-20250203-0001-2", LE_6, 1, "100.00"), new Virement("PRE-2025-01-0000003", new BigDecimal("100.00"),
                    "PETIT JEANNE", "FR7699997002021234567890128", null, "ARS 2025"));
        });
    }

    private static LotDeVirements lot(String id, LocalDate date, long nombre, String total) {
        return new LotDeVirements(id, date, nombre, new BigDecimal(total), CAISSE);
    }

    private static Virement virement(String reference, String montant) {
        return new Virement(reference, new BigDecimal(montant), "Paul Martin", "FR4499998001010000123456A33", null, "Prestations");
    }

    private Path ecrire(EnTeteDeMessage enTete, Consumer<EcrivainPain001> operations) throws IOException {
        var fichier = Files.createTempFile(repertoire, "pain001", ".xml");
        try (OutputStream sortie = Files.newOutputStream(fichier)) {
            var ecrivain = new EcrivainPain001(sortie, enTete);
            operations.accept(ecrivain);
            ecrivain.terminer();
        }
        return fichier;
    }
}
