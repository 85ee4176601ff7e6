package fr.caissecommune.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

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
class PaiementsIntegrationTests extends BaseFinances {

    static final LocalDate LE_5 = LocalDate.of(2025, 2, 5);
    static final LocalDate LE_6 = LocalDate.of(2025, 2, 6);
    static final LocalDate LE_7 = LocalDate.of(2025, 2, 7);

    @Autowired
    Paiements paiements;

    @Autowired
    Comptabilite comptabilite;

    @Test
    void ordonnancerDeuxFoisLesMemesReferencesNEnregistreChaqueOrdreQuUneFois(AssertablePublishedEvents evenements) {
        var ordres = IntStream.range(0, 2_500).mapToObj(i -> ordre("AF-2025-02-" + i, "foyer:" + i, "10.00", LE_5)).toList();
        var avecDoublons = new ArrayList<>(ordres);
        avecDoublons.add(ordre("AF-2025-02-7", "foyer:7", "10.00", LE_5));

        var premier = paiements.ordonnancer(avecDoublons);
        var relance = paiements.ordonnancer(ordres);

        assertThat(premier).isEqualTo(new ResultatOrdonnancement(2_500, Montant.euros("25000.00"), 1));
        assertThat(relance).isEqualTo(new ResultatOrdonnancement(0, Montant.ZERO, 2_500));
        assertThat(jdbc.sql("select count(*) from finances.ordre_de_paiement").query(Long.class).single()).isEqualTo(2_500L);
        assertThat(paiements.enAttente()).containsExactly(new PaiementsEnAttente(LE_5, 2_500, Montant.euros("25000.00")));
        assertThat(evenements.ofType(PaiementsOrdonnances.class)).hasSize(1)
                .containsExactly(new PaiementsOrdonnances("famille:paie-2025-02", 2_500, Montant.euros("25000.00")));
    }

    @Test
    void refuseDesOrdresSurUnCompteDeTiersInconnu() {
        var ordre = new OrdreDePaiement("famille", "R1", "foyer:1", "Paul Martin", Iban.of("FR7699997002021234567890128"), null,
                Montant.euros("1.00"), LE_5, "AF", "4049");

        assertThatIllegalArgumentException().isThrownBy(() -> paiements.ordonnancer(List.of(ordre)))
                .withMessage("Ordres de paiement : compte(s) 4049 absent(s) du plan de comptes");
    }

