package fr.caissecommune.navigateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Le parcours d'un agent au guichet, dans un vrai Chromium : connexion, recherche, vue à 360°, déclaration d'une
 * naissance tardive, et le rappel qui apparaît avec son explication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParcoursDuGuichetTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");

    @LocalServerPort
    int port;
    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    DossiersFamille famille;
    @Autowired
    PaiementMensuel paie;

    @Test
    void unAgentDeclareUneNaissanceTardiveEtVoitLeRappel() {
        var naissanceDuTroisieme = YearMonth.now().minusMonths(4).atDay(9);
        preparerUnFoyerDeDeuxEnfantsPayeDepuisJanvier();

        try (var playwright = Navigateur.playwright(); var navigateur = Navigateur.chromium(playwright)) {
            var page = navigateur.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByLabel("Identifiant").fill("famille");
            page.getByLabel("Mot de passe").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour Karim Benali"))).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guichet unique")).first().click();
            page.getByLabel("NIR, nom, n° d'allocataire ou SIRET").fill("astruc");
            page.getByLabel("Prénom").fill("élodie");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ASTRUC Élodie")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ASTRUC Élodie").setLevel(1))).isVisible();
            assertThat(page.locator("#section-famille tr.droit-ouvert").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Allocations familiales"))).isVisible();

            var formulaire = page.locator("form").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Déclarer une naissance"));
            formulaire.getByLabel("Prénom de l'enfant").fill("Léa");
            formulaire.getByLabel("Nom de naissance").fill("Astruc");
            formulaire.getByLabel("Date de naissance").fill(naissanceDuTroisieme.toString());
            formulaire.getByLabel("Commune de naissance (code INSEE)").fill("48999");
            formulaire.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enregistrer la naissance")).click();
            assertThat(formulaire.locator(".erreur-champ")).containsText("Commune inconnue");

            formulaire.getByLabel("Commune de naissance (code INSEE)").fill("48095");
            formulaire.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enregistrer la naissance")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Naissance de Léa enregistrée");

            var rappel = page.locator("#section-famille .badge.rappel");
            for (int essai = 0; essai < 20 && rappel.count() == 0; essai++) {
                page.waitForTimeout(500);
                page.reload();
            }
            assertThat(rappel.first()).isVisible();
            assertThat(page.locator("#section-famille")).containsText("Naissance : Léa");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/parcours-du-guichet.png")).setFullPage(true));
        }
    }

    private void preparerUnFoyerDeDeuxEnfantsPayeDepuisJanvier() {
        var naissance = LocalDate.of(1986, 4, 17);
        var sans = "2" + "8604" + "48095" + "321";
        var mere = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), "Astruc", null, "Élodie",
                Sexe.F, naissance, MENDE, null, "06 12 34 56 78", null), "préparation du test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2012, 1, 1), Source.GUICHET, "préparation du test");
        registre.declarerNaissance(foyer, new NouvellePersonne(null, "Astruc", null, "Hugo", Sexe.M, LocalDate.of(2013, 5, 2), MENDE, null,
                null, null), Source.GUICHET, "préparation du test");
        registre.declarerNaissance(foyer, new NouvellePersonne(null, "Astruc", null, "Inès", Sexe.F, LocalDate.of(2016, 8, 30), MENDE, null,
                null, null), Source.GUICHET, "préparation du test");
        situations.enregistrer(mere, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Élodie Astruc"),
                LocalDate.of(2012, 1, 1), Source.GUICHET, "préparation du test");
        for (int annee = 2022; annee <= 2025; annee++) {
            situations.enregistrer(mere, foyer, new Fait.Ressources(annee, Montant.euros(52_000)), LocalDate.of(annee, 1, 1), Source.GUICHET,
                    "préparation du test");
        }
        famille.ouvrir(foyer, LocalDate.of(2012, 1, 1));
        for (var mois = YearMonth.now().withMonth(1); mois.isBefore(YearMonth.now()); mois = mois.plusMonths(1)) {
            assertThat(paie.payer(mois).statut()).isEqualTo("terminée");
        }
    }
}
