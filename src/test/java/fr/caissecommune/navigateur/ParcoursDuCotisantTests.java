package fr.caissecommune.navigateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.caissecommune.recouvrement.DepotDesDeclarations;
import fr.caissecommune.recouvrement.EvaluationDesCotisations;
import fr.caissecommune.recouvrement.Recouvrements;

/**
 * Le parcours du gestionnaire de comptes cotisants dans un vrai Chromium : recherche par SIREN, vue à 360° d'un
 * employeur dont la DSN est impayée et majorée, paiement désignant l'échéance, plan refusé puis accordé, contact,
 * tableau de bord du recouvrement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParcoursDuCotisantTests {

    @LocalServerPort
    int port;
    @Autowired
    DepotDesDeclarations depot;
    @Autowired
    Recouvrements recouvrements;
    @Autowired
    EvaluationDesCotisations evaluation;

    @Test
    void unGestionnaireEncaisseUnPaiementEtAccordeUnPlan() throws IOException {
        var siren8 = String.valueOf(60_000_000 + (int) (System.nanoTime() % 1_000_000));
        var mois = YearMonth.now().minusMonths(3);
        var fichier = Files.createTempFile("dsn", ".dsn");
        try (var w = new OutputStreamWriter(Files.newOutputStream(fichier), StandardCharsets.ISO_8859_1)) {
            new fr.caissecommune.recouvrement.dsn.GenerateurDsn(siren8, mois, 4, 11, evaluation.parametresAu(mois.atEndOfMonth())).ecrire(w, 4);
        }
        var compteRendu = depot.deposerRecuLe(fichier, mois.plusMonths(1).atDay(10));
        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        recouvrements.majorer(LocalDate.now());
        var siren = compteRendu.siret().substring(0, 9);

        try (var playwright = Navigateur.playwright(); var navigateur = Navigateur.chromium(playwright)) {
            var page = navigateur.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByLabel("Identifiant").fill("recouvrement");
            page.getByLabel("Mot de passe").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comptes cotisants")).first().click();
            assertThat(page.getByText("Les 15 comptes qui doivent le plus")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Établissement " + compteRendu.siret()))).isVisible();
            page.getByLabel("SIRET, SIREN, numéro de compte ou nom").fill(siren);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.locator("section").filter(new Locator.FilterOptions().setHasText("Résultats"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Établissement " + compteRendu.siret())).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Établissement " + compteRendu.siret());
            assertThat(page.locator("#echeances + table")).containsText("Majorations de retard");
            assertThat(page.locator("#echeances + table .badge.alerte").first()).hasText("impayé");
            assertThat(page.locator("#declarations + table")).containsText(mois.toString());

            var paiement = page.locator("form").filter(new Locator.FilterOptions().setHasText("Paiement reçu"));
            paiement.getByLabel("Montant (€)").fill("100,00");
            paiement.getByLabel("Référence du paiement").fill("VIR-PARCOURS-" + siren);
            paiement.getByLabel("Échéance désignée par le payeur").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            paiement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Encaisser")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Paiement encaissé et imputé");
            assertThat(page.locator("#paiements + table")).containsText("VIR-PARCOURS-" + siren);

            var plan = page.locator("form").filter(new Locator.FilterOptions().setHasText("Accorder un plan d'apurement"));
            plan.getByLabel("Nombre de versements mensuels").fill("6");
            plan.getByLabel("Premier versement le").fill(LocalDate.now().minusDays(5).toString());
            plan.getByLabel("Motif").fill("trésorerie tendue");
            plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accorder le plan")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("premier");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("rien n'a été enregistré");

            plan = page.locator("form").filter(new Locator.FilterOptions().setHasText("Accorder un plan d'apurement"));
            plan.getByLabel("Nombre de versements mensuels").fill("6");
            plan.getByLabel("Premier versement le").fill(LocalDate.now().plusDays(10).toString());
            plan.getByLabel("Motif").fill("trésorerie tendue");
            plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accorder le plan")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Plan d'apurement accordé");
            assertThat(page.locator("#plans ~ .carte").first()).containsText("En cours");

            var contact = page.locator("form").filter(new Locator.FilterOptions().setHasText("Enregistrer un contact"));
            contact.getByLabel("Canal").selectOption("TELEPHONE");
            contact.getByLabel("Motif").fill("Demande de délai");
            contact.getByLabel("Suite donnée").fill("plan accordé");
            contact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le contact")).click();
            assertThat(page.locator("#contacts + table")).containsText("Demande de délai");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/parcours-du-cotisant.png")).setFullPage(true));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pilotage du recouvrement")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pilotage du recouvrement");
            for (int essai = 0; essai < 20 && page.locator("text=Aucune cotisation liquidée").count() > 0; essai++) {
                page.waitForTimeout(500);
                page.reload();
            }
            assertThat(page.locator("table").nth(1)).containsText("Employeurs du secteur privé");
            assertThat(page.locator("table").nth(1)).containsText("dont moins de 10 salariés");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/pilotage-du-recouvrement.png")).setFullPage(true));
        } finally {
            Files.deleteIfExists(fichier);
        }
    }
}
