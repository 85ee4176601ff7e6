package fr.caissecommune.famille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.pilotage.TableauDeBord;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/** Les demandes de prestation de bout en bout : pièces, instruction, décision, lettre, horloge et délais du pilotage. */
@SpringBootTest
@EnableScenarios
class DemandesIntegrationTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");
    static final AtomicInteger ORDRE = new AtomicInteger(500);

    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    InstructionDesDemandes instruction;
    @Autowired
    DossiersFamille dossiers;
    @Autowired
    PaiementMensuel paie;
    @Autowired
    TableauDeBord tableau;

    FoyerId foyerSansDossier(String nom, LocalDate... naissances) {
        var sans = "2" + "8602" + "48095" + String.format("%03d", ORDRE.incrementAndGet());
        var mere = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), nom, null, "Julie", Sexe.F,
                LocalDate.of(1986, 2, 10), MENDE, null, null, null), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2012, 1, 1), Source.GUICHET, "test");
        for (var n : naissances) {
            registre.declarerNaissance(foyer, new NouvellePersonne(null, nom, null, "Enfant", Sexe.F, n, MENDE, null, null, null), Source.GUICHET, "test");
        }
        situations.enregistrer(mere, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Julie " + nom),
                LocalDate.of(2012, 1, 1), Source.GUICHET, "test");
        for (int annee = 2023; annee <= 2025; annee++) {
            situations.enregistrer(mere, foyer, new Fait.Ressources(annee, Montant.euros(38_000)), LocalDate.of(annee, 1, 1), Source.GUICHET, "test");
        }
        return foyer;
    }

    static String texte(byte[] pdf) throws Exception {
        var lecteur = new PdfReader(pdf);
        var extracteur = new PdfTextExtractor(lecteur);
        var texte = new StringBuilder();
        for (int page = 1; page <= lecteur.getNumberOfPages(); page++) {
            texte.append(extracteur.getTextFromPage(page)).append('\n');
        }
        return texte.toString();
    }

    @Test
    void uneDemandeEstInstruiteAuVuDesPiecesPuisAccordeeNotifieeEtPayee(Scenario scenario) throws Exception {
        var foyer = foyerSansDossier("Bonnal", LocalDate.of(2015, 4, 4), LocalDate.of(2018, 9, 9));
        var recue = LocalDate.of(2026, 8, 20);
        var demande = instruction.deposer(foyer, Prestation.AF, Source.GUICHET, recue, List.of(PieceJustificative.JUSTIFICATIF_D_IDENTITE));
        assertThat(demande.statut()).isEqualTo(Demande.Statut.RECUE);
        assertThat(demande.numero()).startsWith("DEM-2026-");
        assertThat(demande.piecesManquantes()).extracting(Demande.Piece::piece)
                .containsExactlyInAnyOrder(PieceJustificative.RIB, PieceJustificative.LIVRET_DE_FAMILLE, PieceJustificative.AVIS_D_IMPOSITION);
        assertThat(instruction.aInstruire(Prestation.AF, 100)).extracting(Demande::id).contains(demande.id());

        assertThatThrownBy(() -> instruction.deposer(foyer, Prestation.AF, Source.COURRIER, recue, List.of()))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("déjà en cours").extracting("champ").isEqualTo("prestation");
        assertThatThrownBy(() -> instruction.accorder(demande.id(), YearMonth.of(2026, 9), LocalDate.of(2026, 9, 10)))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("pièces manquantes").hasMessageContaining("Livret de famille");

        for (var piece : List.of(PieceJustificative.RIB, PieceJustificative.LIVRET_DE_FAMILLE, PieceJustificative.AVIS_D_IMPOSITION)) {
            instruction.recevoirPiece(demande.id(), piece, LocalDate.of(2026, 9, 1));
        }
        assertThat(instruction.prendreEnCharge(demande.id()).statut()).isEqualTo(Demande.Statut.EN_INSTRUCTION);
        var envisage = instruction.droitEnvisage(demande.id(), YearMonth.of(2026, 9));
        assertThat(envisage.estOuvert()).isTrue();
        assertThat(envisage.explication()).contains("BMAF");

        var decidee = LocalDate.of(2026, 9, 10);
        scenario.stimulate(() -> instruction.accorder(demande.id(), YearMonth.of(2026, 9), decidee))
                .andWaitForEventOfType(DemandeDecidee.class).matching(e -> e.demande().equals(demande.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.accordee()).isTrue();
                    assertThat(e.recueLe()).isEqualTo(recue);
                    assertThat(e.decideeLe()).isEqualTo(decidee);
                });
        var accordee = instruction.get(demande.id());
        assertThat(accordee.statut()).isEqualTo(Demande.Statut.ACCORDEE);
        assertThat(accordee.montantMensuel()).isEqualTo(envisage.net());
        assertThat(dossiers.find(foyer)).as("l'accord ouvre le dossier").isPresent();
        assertThatThrownBy(() -> instruction.rejeter(demande.id(), MotifDeRejet.CONDITIONS_NON_REMPLIES, "x", decidee))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("déjà décidée");

        var lettre = instruction.lettreDeNotification(demande.id());
        assertThat(new String(lettre, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(texte(lettre)).contains("allocations familiales").contains(accordee.numero()).contains("septembre 2026")
                .contains("Commission de recours amiable");

        // Le premier versement après l'accord arrête l'horloge de la demande (la paie ne tourne pas dans une transaction).
        assertThat(paie.payer(YearMonth.of(2026, 9)).statut()).isEqualTo("terminée");
        assertThat(instruction.get(demande.id()).payeeLe()).isEqualTo(LocalDate.of(2026, 10, 5));

        // Le pilotage calcule le délai de démarche à partir de l'horloge : 21 jours de la réception à la décision.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tableau.delais())
                .filteredOn(d -> d.mois().equals("2026-09")).singleElement()
                .satisfies(d -> assertThat(d.delaiDeDemarche()).isEqualByComparingTo("21")));
    }

    @Test
    void unRejetPorteSonMotifEtSonFondementJusqueDansLaLettre() throws Exception {
        var foyer = foyerSansDossier("Séguin", LocalDate.of(2016, 1, 1));
        var demande = instruction.deposer(foyer, Prestation.AF, Source.COURRIER, LocalDate.of(2026, 10, 1),
                PieceJustificative.attenduesPour(Prestation.AF));
        assertThat(demande.estComplete()).isTrue();
        assertThat(instruction.droitEnvisage(demande.id(), YearMonth.of(2026, 11)).estOuvert()).as("un seul enfant").isFalse();
        assertThatThrownBy(() -> instruction.accorder(demande.id(), YearMonth.of(2026, 11), LocalDate.of(2026, 10, 8)))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("aucun droit calculé");
        assertThatThrownBy(() -> instruction.rejeter(demande.id(), MotifDeRejet.PIECES_NON_FOURNIES, "pièces", LocalDate.of(2026, 10, 8)))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("toutes les pièces ont été reçues");

        var rejetee = instruction.rejeter(demande.id(), MotifDeRejet.ENFANT_NON_A_CHARGE,
                "Un seul enfant à charge : les allocations familiales sont dues à partir du deuxième.", LocalDate.of(2026, 10, 8));
        assertThat(rejetee.statut()).isEqualTo(Demande.Statut.REJETEE);
        assertThat(rejetee.decision()).isInstanceOf(Decision.Rejet.class);
        assertThat(texte(instruction.lettreDeNotification(demande.id()))).contains(MotifDeRejet.ENFANT_NON_A_CHARGE.libelle())
                .contains("L512-3").contains("à partir du deuxième");
        assertThat(dossiers.find(foyer)).as("un rejet n'ouvre pas de dossier").isEmpty();
    }
}
