package fr.caissecommune.navigateur;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.sante.DroitsSante;
import fr.caissecommune.sante.TitreDAffiliation;

/**
 * Le technicien santé instruit une demande de C2S dans un vrai Chromium : menu, dépôt (avec une erreur de saisie
 * corrigée), instruction contre les plafonds, accord, puis le droit visible dans le volet santé de la vue à 360°.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParcoursDeLaC2sTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");

    @LocalServerPort
    int port;
    @Autowired
    Registre registre;
    @Autowired
    DroitsSante droits;

    static Nir nir(String treize) {
        return Nir.of(treize + String.format("%02d", Nir.cle(treize)));
    }

    @Test
    void leTechnicienSanteAccordeUneC2sAvecParticipationEtLaVoitDansLaVueA360() {
        var nirMere = nir("2860548095901");
        var nirFils = nir("1120948095902");
        var mere = registre.inscrire(new NouvellePersonne(nirMere, "Causse", null, "Nadia", Sexe.F, LocalDate.of(1986, 5, 14), MENDE, null, null,
                null), "test");
        var fils = registre.inscrire(new NouvellePersonne(nirFils, "Causse", null, "Hugo", Sexe.M, LocalDate.of(2012, 9, 3), MENDE, null, null,
                null), "test");
        droits.affilier(mere.valeur(), TitreDAffiliation.RESIDENCE, LocalDate.of(2020, 1, 1), "résidence stable");
        droits.rattacherAyantDroit(fils.valeur(), List.of(mere.valeur()), LocalDate.of(2020, 1, 1), "enfant à charge");
        droits.declarerUnMedecinTraitant(mere.valeur(), Rpps.of("10005831911"), "Dr Anne Martin", LocalDate.of(2021, 2, 1));
        droits.reconnaitreUneAld(mere.valeur(), "Diabète de type 1", LocalDate.of(2022, 6, 1), null, List.of());
        var depot = LocalDate.now().minusDays(3);

        try (var playwright = Navigateur.playwright(); var navigateur = Navigateur.chromium(playwright)) {
            var page = navigateur.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByLabel("Identifiant").fill("sante");
            page.getByLabel("Mot de passe").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Complémentaire santé solidaire")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Complémentaire santé solidaire").setLevel(1))).isVisible();

            // Un NIR inconnu et des ressources illisibles : refus champ par champ, rien n'est enregistré.
            page.getByLabel("NIR du demandeur").fill(nirMere.valeur());
            page.getByLabel("NIR des autres membres du foyer couverts (un par ligne, facultatif)").fill(nir("1120948095999").valeur());
            page.getByLabel("Ressources du foyer des douze mois retenus (€)").fill("quinze mille");
            page.getByLabel("Date de dépôt").fill(depot.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer la demande")).click();
            assertThat(page.locator("#erreur-membres")).containsText("Aucune personne inscrite avec le NIR");
            assertThat(page.locator("#erreur-ressources")).containsText("Nombre invalide");
            assertThat(page.getByText("Aucune demande en attente.")).isVisible();

            page.getByLabel("NIR des autres membres du foyer couverts (un par ligne, facultatif)").fill(nirFils.formate());
            // Au-dessus du plafond sans participation de deux personnes (15 508 € au 1er avril 2025), en deçà de celui avec participation.
            page.getByLabel("Ressources du foyer des douze mois retenus (€)").fill("17 000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer la demande")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demande de C2S de CAUSSE Nadia"))).isVisible();
            assertThat(page.locator("#proposition")).hasText("C2S avec participation financière");
            assertThat(page.locator("#contenu")).containsText("14,00 € (proposée)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/instruction-c2s.png")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accorder la C2S avec participation financière")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Demande accordée (avec participation financière)");
            // La mère a moins de 50 ans au 1er janvier : 14 € ; le fils moins de 30 ans : 8 €.
            assertThat(page.locator("#contenu")).containsText("22,00 € par mois");

            // Le renouvellement reprend le foyer de la demande accordée.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Préparer le renouvellement")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Renouveler la C2S"))).isVisible();
            assertThat(page.getByLabel("NIR des autres membres du foyer couverts (un par ligne, facultatif)")).hasValue(nirFils.formate());
            page.goBack();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CAUSSE Nadia")).click();
            var sante = page.locator("#sante");
            assertThat(sante).containsText("avec participation financière");
            assertThat(sante).containsText("Dr Anne Martin");
            assertThat(sante).containsText("Diabète de type 1");
            assertThat(sante).containsText("Participations forfaitaires");

            // Le technicien déclare un nouveau médecin traitant (un RPPS erroné est refusé) et demande une carte Vitale.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gérer les droits santé")).click();
            page.getByLabel("RPPS du médecin (11 chiffres)").fill("10100000006");
            page.getByLabel("Nom du médecin").fill("Dr Paul Roux");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déclarer le médecin traitant")).click();
            assertThat(page.locator("#erreur-rpps")).containsText("Luhn");
            page.getByLabel("RPPS du médecin (11 chiffres)").fill("10100000008");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déclarer le médecin traitant")).click();
            assertThat(page.locator("#sante")).containsText("Dr Paul Roux");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gérer les droits santé")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander une carte Vitale")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Carte Vitale demandée.");
            assertThat(page.locator("#sante")).containsText("demandée le");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/volet-sante.png")).setFullPage(true));

            page.navigate("http://localhost:" + port + "/personnes/" + fils.valeur());
            assertThat(page.locator("#sante")).containsText("ayant droit mineur");
            assertThat(page.locator("#sante").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CAUSSE Nadia"))).isVisible();
        }
    }
}
