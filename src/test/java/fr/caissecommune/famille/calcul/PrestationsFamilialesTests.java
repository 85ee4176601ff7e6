package fr.caissecommune.famille.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.api.ApiDeCalculTestsAcces;
import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.regles.ParametreIntrouvable;

/**
 * Les points d'entrée purs des prestations : montant et explication (articles, paramètres datés), et les règles qui
 * ne passent pas par les cas OpenFisca (AJPP, AJPA). Les bornes de chaque prestation sont dans regles/cas/famille.
 */
class PrestationsFamilialesTests {

    private static final JeuDeParametres JEU = ApiDeCalculTestsAcces.parametresLivres();
    private static final YearMonth JUIN_2024 = YearMonth.of(2024, 6);

    private static SituationAllocationJournaliere jours(int journees, int demiJournees, boolean enCouple, int dejaVersees) {
        return new SituationAllocationJournaliere(journees, demiJournees, enCouple, BigDecimal.valueOf(dejaVersees));
    }

    private static Montant ajpp(SituationAllocationJournaliere s, YearMonth mois) {
        return AllocationJournaliere.calculer(AllocationJournaliere.Nature.AJPP, s, mois, JEU.a(mois.atDay(1))).montant();
    }

    @Test
    void ajppParJourneeEtDemiJournee() {
        // CSS L544-1 : 64,54 € par journée et 32,27 € par demi-journée en 2024
        assertThat(ajpp(jours(10, 1, true, 0), JUIN_2024)).isEqualTo(Montant.euros("677.67"));
    }

    @Test
    void ajppAuPlusVingtDeuxAllocationsParMoisEtTroisCentDixSurLeDroit() {
        assertThat(ajpp(jours(25, 0, true, 0), JUIN_2024)).isEqualTo(Montant.euros("1419.88"));
        assertThat(ajpp(jours(10, 0, true, 305), JUIN_2024)).isEqualTo(Montant.euros("322.70"));
        assertThat(ajpp(jours(4, 2, true, 305), JUIN_2024)).isEqualTo(Montant.euros("322.70"));
    }

    @Test
    void ajpaDistingueLeCoupleDeLaPersonneSeuleJusquEn2021EtPlafonneSoixanteSixJours() {
        var juin2021 = YearMonth.of(2021, 6);
        var p = JEU.a(juin2021.atDay(1));
        assertThat(AllocationJournaliere.calculer(AllocationJournaliere.Nature.AJPA, jours(5, 0, true, 0), juin2021, p).montant())
                .isEqualTo(Montant.euros("219.15"));
        assertThat(AllocationJournaliere.calculer(AllocationJournaliere.Nature.AJPA, jours(5, 0, false, 0), juin2021, p).montant())
                .isEqualTo(Montant.euros("260.40"));
        assertThat(AllocationJournaliere.calculer(AllocationJournaliere.Nature.AJPA, jours(5, 0, false, 66), JUIN_2024,
                JEU.a(JUIN_2024.atDay(1))).montant()).isEqualTo(Montant.ZERO);
    }

    @Test
    void unMontantJournalierAbsentDesSourcesEstRefuseEnNommantLeParametre() {
        var mars2023 = YearMonth.of(2023, 3);
        assertThatThrownBy(() -> ajpp(jours(1, 0, true, 0), mars2023)).isInstanceOf(ParametreIntrouvable.class)
                .hasMessageContaining("prestations_familiales/ajpp/montant_journalier");
    }

    @Test
    void lExplicationDuComplementFamilialCiteLesArticlesEtLesParametresDates() {
        var enfants = List.of(Enfant.neLe(LocalDate.of(2014, 1, 1)), Enfant.neLe(LocalDate.of(2016, 1, 1)), Enfant.neLe(LocalDate.of(2019, 1, 1)));
        var resultat = ComplementFamilial.calculer(new SituationCf(enfants, true, false, Montant.euros(36000), false), JUIN_2024,
                JEU.a(JUIN_2024.atDay(1)));
        assertThat(resultat.montant()).isEqualTo(Montant.euros("194.27"));
        var texte = resultat.explication().enTexte();
        assertThat(texte).contains("CSS, art. L522-1").contains("CSS, art. R522-2");
        assertThat(resultat.explication().parametres()).extracting(v -> v.chemin())
                .contains("prestations_familiales/bmaf", "prestations_familiales/cf/taux", "prestations_familiales/cf/plafond/base");
    }

    @Test
    void lExplicationDeLaPajeDitLeGelDesMontants() {
        var situation = new SituationPaje(List.of(Enfant.neLe(LocalDate.of(2015, 6, 1))), List.of(), true, false, Montant.euros(9000));
        var resultat = PrestationDAccueilDuJeuneEnfant.calculer(situation, YearMonth.of(2016, 6), JEU.a(LocalDate.of(2016, 6, 1)));
        assertThat(resultat.allocationDeBase()).isEqualTo(Montant.euros("185.54"));
        assertThat(resultat.explication().enTexte()).contains("gelés").contains("CSS, art. R531-1");
    }

    @Test
    void primeALAdoptionLeMoisDeLArriveeEtAllocationDeBasePendantTroisAns() {
        // CSS L531-2 : prime à l'adoption de 4,595 BMAF le mois de l'arrivée ; L531-3 : allocation de base pendant trois ans
        var adopte = Enfant.neLe(LocalDate.of(2018, 3, 1));
        var situation = new SituationPaje(List.of(), List.of(new SituationPaje.Adoption(adopte, LocalDate.of(2024, 6, 10))), true, false,
                Montant.euros(20000));
        var juin = PrestationDAccueilDuJeuneEnfant.calculer(situation, JUIN_2024, JEU.a(JUIN_2024.atDay(1)));
        assertThat(juin.primeALAdoption()).isEqualTo(Montant.euros("2143.29"));
        var juillet = PrestationDAccueilDuJeuneEnfant.calculer(situation, JUIN_2024.plusMonths(1), JEU.a(LocalDate.of(2024, 7, 1)));
        assertThat(juillet.primeALAdoption()).isEqualTo(Montant.ZERO);
        assertThat(juillet.allocationDeBase()).isEqualTo(Montant.euros("194.27"));
        var apresTroisAns = PrestationDAccueilDuJeuneEnfant.calculer(situation, YearMonth.of(2027, 7), JEU.a(LocalDate.of(2027, 7, 1)));
        assertThat(apresTroisAns.allocationDeBase()).isEqualTo(Montant.ZERO);
    }
}
