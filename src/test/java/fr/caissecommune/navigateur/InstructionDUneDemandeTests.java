package fr.caissecommune.navigateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Le technicien famille instruit une demande de bout en bout dans un vrai Chromium : enregistrement de la demande
 * reçue, prise en charge, accord refusé tant que des pièces manquent, pièces reçues, droit envisagé expliqué,
 * accord, lettre de notification PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstructionDUneDemandeTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");

    @LocalServerPort
    int port;
    @Autowired
    Registre registre;
    @Autowired
    Situations situations;

    @Test
    void unTechnicienInstruitUneDemandeDAllocationsFamilialesJusquALaLettreDeNotification() {
        var numero = preparerUnFoyerDeDeuxEnfantsSansDossier();

        try (var playwright = Navigateur.playwright(); var navigateur = Navigateur.chromium(playwright)) {
            var page = navigateur.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByLabel("Identifiant").fill("famille");
            page.getByLabel("Mot de passe").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demandes à instruire")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demandes à instruire").setLevel(1))).isVisible();
            var formulaire = page.locator("#nouvelle-demande");
            formulaire.getByLabel("N° d'allocataire").fill("0000000");
            formulaire.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la demande")).click();
            assertThat(page.locator("#nouvelle-demande .erreur-champ")).containsText("Numéro d'allocataire inconnu");

            formulaire = page.locator("#nouvelle-demande");
            formulaire.getByLabel("N° d'allocataire").fill(numero);
            formulaire.getByLabel("Prestation demandée").selectOption("AF");
            formulaire.getByLabel("Justificatif d'identité").check();
            formulaire.getByLabel("Relevé d'identité bancaire").check();
            formulaire.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la demande")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("enregistrée");
            assertThat(page.locator("#statut")).hasText("Reçue, à instruire");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click();
            assertThat(page.locator("#statut")).hasText("En instruction");
            assertThat(page.locator("#droit-envisage")).containsText("€ nets");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accorder la demande")).click();
            assertThat(page.locator(".erreur-champ").first()).containsText("pièces manquantes");

            for (var piece : new String[] { "Livret de famille", "Avis d'impôt" }) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marquer reçue : " + piece)).click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pièce reçue");
            }
            assertThat(page.locator("#pieces")).not().containsText("Manquante");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accorder la demande")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Demande accordée");
            assertThat(page.locator("#statut")).hasText("Accordée");
            assertThat(page.locator("#decision")).containsText("nets par mois");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/instruction-d-une-demande.png")).setFullPage(true));

            var lien = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lettre de notification (PDF)"));
            var reponse = page.context().request().get(lien.getAttribute("href").startsWith("http") ? lien.getAttribute("href")
                    : "http://localhost:" + port + lien.getAttribute("href"));
            assertThat(reponse.status()).isEqualTo(200);
            assertThat(reponse.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(reponse.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            page.navigate("http://localhost:" + port + "/famille/demandes");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/demandes-a-instruire.png")).setFullPage(true));
        }
    }

    private String preparerUnFoyerDeDeuxEnfantsSansDossier() {
        var sans = "2" + "8807" + "48095" + "654";
        var mere = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), "Chazal", null, "Margot",
                Sexe.F, LocalDate.of(1988, 7, 7), MENDE, null, null, null), "préparation du test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2014, 1, 1), Source.GUICHET, "préparation du test");
        registre.declarerNaissance(foyer, new NouvellePersonne(null, "Chazal", null, "Jules", Sexe.M, LocalDate.of(2015, 3, 1), MENDE, null,
                null, null), Source.GUICHET, "préparation du test");
        registre.declarerNaissance(foyer, new NouvellePersonne(null, "Chazal", null, "Rose", Sexe.F, LocalDate.of(2019, 10, 12), MENDE, null,
                null, null), Source.GUICHET, "préparation du test");
        situations.enregistrer(mere, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Margot Chazal"),
                LocalDate.of(2014, 1, 1), Source.GUICHET, "préparation du test");
        for (int annee = 2023; annee <= 2025; annee++) {
            situations.enregistrer(mere, foyer, new Fait.Ressources(annee, Montant.euros(41_000)), LocalDate.of(annee, 1, 1), Source.GUICHET,
                    "préparation du test");
        }
        return registre.getFoyer(foyer).numero();
    }
}
