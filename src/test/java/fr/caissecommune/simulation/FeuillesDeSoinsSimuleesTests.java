package fr.caissecommune.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import fr.caissecommune.sante.json.FormatDesFeuilles;

/** Les feuilles de soins simulées : lisibles, déterministes, avec le volume et le mélange des flux du rapport d'activité. */
class FeuillesDeSoinsSimuleesTests {

    static final LocalDate JOUR = LocalDate.of(2026, 3, 2);
    static final FeuillesDeSoinsSimulees LOZERE = new FeuillesDeSoinsSimulees(Profil.LOZERE, 48, JOUR);

    @Test
    void donneLeVolumeDuRapportDActiviteRapporteALaPopulation() {
        // 43 456 093 décomptes pour 1 893 147 habitants du Rhône : 23 par habitant et par an.
        assertThat(LOZERE.beneficiaires()).isEqualTo(76_519);
        assertThat(LOZERE.feuillesParJour()).isEqualTo((int) Math.round(76_519 * 43_456_093.0 / 1_893_147.0 / 365));
        assertThat(new FeuillesDeSoinsSimulees(Profil.LOZERE, 48, JOUR).feuille(JOUR, 17)).isEqualTo(LOZERE.feuille(JOUR, 17));
    }

    @Test
    void ecritDesFeuillesLisiblesAuMelangeDeFluxRealiste() {
        var format = FormatDesFeuilles.liquidation();
        var flux = new HashMap<String, Integer>();
        int tiersPayant = 0, n = 20_000;
        for (int i = 0; i < n; i++) {
            var lue = format.lire(LOZERE.feuille(JOUR, i));
            assertThat(lue.erreur()).isNull();
            var f = lue.feuille().feuille();
            flux.merge(f.flux().name(), 1, Integer::sum);
            tiersPayant += f.tiersPayant() ? 1 : 0;
            assertThat(f.dateDeReception()).isBeforeOrEqualTo(JOUR);
        }
        // 96,2 % de télétransmission ; 81,4 % des décomptes payés aux professionnels (CPAM du Rhône, 2020).
        assertThat(flux.get("PAPIER") * 100.0 / n).isBetween(2.5, 5.5);
        assertThat(flux).containsKeys("FSE", "B2", "SEFI", "PAPIER");
        assertThat(tiersPayant * 100.0 / n).isBetween(74.0, 88.0);
    }

    @Test
    void donneAuxBeneficiairesDesSituationsVariees() {
        int c2s = 0, ald = 0, ame = 0;
        for (int b = 0; b < 10_000; b++) {
            var s = LOZERE.situation(b);
            c2s += s.c2s().isEmpty() ? 0 : 1;
            ald += s.ald().isEmpty() ? 0 : 1;
            ame += s.ame().isEmpty() ? 0 : 1;
        }
        assertThat(c2s).isBetween(700, 1100);
        assertThat(ald).isBetween(1200, 3000);
        assertThat(ame).isBetween(20, 100);
    }
}
