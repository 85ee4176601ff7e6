package fr.caissecommune.famille.openfisca;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformité des aides au logement (APL, ALF, ALS) en location aux cas d'OpenFisca-France : les cas livrés
 * (regles/cas/famille/logement) passent tous, les cas écrits à la main ne sont pas ignorés ; parmi les cas partagés
 * qui attendent une variable des aides au logement, au moins 95 % de ceux qui ne sont pas ignorés passent.
 */
class ConformiteDesAidesAuLogementTests {

    static final Set<String> VARIABLES = Set.of("aide_logement", "apl", "alf", "als", "aide_logement_base_ressources", "aide_logement_loyer_retenu",
            "aide_logement_charges", "aide_logement_participation_personnelle", "aide_logement_montant_brut", "crds_logement",
            "al_nb_personnes_a_charge");

    @Test
    void lesCasLivresReussissentOuSontIgnoresAvecLeurRaison() {
        // Les copies d'OpenFisca attendent aussi zone_apl (une énumération, non comparée) : seules les sorties calculées comptent.
        for (var dossier : List.of("logement", "logement/openfisca")) {
            var cas = ConformiteDesMinimaSociauxTests.casLivres(dossier);
            assertThat(cas).as("cas livrés dans regles/cas/famille/" + dossier).isNotEmpty();
            var b = ConformiteDesMinimaSociauxTests.bilan("Cas livrés — " + dossier, cas, dossier.equals("logement")
                    ? ExecuteurDeCas.Comparaison.TOUTES_LES_SORTIES : ExecuteurDeCas.Comparaison.SORTIES_PRISES_EN_CHARGE);
            assertThat(b.echoues()).as(b.texte()).isZero();
            assertThat(b.reussis()).as(b.texte()).isPositive();
        }
    }

    @Test
    void lesCasEcritsALaMainNeSontPasIgnores() {
        var b = ConformiteDesMinimaSociauxTests.bilan("Cas écrits à la main — logement", ConformiteDesMinimaSociauxTests.casLivres("logement"),
                ExecuteurDeCas.Comparaison.TOUTES_LES_SORTIES);
        assertThat(b.ignores()).as(b.texte()).isZero();
    }

    @Test
    void casPartages() {
        Assumptions.assumeTrue(Files.isDirectory(ConformiteDesMinimaSociauxTests.CAS_PARTAGES), "Cas de référence partagés absents ("
                + ConformiteDesMinimaSociauxTests.CAS_PARTAGES + ")");
        var b = ConformiteDesMinimaSociauxTests.bilan("Cas partagés — aides au logement", ConformiteDesMinimaSociauxTests.casPartages(VARIABLES),
                ExecuteurDeCas.Comparaison.SORTIES_PRISES_EN_CHARGE);
        assertThat(b.taux()).as(b.texte()).isGreaterThanOrEqualTo(0.95);
    }
}
