package fr.caissecommune.sante.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.ParametreIntrouvable;
import fr.caissecommune.sante.Referentiels;

/** L'instruction de la C2S contre les plafonds publiés (CSS, art. L861-1, R861-3) et la participation par âge. */
class InstructionC2sTests {

    static InstructionC2s.Resultat instruire(String depot, long ressources, LocalDate decision, LocalDate... naissances) {
        var jeu = Referentiels.JEU;
        return InstructionC2s.instruire(jeu.a(LocalDate.parse(depot)), Montant.euros(ressources), List.of(naissances), decision,
                jeu.a(decision.withDayOfMonth(1).plusMonths(1)));
    }

    @Test
    void unePersonneSeuleSousLePlafondDe2025ObtientLaC2sSansParticipationPourDouzeMois() {
        var r = instruire("2025-06-10", 10_339, LocalDate.of(2025, 6, 20), LocalDate.of(1990, 5, 5));
        assertThat(r.proposition()).isEqualTo(InstructionC2s.Proposition.GRATUITE);
        assertThat(r.plafondSansParticipation()).isEqualTo(Montant.euros(10_339));
        assertThat(r.debut()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(r.fin()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(r.participationMensuelle()).isEqualTo(Montant.ZERO);
        assertThat(String.join("\n", r.explication())).contains("10\u202f339,00 €").contains("01/07/2025").contains("30/06/2026");
    }

    @Test
    void unEuroAuDessusDuPlafondDonneLaC2sAvecParticipationSelonLAgeAuPremierJanvier() {
        // Couple de 45 et 62 ans au 01/01/2026 et un enfant : trois personnes, plafonds 18 609 / 25 123 € en 2025-2026.
        var r = instruire("2025-11-03", 18_610, LocalDate.of(2025, 12, 15), LocalDate.of(1980, 3, 1), LocalDate.of(1963, 7, 1),
                LocalDate.of(2012, 1, 1));
        assertThat(r.proposition()).isEqualTo(InstructionC2s.Proposition.PARTICIPATION);
        assertThat(r.tailleDuFoyer()).isEqualTo(3);
        assertThat(r.participations()).extracting(InstructionC2s.Participation::mensuelle)
                .containsExactly(Montant.euros(14), Montant.euros(25), Montant.euros(8));
        assertThat(r.participationMensuelle()).isEqualTo(Montant.euros(47));
        assertThat(r.debut()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void lesPlafondsSontCeuxDuPremierAvrilEnCoursAuDepot() {
        // 10 000 € : au-delà du plafond sans participation avant le 1er avril 2024 (9 719 €), en deçà de celui d'après (10 166 €).
        assertThat(instruire("2024-03-31", 10_000, LocalDate.of(2024, 4, 10), LocalDate.of(1990, 1, 1)).proposition())
                .isEqualTo(InstructionC2s.Proposition.PARTICIPATION);
        assertThat(instruire("2024-04-01", 10_000, LocalDate.of(2024, 4, 10), LocalDate.of(1990, 1, 1)).proposition())
                .isEqualTo(InstructionC2s.Proposition.GRATUITE);
    }

    @Test
    void auDelaDeQuatrePersonnesChaquePersonneAjouteLaMajorationPubliee() {
        var n = LocalDate.of(2015, 1, 1);
        var r = instruire("2025-05-02", 30_000, LocalDate.of(2025, 5, 20), LocalDate.of(1985, 1, 1), LocalDate.of(1986, 1, 1), n, n, n, n);
        assertThat(r.plafondSansParticipation()).isEqualTo(Montant.euros(21_711 + 2 * 4_135));
        assertThat(r.plafondAvecParticipation()).isEqualTo(Montant.euros(29_311 + 2 * 5_583));
        assertThat(r.proposition()).isEqualTo(InstructionC2s.Proposition.PARTICIPATION);
        assertThat(r.participations()).hasSize(6);
    }

    @Test
    void auDelaDuPlafondAvecParticipationLaDemandeEstRefusee() {
        var r = instruire("2025-06-10", 13_958, LocalDate.of(2025, 6, 20), LocalDate.of(1990, 5, 5));
        assertThat(r.proposition()).isEqualTo(InstructionC2s.Proposition.REFUS);
        assertThat(r.participations()).isEmpty();
        assertThat(String.join("\n", r.explication())).contains("13\u202f957,00 €").contains("L861-1");
    }

    @Test
    void uneDemandeAnterieureAuxPlafondsTenusEstSignalee() {
        assertThatThrownBy(() -> instruire("2023-02-01", 9_000, LocalDate.of(2023, 2, 10), LocalDate.of(1990, 5, 5)))
                .isInstanceOf(ParametreIntrouvable.class);
    }
}
