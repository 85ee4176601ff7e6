package fr.caissecommune.sante.calcul;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;

/** L'écriture rapide des montants, taux et dates rend exactement ce que rendent Montant et Explication. */
class EnFrancaisTests {

    @Test
    void ecritLesMontantsCommeMontantEnFrancais() {
        for (var texte : new String[] { "0", "0.05", "1.5", "19", "-2", "999.99", "1000", "3983.3", "-12345.67", "1234567.89" }) {
            var montant = Montant.euros(texte).arrondiAuCentime();
            assertThat(EnFrancais.montant(montant)).as(texte).isEqualTo(montant.enFrancais());
        }
    }

    @Test
    void ecritLesTauxEnPourcentage() {
        assertThat(EnFrancais.pourcentage(new BigDecimal("0.70"))).isEqualTo("70 %");
        assertThat(EnFrancais.pourcentage(BigDecimal.ONE)).isEqualTo("100 %");
        assertThat(EnFrancais.pourcentage(new BigDecimal("0.125"))).isEqualTo("12,5 %");
        assertThat(EnFrancais.pourcentage(BigDecimal.ZERO)).isEqualTo("0 %");
    }

    @Test
    void ecritLesDatesAuFormatJourMoisAnnee() {
        assertThat(EnFrancais.date(LocalDate.of(2024, 12, 22))).isEqualTo("22/12/2024");
        assertThat(EnFrancais.date(LocalDate.of(2025, 3, 1))).isEqualTo("01/03/2025");
    }
}
