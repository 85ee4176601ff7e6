package fr.caissecommune.recouvrement.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.caissecommune.recouvrement.ParametresLegaux;

/** Cotisations salariales : cas calculés à la main, en particulier les régimes antérieurs à 2026 (hors oracle). */
class CotisationsSalarialesTests {

    private static CotisationsDuMois calculer(String date, String brut, int effectif) {
        var jour = LocalDate.parse(date);
        return CotisationsSalariales.calculer(SituationSalariale.tempsPlein(jour, new BigDecimal(brut), effectif), ParametresLegaux.au(jour));
    }

    @Test
    void auSmicDeFevrier2025LaReductionGeneraleAtteintLeCoefficientMaximalT() {
        // SMIC 11,88 € × 35 h × 52/12 = 1 801,80 € ; T = 7 + 3,45 + 2,02 + 8,55 + 0,30 + 0,46 + 0,10 + 4,05 + 4,72 + 1,29 = 31,94 %
        var c = calculer("2025-02-01", "1801.80", 10);

        assertThat(c.reduction().regime()).isEqualTo(Reduction.Regime.REDUCTION_GENERALE);
        assertThat(c.reduction().coefficient()).isEqualByComparingTo("0.3194");
        assertThat(c.reduction().montant()).isEqualByComparingTo("575.49492");
    }

    @Test
    void enJuin2025LeCoefficientTSuitLaBaisseDuTauxChomageEtLaHausseDuTauxMinimumAtmp() {
        // T = 31,93 % ; C = 0,3193 / 0,6 × (1,6 × 1 801,80 / 2 500 − 1) = 0,08150… arrondi à 0,0815 (CSS art. D241-7)
        var c = calculer("2025-06-01", "2500", 10);

        assertThat(ReductionsGenerales.coefficientT(10, ParametresLegaux.au(LocalDate.of(2025, 6, 1)))).isEqualByComparingTo("0.3193");
        assertThat(c.reduction().coefficient()).isEqualByComparingTo("0.0815");
        assertThat(c.reduction().montant()).isEqualByComparingTo("203.75");
    }

    @Test
    void auDessusDe16SmicAvant2026IlNYAPasDeReductionGenerale() {
        var c = calculer("2025-03-01", "2900", 10);

        assertThat(c.reduction().regime()).isEqualTo(Reduction.Regime.AUCUNE);
        assertThat(c.totalPatronal()).isEqualByComparingTo(c.totalPatronalAvantReduction());
    }

    @Test
    void en2024LeTauxMaladieReduitSAppliqueJusquA25Smic() {
        // SMIC mars 2024 : 11,65 × 151,666… = 1 766,92 € ; 2,5 SMIC = 4 417,29 €
        assertThat(calculer("2024-03-01", "4417.00", 10).ligne(Cotisation.MALADIE).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.07");
        assertThat(calculer("2024-03-01", "4500.00", 10).ligne(Cotisation.MALADIE).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.13");
    }

    @Test
    void en2025LeSeuilDuTauxMaladieReduitDescendA225Smic() {
        // 2,25 × 1 801,80 = 4 054,05 €
        assertThat(calculer("2025-03-01", "4054.05", 10).ligne(Cotisation.MALADIE).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.07");
        assertThat(calculer("2025-03-01", "4054.06", 10).ligne(Cotisation.MALADIE).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.13");
        assertThat(calculer("2025-03-01", "4054.06", 10).ligne(Cotisation.ALLOCATIONS_FAMILIALES).orElseThrow().tauxPatronal())
                .isEqualByComparingTo("0.0345");
    }

    @Test
    void depuis2026LesBandeauxDisparaissentEtLaRgduLesRemplace() {
        var c = calculer("2026-01-01", "2000", 10);

        assertThat(c.ligne(Cotisation.MALADIE).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.13");
        assertThat(c.ligne(Cotisation.ALLOCATIONS_FAMILIALES).orElseThrow().tauxPatronal()).isEqualByComparingTo("0.0525");
        assertThat(c.reduction().regime()).isEqualTo(Reduction.Regime.RGDU);
    }

    @Test
    void laRgduEstMaximaleAuSmicEtNulleATroisSmic() {
        // SMIC juillet 2026 : 12,31 × 151,666… = 1 867,0167 € ; Tmin + Tdelta = 0,02 + 0,3781
        assertThat(calculer("2026-07-01", "1867.01", 10).reduction().coefficient()).isEqualByComparingTo("0.3981");
        assertThat(calculer("2026-07-01", "1867.01", 60).reduction().coefficient()).isEqualByComparingTo("0.4021");
        assertThat(calculer("2026-07-01", "5601.05", 10).reduction().regime()).isEqualTo(Reduction.Regime.AUCUNE);
    }

    @Test
    void leTempsPartielProratiseLePlafondEtLeSmic() {
        var date = LocalDate.of(2026, 7, 1);
        var quotite = new BigDecimal("24").divide(new BigDecimal("35"), java.math.MathContext.DECIMAL128);
        var s = new SituationSalariale(date, new BigDecimal("3000"), quotite, false, 10, SituationSalariale.NatureDuContrat.CDI, null,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        var c = CotisationsSalariales.calculer(s, ParametresLegaux.au(date));

        assertThat(c.plafondProratise()).isCloseTo(new BigDecimal("2746.2857142857"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-9")));
        assertThat(c.ligne(Cotisation.VIEILLESSE_PLAFONNEE).orElseThrow().assiette()).isEqualByComparingTo(c.plafondProratise());
        assertThat(c.ligne(Cotisation.RETRAITE_COMPLEMENTAIRE_T2)).isPresent();
    }

    @Test
    void unTauxAtmpNotifieSousLeMinimumEstRemonteAuMinimum() {
        var date = LocalDate.of(2026, 7, 1);
        var s = new SituationSalariale(date, new BigDecimal("2500"), BigDecimal.ONE, false, 10, SituationSalariale.NatureDuContrat.CDI,
                new BigDecimal("0.003"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(CotisationsSalariales.calculer(s, ParametresLegaux.au(date)).ligne(Cotisation.ATMP).orElseThrow().tauxPatronal())
                .isEqualByComparingTo("0.005");
    }

    @Test
    void lExplicationCiteLesParametresEtLeursReferences() {
        var texte = calculer("2026-07-01", "2500", 10).explication().enTexte();

        assertThat(texte).contains("Vieillesse plafonnée", "Réduction générale dégressive unique", "Paramètres appliqués",
                "Article D242-4 du Code de la sécurité sociale", "Arrêté du 22 mai 2026");
    }

    @Test
    void refuseUneRemunerationNegativeEnNommantLeChamp() {
        assertThatThrownBy(() -> SituationSalariale.tempsPlein(LocalDate.of(2026, 1, 1), new BigDecimal("-1"), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rémunération brute");
    }
}
