package fr.caissecommune.recouvrement.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.caissecommune.recouvrement.ParametresLegaux;
import fr.caissecommune.regles.Instantane;

/**
 * Travailleurs indépendants, assiette unique de 2025 : cas calculés à la main (l'oracle modele-social 11.1.0 ne
 * connaît pas la réforme). PASS 2025 = 12 × 3 925 = 47 100 €.
 */
class CotisationsIndependantsTests {

    private static final Instantane JUIN_2025 = ParametresLegaux.jeu().a(LocalDate.of(2025, 6, 1));

    private static CotisationsIndependants.Resultat calculer(String revenu) {
        return CotisationsIndependants.depuisLeRevenuDActivite(new BigDecimal(revenu), CotisationsIndependants.Activite.ARTISANALE, JUIN_2025);
    }

    private static double ligne(CotisationsIndependants.Resultat r, String nom) {
        return r.lignes().get(nom).doubleValue();
    }

    @Test
    void unRevenuDe40000EurosDonneUneAssietteUniqueDe29600Euros() {
        // 40 000 − 26 % = 29 600 € (abattement 10 400 € entre 1,76 % et 130 % du PASS)
        var r = calculer("40000");

        assertThat(r.assiette()).isEqualByComparingTo("29600");
        assertThat(ligne(r, "retraite de base")).isCloseTo(5289.52, within(0.005));       // 29 600 × 17,87 %
        assertThat(ligne(r, "retraite complémentaire")).isCloseTo(2397.60, within(0.005)); // 29 600 × 8,10 %
        assertThat(ligne(r, "invalidité-décès")).isCloseTo(384.80, within(0.005));         // 29 600 × 1,30 %
        assertThat(ligne(r, "indemnités journalières")).isCloseTo(148.00, within(0.005));  // 29 600 × 0,50 %
        // taux maladie : 29 600 / 47 100 = 0,62845 PASS, entre 4 % (0,6) et 6,7 % (1,1) : 4 % + 0,02845 / 0,5 × 2,7 % = 4,1536 %
        assertThat(ligne(r, "maladie-maternité")).isCloseTo(1229.47, within(0.01));
        assertThat(ligne(r, "allocations familiales")).isZero();                            // sous 110 % du PASS
        assertThat(ligne(r, "CSG déductible")).isCloseTo(2012.80, within(0.005));          // même assiette pour la CSG
        assertThat(ligne(r, "CSG non déductible")).isCloseTo(710.40, within(0.005));
        assertThat(ligne(r, "CRDS")).isCloseTo(148.00, within(0.005));
        assertThat(ligne(r, "formation professionnelle")).isCloseTo(136.59, within(0.005)); // 0,29 % × 47 100
    }

    @Test
    void auDessusDuPlafondLesTranchesEtLesAllocationsFamilialesProgressivesSAppliquent() {
        // 80 000 − 26 % = 59 200 € = 1,2569 PASS
        var r = calculer("80000");

        assertThat(ligne(r, "retraite de base")).isCloseTo(8503.89, within(0.005));        // 47 100 × 17,87 % + 12 100 × 0,72 %
        assertThat(ligne(r, "retraite complémentaire")).isCloseTo(4916.20, within(0.005)); // 47 100 × 8,10 % + 12 100 × 9,10 %
        assertThat(ligne(r, "invalidité-décès")).isCloseTo(612.30, within(0.005));         // plafonnée au PASS
        assertThat(ligne(r, "maladie-maternité")).isCloseTo(3966.40, within(0.005));       // 6,7 % au-delà de 1,1 PASS
        assertThat(ligne(r, "allocations familiales")).isCloseTo(959.81, within(0.01));    // 3,1 % × (1,2569 − 1,1) / 0,3
    }

    @Test
    void lAbattementEstBorneParSonPlancherEtSonPlafond() {
        assertThat(calculer("2000").assiette()).isEqualByComparingTo("1171.04");     // plancher 1,76 % × 47 100 = 828,96 €
        assertThat(calculer("300000").assiette()).isEqualByComparingTo("238770");    // plafond 130 % × 47 100 = 61 230 €
    }

    @Test
    void leRevenuDActiviteSeDeduitDuRevenuProfessionnelParPointFixe() {
        var r = CotisationsIndependants.depuisLeRevenuProfessionnel(new BigDecimal("30000"), CotisationsIndependants.Activite.COMMERCIALE, JUIN_2025);

        assertThat(r.revenuDActivite().subtract(r.deductible()).doubleValue()).isCloseTo(30000, within(0.01));
        assertThat(ligne(r, "formation professionnelle")).isCloseTo(117.75, within(0.005)); // 0,25 % × 47 100
    }
}
