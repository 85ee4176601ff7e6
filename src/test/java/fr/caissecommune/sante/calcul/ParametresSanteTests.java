package fr.caissecommune.sante.calcul;

import static fr.caissecommune.sante.Referentiels.JEU;
import static fr.caissecommune.sante.Referentiels.PARAMETRES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Les paramètres santé livrés : complets depuis le 1er janvier 2023, chacun avec unité et référence datée. */
class ParametresSanteTests {

    @Test
    void chaqueValeurDesParametresSanteAUneReferenceJuridiquePourSaDate() {
        var sante = JEU.tous().stream().filter(p -> p.chemin().startsWith("sante/")).toList();

        assertThat(sante).hasSizeGreaterThan(40);
        for (var p : sante) {
            assertThat(p.unite()).as(p.chemin()).isNotBlank();
            assertThat(p.derniereVerification()).as(p.chemin()).isNotNull();
            p.valeurs().values().forEach(v -> assertThat(v.references()).as(p.chemin() + " au " + v.dateEffet()).isNotEmpty());
        }
    }

    @Test
    void fournitTousLesParametresDeLaLiquidationDepuisLe1erJanvier2023() {
        assertThat(PARAMETRES.a(LocalDate.of(2023, 1, 1))).isPresent();
        assertThat(PARAMETRES.a(LocalDate.of(2026, 11, 23))).isPresent();
        assertThat(PARAMETRES.a(LocalDate.of(2022, 12, 31))).isEmpty();
    }

    @Test
    void suitLesChangementsDeValeurAuxDatesDEffet() {
        var avant = PARAMETRES.a(LocalDate.of(2024, 3, 30)).orElseThrow();
        var apres = PARAMETRES.a(LocalDate.of(2024, 3, 31)).orElseThrow();

        assertThat(avant.franchises().medicament().valeur()).isEqualByComparingTo("0.5");
        assertThat(apres.franchises().medicament().valeur()).isEqualByComparingTo("1");
        assertThat(apres.franchises().plafondJournalierTransports().valeur()).isEqualByComparingTo("8");
        assertThat(PARAMETRES.a(LocalDate.of(2024, 12, 21)).orElseThrow().lettreCle("G").orElseThrow().valeur()).isEqualByComparingTo("26.5");
        assertThat(PARAMETRES.a(LocalDate.of(2024, 12, 22)).orElseThrow().lettreCle("G").orElseThrow().valeur()).isEqualByComparingTo("30");
        assertThat(PARAMETRES.a(LocalDate.of(2023, 7, 31)).orElseThrow().taux().transports().valeur()).isEqualByComparingTo("0.65");
        assertThat(PARAMETRES.a(LocalDate.of(2023, 8, 1)).orElseThrow().taux().transports().valeur()).isEqualByComparingTo("0.55");
    }
}
