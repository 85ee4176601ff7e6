package fr.caissecommune.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import fr.caissecommune.famille.InstructionDesDemandes;
import fr.caissecommune.pilotage.TableauDeBord;

/** Un petit département simulé et son activité famille : demandes au fil de l'année et déclarations trimestrielles. */
@SpringBootTest
@TestPropertySource(properties = "caisse.test.contexte=activite-famille-simulee")
class ActiviteFamilleSimuleeTests {

    static final Profil MINI = new Profil("mini", "48", 3_000, 600, 50, 10, Profil.LOZERE.pyramide(), Profil.LOZERE.enfantsParFoyer(),
            0.45, 26_500);

    @Autowired
    Simulation simulation;
    @Autowired
    ActiviteSimulee activite;
    @Autowired
    InstructionDesDemandes instruction;
    @Autowired
    TableauDeBord tableau;

    @Test
    void lesDemandesEtLesDeclarationsSuiventLesVolumesEtLesDelaisDesRapports() {
        var aujourdHui = LocalDate.now();
        var charge = simulation.simuler(MINI, 7, aujourdHui, n -> { });
        assertThat(charge.identifiantsDesFoyers()).hasSize(MINI.allocataires());

        var bilan = activite.demandesEtDeclarations(charge.identifiantsDesFoyers(), 7, aujourdHui);
        long jours = ChronoUnit.DAYS.between(aujourdHui.withDayOfYear(1), aujourdHui) + 1;
        assertThat(bilan.demandes()).isEqualTo((int) Math.round(MINI.allocataires() * ActiviteSimulee.DEMANDES_PAR_ALLOCATAIRE_ET_PAR_AN
                * jours / aujourdHui.lengthOfYear()));
        assertThat(bilan.decidees()).isPositive().isLessThan(bilan.demandes());
        assertThat(instruction.nombreAInstruire().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(bilan.demandes() - bilan.decidees());
        int trimestres = (aujourdHui.getMonthValue() - 1) / 3 + 1;
        assertThat(bilan.declarations() / trimestres).isBetween((int) (MINI.allocataires() * 0.30), (int) (MINI.allocataires() * 0.55));
        assertThat(bilan.declarationsEnRetard()).isPositive().isLessThan(bilan.declarations() / 10);

        // Les délais du pilotage sont tirés des horloges des demandes : autour des délais des rapports d'activité.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(tableau.delaisCumules().demandesDecidees().intValue())
                .isEqualTo(bilan.decidees()));
        var delais = tableau.delaisCumules();
        assertThat(delais.delaiDeDemarche().doubleValue()).isBetween(3.0, 14.0);
        assertThat(delais.delaiMinimaSociaux().doubleValue()).isGreaterThan(delais.delaiDeDemarche().doubleValue() * 0.8);
    }
}