    @Test
    void valideEtTransmetUnFichierConformeEtPasseLEcritureDeMiseEnPaiement(AssertablePublishedEvents evenements) throws Exception {
        paiements.ordonnancer(List.of(
                ordre("AF-1", "foyer:1", "312.45", LE_5),
                ordre("AF-2", "foyer:2", "1075.30", LE_6),
                ordre("AF-3", "foyer:3", "100.00", LE_5),
                ordre("AF-4", "foyer:4", "55.55", LE_7)));

        var fichier = paiements.validerEtTransmettre(LE_6, "Agnès Comptable").orElseThrow();

        assertThat(fichier.type()).isEqualTo(TypeDeFichier.VIREMENTS);
        assertThat(fichier.format()).isEqualTo("pain.001.001.09");
        assertThat(fichier.nombre()).isEqualTo(3);
        assertThat(fichier.total()).isEqualTo(Montant.euros("1487.75"));
        assertThat(fichier.validePar()).isEqualTo("Agnès Comptable");
        assertThat(fichier.msgId()).startsWith("VIR-").hasSizeLessThanOrEqualTo(35);
        var chemin = Path.of(fichier.chemin());
        assertThat(chemin).exists().hasFileName(fichier.msgId() + ".xml");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(chemin)))).isEqualTo(fichier.sha256());
        assertThatNoException().isThrownBy(() -> FormatSepa.PAIN_001_001_09.valider(chemin));
        var xml = Files.readString(chemin);
        assertThat(xml).contains("<NbOfTxs>3</NbOfTxs>", "<CtrlSum>1487.75</CtrlSum>", "<NbOfTxs>2</NbOfTxs>", "<CtrlSum>412.45</CtrlSum>",
                "<Dt>2025-02-05</Dt>", "<Dt>2025-02-06</Dt>", "<EndToEndId>AF-3</EndToEndId>", "<IBAN>FR7699999000010001234567809</IBAN>")
                .doesNotContain("AF-4");

        assertThat(paiements.enAttente()).containsExactly(new PaiementsEnAttente(LE_7, 1, Montant.euros("55.55")));
        assertThat(paiements.fichiers()).containsExactly(fichier);
        assertThat(comptabilite.balance().comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::debit, SoldeDeCompte::credit)
                .containsExactly(tuple(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.euros("1487.75"), Montant.ZERO),
                        tuple(PlanComptable.BANQUE_PAIEMENTS, Montant.ZERO, Montant.euros("1487.75")));
        assertThat(evenements.ofType(PaiementsTransmis.class))
                .containsExactly(new PaiementsTransmis(fichier.id(), LE_6, 3, Montant.euros("1487.75")));
    }

    @Test
    void nePaieJamaisDeuxFoisUnOrdreDejaTransmis() {
        paiements.ordonnancer(List.of(ordre("AF-1", "foyer:1", "10.00", LE_5)));
        paiements.validerEtTransmettre(LE_5, "Agnès Comptable").orElseThrow();

        var relance = paiements.ordonnancer(List.of(ordre("AF-1", "foyer:1", "10.00", LE_5)));

        assertThat(relance.dejaConnus()).isEqualTo(1);
        assertThat(paiements.validerEtTransmettre(LE_5, "Agnès Comptable")).isEmpty();
        assertThat(paiements.fichiers()).hasSize(1);
    }

    @Test
    void sansOrdreEnAttenteNeProduitAucunFichier() throws Exception {
        paiements.ordonnancer(List.of(ordre("AF-1", "foyer:1", "10.00", LE_7)));

        assertThat(paiements.validerEtTransmettre(LE_6, "Agnès Comptable")).isEmpty();
        assertThat(paiements.fichiers()).isEmpty();
        assertThat(jdbc.sql("select count(*) from finances.fichier_sepa").query(Long.class).single()).isZero();
        assertThat(fichiersDans(Path.of(REPERTOIRE))).isZero();
    }

    @Test
    void unFichierNonConformeAuSchemaNeLaisseRienAMoitieEcrit() throws Exception {
        paiements.ordonnancer(List.of(ordre("AF-1", "foyer:1", "10.00", LE_5)));
        jdbc.sql("update finances.ordre_de_paiement set iban = 'FR76 ABIMEE' where reference = 'AF-1'").update();

        assertThatIllegalStateException().isThrownBy(() -> paiements.validerEtTransmettre(LE_5, "Agnès Comptable"))
                .withMessageStartingWith("Fichier pain.001.001.09 non conforme au schéma XSD (ligne ");

        assertThat(jdbc.sql("select statut from finances.ordre_de_paiement").query(String.class).single()).isEqualTo("ORDONNANCE");
        assertThat(jdbc.sql("select count(*) from finances.fichier_sepa").query(Long.class).single()).isZero();
        assertThat(comptabilite.balance().comptes()).isEmpty();
        assertThat(fichiersDans(Path.of(REPERTOIRE))).isZero();
        assertThat(paiements.enAttente()).containsExactly(new PaiementsEnAttente(LE_5, 1, Montant.euros("10.00")));
    }

    @Test
    void montreLesPaiementsDUnTiersAvecLeurStatutEtLeurFichier() {
        paiements.ordonnancer(List.of(ordre("AF-1", "foyer:1", "10.00", LE_5), ordre("AF-2", "foyer:1", "20.00", LE_7),
                ordre("AF-3", "foyer:2", "30.00", LE_5)));
        var fichier = paiements.validerEtTransmettre(LE_5, "Agnès Comptable").orElseThrow();

        assertThat(paiements.parTiers("foyer:1"))
                .extracting(PaiementOrdonne::reference, PaiementOrdonne::statut, PaiementOrdonne::fichier, PaiementOrdonne::msgId)
                .containsExactly(tuple("AF-2", StatutPaiement.ORDONNANCE, null, null),
                        tuple("AF-1", StatutPaiement.TRANSMIS, fichier.id(), fichier.msgId()));
    }

    static OrdreDePaiement ordre(String reference, String tiers, String montant, LocalDate date) {
        return new OrdreDePaiement("famille:paie-2025-02", reference, tiers, "Zoé Lefèvre-Nœl", Iban.of("FR7699997002021234567890128"),
                reference.endsWith("1") ? Bic.of("TESAFRP1XXX") : null, Montant.euros(montant), date, "Prestations familiales février 2025",
                PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER);
    }
}
