package fr.caissecommune.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MontantEtPeriodeTests {

    @Test
    void arrondiAuCentimeLaDemieVersLeHaut() {
        assertThat(Montant.euros("474.37").fois(new BigDecimal("0.32")).arrondiAuCentime()).isEqualTo(Montant.euros("151.80"));
        assertThat(Montant.euros("0.125").arrondiAuCentime().toString()).isEqualTo("0.13");
        assertThat(Montant.euros("1234.5").arrondiAlEuro()).isEqualTo(Montant.euros(1235));
    }

    @Test
    void ecritLesMontantsALaFrancaise() {
        assertThat(Montant.euros("1234.5").enFrancais()).isEqualTo("1\u202f234,50 €");
    }

    @Test
    void comparelesMontantsSansTenirCompteDeLEchelle() {
        assertThat(Montant.euros("10")).isEqualTo(Montant.euros("10.00"));
        assertThat(Montant.euros("10").hashCode()).isEqualTo(Montant.euros("10.00").hashCode());
    }

    @Test
    void refuseUnMontantIllisible() {
        assertThatIllegalArgumentException().isThrownBy(() -> Montant.euros("douze")).withMessageContaining("n'est pas un nombre");
    }

    @Test
    void unePeriodeEstSemiOuverte() {
        var mars = Periode.du(YearMonth.of(2026, 3));
        assertThat(mars.contient(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(mars.contient(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(mars.chevauche(Periode.depuis(LocalDate.of(2026, 3, 31)))).isTrue();
        assertThat(Periode.depuis(LocalDate.of(2026, 1, 15)).mois(YearMonth.of(2026, 3))).containsExactly(YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Periode.entre(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }
}
