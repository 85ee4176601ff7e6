package fr.caissecommune.famille.openfisca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.caissecommune.regles.JeuDeParametres;

/** L'exécuteur de cas OpenFisca : lecture, évaluation des expressions, verdicts PASS / FAIL / SKIP. */
class ExecuteurDeCasTests {

    private static final ExecuteurDeCas EXECUTEUR = new ExecuteurDeCas(parametresLivres());

    private static final String FAMILLE_DE_DEUX_ENFANTS = """
            - name: essai
              period: 2018-01
              absolute_error_margin: 0.02
              input:
                famille:
                  parents: [parent1]
                  enfants: [enfant1, enfant2]
                individus:
                  parent1:
                    age: 38
                    revenu_assimile_salaire:
                      2016: 60000
                  enfant1:
                    age: 12
                  enfant2:
                    age: 10
              output:
                af: %s
            """;

    private static ResultatDeCas executer(String yaml) {
        return EXECUTEUR.executer("essai.yaml", yaml, ExecuteurDeCas.Comparaison.TOUTES_LES_SORTIES).getFirst();
    }

    @Test
    void evalueLesExpressionsArithmetiquesSansMoteurDeScript() {
        assertThat(ExpressionArithmetique.evaluer("395.04 * 0.32")).isEqualByComparingTo("126.4128");
        assertThat(ExpressionArithmetique.evaluer("(33 - 1) * 12 + -2")).isEqualByComparingTo("382");
        assertThat(ExpressionArithmetique.evaluer("63534 / 0.90 / 2 + 20 / 0.90 / 2").setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("35307.7778");
        assertThatThrownBy(() -> ExpressionArithmetique.evaluer("Runtime.exec('rm')")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpressionArithmetique.evaluer("1 / 0")).hasMessageContaining("division par zéro");
    }

    @Test
    void unCasJusteReussit() {
        // 2 enfants, ressources 2016 : 60 000 € − 10 % = 54 000 € ≤ plafond → 32 % × 407,84 € = 130,51 €
        assertThat(executer(FAMILLE_DE_DEUX_ENFANTS.formatted("129.86 / (1 - 0.005)"))).isInstanceOf(ResultatDeCas.Reussi.class);
    }

    @Test
    void unCasFauxEchoueEnDonnantVariableAttenduEtObtenu() {
        var resultat = executer(FAMILLE_DE_DEUX_ENFANTS.formatted("100"));
        assertThat(resultat).isInstanceOf(ResultatDeCas.Echoue.class);
        var ecart = ((ResultatDeCas.Echoue) resultat).ecarts().getFirst();
        assertThat(ecart.variable()).isEqualTo("af");
        assertThat(ecart.attendu()).isEqualByComparingTo("100");
        assertThat(ecart.obtenu()).isEqualByComparingTo("130.51");
        assertThat(resultat.enTexte()).startsWith("FAIL essai : af 2018-01 attendu 100, obtenu 130.51");
    }

    @Test
    void uneVariableDEntreeInconnueFaitIgnorerLeCasEnLaNommant() {
        var resultat = executer(FAMILLE_DE_DEUX_ENFANTS.formatted("130.51").replace("age: 38", "age: 38\n        nationalite: FR"));
        assertThat(resultat).isInstanceOf(ResultatDeCas.Ignore.class);
        assertThat(((ResultatDeCas.Ignore) resultat).variables()).containsExactly("nationalite");
    }

    @Test
    void uneVariableDeSortieNonCalculeeFaitIgnorerLeCasEnComparaisonComplete() {
        var yaml = FAMILLE_DE_DEUX_ENFANTS.formatted("130.51") + "    ir_plaf_qf: 0\n";
        assertThat(executer(yaml)).isInstanceOf(ResultatDeCas.Ignore.class);
        var partiel = EXECUTEUR.executer("essai.yaml", yaml, ExecuteurDeCas.Comparaison.SORTIES_PRISES_EN_CHARGE).getFirst();
        assertThat(partiel).isInstanceOf(ResultatDeCas.Reussi.class);
        assertThat(((ResultatDeCas.Reussi) partiel).sortiesNonVerifiees()).containsExactly("ir_plaf_qf");
    }

    @Test
    void unMontantDemandeSurUneAnneeEstLaSommeDesMois() {
        // 2018 : 3 mois à 130,51 € (BMAF 407,84 €) puis 9 mois à 131,81 € (BMAF 411,92 €)
        var yaml = FAMILLE_DE_DEUX_ENFANTS.formatted("{2018: 3 * 130.51 + 9 * 131.81}").replace("period: 2018-01", "period: 2018");
        assertThat(executer(yaml)).isInstanceOf(ResultatDeCas.Reussi.class);
    }

    @Test
    void uneResidenceOutreMerEstIgnoreeAvecSaRaison() {
        var yaml = FAMILLE_DE_DEUX_ENFANTS.formatted("0").replace("    individus:", "    menage:\n      personne_de_reference: parent1\n"
                + "      enfants: [enfant1, enfant2]\n      depcom: '97411'\n    individus:");
        var resultat = executer(yaml);
        assertThat(resultat).isInstanceOf(ResultatDeCas.Ignore.class);
        assertThat(resultat.enTexte()).contains("outre-mer");
    }

    private static JeuDeParametres parametresLivres() {
        var fichiers = new TreeMap<String, String>();
        try {
            for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:regles/parametres/**/*.yaml")) {
                var url = ressource.getURL().toString();
                var debut = url.lastIndexOf("regles/parametres/") + "regles/parametres/".length();
                fichiers.put(url.substring(debut, url.length() - ".yaml".length()), ressource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JeuDeParametres.depuis(fichiers);
    }
}
