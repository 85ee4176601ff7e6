package fr.caissecommune.famille.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.JeuDeParametres;

/** Les règles délicates des allocations familiales, avec les paramètres livrés (regles/parametres). */
class AllocationsFamilialesTests {

    private static final JeuDeParametres PARAMETRES = parametresLivres();
    private static final YearMonth JUIN_2024 = YearMonth.of(2024, 6);
    private static final Montant RESSOURCES_MODESTES = Montant.euros(30_000);

    private static ResultatAf calculer(YearMonth mois, Montant ressources, Enfant... enfants) {
        return AllocationsFamiliales.calculer(SituationAf.de(ressources, enfants), mois, PARAMETRES);
    }

    /** Un enfant qui a l'âge donné au premier jour du mois (né le 15 du mois précédent). */
    private static Enfant age(int ans, YearMonth mois) {
        return Enfant.neLe(mois.minusMonths(1).atDay(15).minusYears(ans));
    }

    @Test
    void unSeulEnfantNOuvrePasDroitEnMetropole() {
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(15, JUIN_2024));
        assertThat(r.nombreEnfantsACharge()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(Montant.ZERO);
    }

    @Test
    void deuxEnfantsSousLePremierPlafondOuvrentDroitATrenteDeuxPourCentDeLaBmaf() {
        // BMAF au 01/04/2024 : 466,44 € ; 32 % = 149,2608 €
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.tauxDeModulation()).isEqualByComparingTo("1");
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("149.26"));
        assertThat(r.total()).isEqualTo(Montant.euros("149.26"));
    }

    @Test
    void chaqueEnfantAuDelaDuDeuxiemeAjouteQuaranteEtUnPourCentDeLaBmaf() {
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(3, JUIN_2024), age(5, JUIN_2024), age(8, JUIN_2024));
        // (32 % + 41 %) × 466,44 € = 340,5012 €
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("340.50"));
    }

    @Test
    void desRessourcesEgalesAuPremierPlafondGardentLeTauxPlein() {
        // 2024 : 62 474 € + 2 × 6 246 € = 74 966 € pour deux enfants (CSS, art. D521-3)
        var r = calculer(JUIN_2024, Montant.euros(74_966), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.tauxDeModulation()).isEqualByComparingTo("1");
        assertThat(r.complementDegressif()).isEqualTo(Montant.ZERO);
    }

    @Test
    void auDessusDuPremierPlafondLesAllocationsSontDiviseesParDeux() {
        var r = calculer(JUIN_2024, Montant.euros(85_000), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.tauxDeModulation()).isEqualByComparingTo("0.5");
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("74.63"));
        assertThat(r.complementDegressif()).isEqualTo(Montant.ZERO);
    }

    @Test
    void auDessusDuSecondPlafondLesAllocationsSontDiviseesParQuatre() {
        // second plafond 2024 pour deux enfants : 87 430 € + 2 × 6 246 € = 99 922 €
        var r = calculer(JUIN_2024, Montant.euros(120_000), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.tauxDeModulation()).isEqualByComparingTo("0.25");
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("37.32"));
    }

    @Test
    void lesPlafondsSontMajoresParEnfantACharge() {
        // 80 000 € dépasse le premier plafond de deux enfants (74 966 €), pas celui de trois (81 212 €)
        var deux = calculer(JUIN_2024, Montant.euros(80_000), age(5, JUIN_2024), age(8, JUIN_2024));
        var trois = calculer(JUIN_2024, Montant.euros(80_000), age(3, JUIN_2024), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(deux.tauxDeModulation()).isEqualByComparingTo("0.5");
        assertThat(trois.tauxDeModulation()).isEqualByComparingTo("1");
    }

    @Test
    void leComplementDegressifLisseLeFranchissementDuPlafond() {
        // 34 € au-dessus du premier plafond : 74,63 € + (74,63 € − 34 € / 12) = 74,63 € + 71,80 €
        var r = calculer(JUIN_2024, Montant.euros(75_000), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("74.63"));
        assertThat(r.complementDegressif()).isEqualTo(Montant.euros("71.80"));
        assertThat(r.total()).isEqualTo(Montant.euros("146.43"));
    }

    @Test
    void leComplementDegressifSEteintQuandLeDepassementAtteintDouzeMoisDAllocations() {
        var r = calculer(JUIN_2024, Montant.euros(74_966 + 12 * 75), age(5, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.complementDegressif()).isEqualTo(Montant.ZERO);
    }

    @Test
    void avantJuillet2015LesAllocationsNeDependentPasDesRessources() {
        var r = calculer(YearMonth.of(2015, 6), Montant.euros(500_000), age(5, YearMonth.of(2015, 6)), age(8, YearMonth.of(2015, 6)));
        assertThat(r.tauxDeModulation()).isEqualByComparingTo("1");
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("129.99")); // 32 % × 406,21 €
    }

    @Test
    void lAineDUneFamilleDeDeuxEnfantsNOuvrePasDroitALaMajorationPourAge() {
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(15, JUIN_2024), age(10, JUIN_2024));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.ZERO);
    }

    @Test
    void leCadetDeQuatorzeAnsDUneFamilleDeDeuxEnfantsOuvreDroitALaMajoration() {
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(16, JUIN_2024), age(14, JUIN_2024));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.euros("74.63")); // 16 % × 466,44 €
    }

    @Test
    void dansUneFamilleDeTroisEnfantsLAineOuvreAussiDroitALaMajoration() {
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(15, JUIN_2024), age(10, JUIN_2024), age(8, JUIN_2024));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.euros("74.63"));
    }

    @Test
    void desJumeauxDeQuinzeAnsNOntQuUnAine() {
        // CSS art. L521-3 : seul « le plus âgé » est exclu ; OpenFisca exclut les deux jumeaux (limite connue).
        var naissance = LocalDate.of(2009, 2, 10);
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, Enfant.neLe(naissance), Enfant.neLe(naissance));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.euros("74.63"));
    }

    @Test
    void depuisMars2026LEnfantQuiAvaitQuatorzeAnsAvantLeRelevementGardeSaMajoration() {
        var mars2026 = YearMonth.of(2026, 3);
        var r = calculer(mars2026, RESSOURCES_MODESTES, Enfant.neLe(LocalDate.of(2012, 2, 28)), Enfant.neLe(LocalDate.of(2014, 1, 1)),
                Enfant.neLe(LocalDate.of(2016, 1, 1)));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.euros("75.90")); // 16 % × 474,37 €
    }

    @Test
    void depuisMars2026LEnfantQuiAtteintQuatorzeAnsAttendDixHuitAnsPourLaMajoration() {
        var mars2026 = YearMonth.of(2026, 3);
        var a14ansLe1erMars = Enfant.neLe(LocalDate.of(2012, 3, 1));
        var r = calculer(mars2026, RESSOURCES_MODESTES, a14ansLe1erMars, Enfant.neLe(LocalDate.of(2014, 1, 1)),
                Enfant.neLe(LocalDate.of(2016, 1, 1)));
        assertThat(r.majorationsPourAge()).isEqualTo(Montant.ZERO);
        var a18ans = calculer(YearMonth.of(2030, 3), RESSOURCES_MODESTES, a14ansLe1erMars, Enfant.neLe(LocalDate.of(2014, 1, 1)),
                Enfant.neLe(LocalDate.of(2016, 1, 1)));
        assertThat(a18ans.majorationsPourAge().estPositif()).isTrue();
    }

    @Test
    void lEnfantQuiAtteintVingtAnsOuvreDroitALAllocationForfaitairePendantUnAn() {
        var mois = YearMonth.of(2018, 4);
        var r = calculer(mois, Montant.euros(54_000), age(20, mois), age(10, mois), age(7, mois));
        assertThat(r.nombreEnfantsACharge()).isEqualTo(2);
        assertThat(r.nombreEnfantsOuvrantDroitAuForfait()).isEqualTo(1);
        assertThat(r.allocationForfaitaire()).isEqualTo(Montant.euros("83.35")); // 20,234 % × 411,92 €
        var unAnPlusTard = calculer(mois.plusYears(1), Montant.euros(54_000), age(21, mois.plusYears(1)), age(11, mois.plusYears(1)),
                age(8, mois.plusYears(1)));
        assertThat(unAnPlusTard.allocationForfaitaire()).isEqualTo(Montant.ZERO);
    }

    @Test
    void lAllocationForfaitaireSupposeTroisEnfantsDontCeluiQuiAtteintVingtAns() {
        var mois = YearMonth.of(2018, 4);
        var r = calculer(mois, RESSOURCES_MODESTES, age(20, mois), age(10, mois));
        assertThat(r.allocationForfaitaire()).isEqualTo(Montant.ZERO);
    }

    @Test
    void unEnfantDeSeizeAnsDontLaRemunerationDepasseLePlafondNEstPlusACharge() {
        // plafond 2024 : 55 % × 169 × 11,65 € = 1 082,87 €
        var salarie = age(17, JUIN_2024).avecRemunerationMensuelle(Montant.euros(1_100));
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, salarie, age(8, JUIN_2024));
        assertThat(r.nombreEnfantsACharge()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(Montant.ZERO);
    }

    @Test
    void lesAllocationsDUnEnfantEnResidenceAlterneeSontPartagees() {
        // R521-2 : coefficient 1 − (1 enfant alterné / 2) × 0,5 = 0,75 ; 149,2608 € × 0,75
        var r = calculer(JUIN_2024, RESSOURCES_MODESTES, age(5, JUIN_2024).enResidenceAlternee(), age(8, JUIN_2024));
        assertThat(r.coefficientResidenceAlternee()).isEqualByComparingTo("0.75");
        assertThat(r.montantDeBase()).isEqualTo(Montant.euros("111.95"));
    }

    @Test
    void leMontantVerseEstNetDeCrds() {
        var r = calculer(YearMonth.of(2024, 1), RESSOURCES_MODESTES, age(3, YearMonth.of(2024, 1)), age(5, YearMonth.of(2024, 1)),
                age(8, YearMonth.of(2024, 1)));
        assertThat(r.total()).isEqualTo(Montant.euros("325.53"));
        assertThat(r.crds()).isEqualTo(Montant.euros("1.63"));
        assertThat(r.montantVerse()).isEqualTo(Montant.euros("323.90"));
        assertThat(Crds.netDeCrds(r.total(), PARAMETRES.a(LocalDate.of(2024, 1, 1)))).isEqualTo(Montant.euros("323.90"));
    }

    @Test
    void lExplicationCiteLaBmafEtSaReference() {
        var texte = calculer(JUIN_2024, RESSOURCES_MODESTES, age(5, JUIN_2024), age(8, JUIN_2024)).explication().enTexte();
        assertThat(texte).contains("Base mensuelle de calcul des allocations familiales (BMAF) : 466,44 € depuis le 01/04/2024")
                .contains("DSS/2B/2024/43")
                .contains("Montant de base pour 2 enfants")
                .contains("Taux des allocations familiales pour deux enfants à charge");
    }

    @Test
    void leCalculSansExplicationDonneLesMemesMontants() {
        var parametres = ParametresAf.de(PARAMETRES.a(JUIN_2024.atDay(1)));
        var situation = SituationAf.de(Montant.euros(75_000), age(15, JUIN_2024), age(10, JUIN_2024), age(20, JUIN_2024));
        var avec = AllocationsFamiliales.calculer(situation, JUIN_2024, parametres);
        var sans = AllocationsFamiliales.calculerSansExplication(situation, JUIN_2024, parametres);
        assertThat(sans.total()).isEqualTo(avec.total());
        assertThat(sans.complementDegressif()).isEqualTo(avec.complementDegressif());
    }

    @Test
    void desParametresLusAUneAutreDateQueLePremierDuMoisSontRefuses() {
        var parametres = ParametresAf.de(PARAMETRES.a(LocalDate.of(2024, 6, 15)));
        assertThatThrownBy(() -> AllocationsFamiliales.calculerSansExplication(SituationAf.de(RESSOURCES_MODESTES), JUIN_2024, parametres))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-06-01");
    }

    @Test
    void chaqueMoisDepuisJuillet2003SeCalculeAvecLesParametresLivres() {
        for (var mois = AllocationsFamiliales.PREMIER_MOIS; !mois.isAfter(YearMonth.of(2026, 12)); mois = mois.plusMonths(1)) {
            var r = calculer(mois, Montant.euros(76_000), age(20, mois), age(15, mois), age(12, mois), age(2, mois));
            assertThat(r.total().estPositif()).as(mois.toString()).isTrue();
        }
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
