package fr.caissecommune.famille.calcul.rsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite;
import fr.caissecommune.famille.calcul.primeactivite.SituationPrimeActivite;
import fr.caissecommune.famille.calcul.ressources.BasesDeRessourcesTests;
import fr.caissecommune.famille.calcul.ressources.NatureDeRessource;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.regles.JeuDeParametres;

/** Les points d'entrée purs du RSA et de la prime d'activité : montant et explication française. */
class RsaEtPrimeDActiviteTests {

    private static final JeuDeParametres PARAMETRES = BasesDeRessourcesTests.parametresLivres();
    private static final YearMonth JUIN_2025 = YearMonth.of(2025, 6);

    private static TrimestreDeReference salaire(long euros, YearMonth mois, boolean neutraliser) {
        var r = RessourcesMensuelles.aucune("l'allocataire");
        for (var m = mois.minusMonths(3); !m.isAfter(mois); m = m.plusMonths(1)) {
            r = r.avec(m, NatureDeRessource.SALAIRE, Montant.euros(euros));
        }
        return TrimestreDeReference.etablir(List.of(r), mois, neutraliser);
    }

    @Test
    void leRsaDUnePersonneSeuleHebergeeGratuitementEstExpliqueAvecSesParametres() {
        var situation = new SituationRsa(CompositionDuFoyer.seul(), new Logement(Logement.Occupation.HEBERGE_GRATUITEMENT, Montant.ZERO),
                salaire(100, JUIN_2025, true), Montant.ZERO, true);
        var r = Rsa.calculer(situation, JUIN_2025, PARAMETRES.a(JUIN_2025.atDay(1)));
        // 646,52 − 12 % × 646,52 − 100
        assertThat(r.verse()).isEqualTo(Montant.euros("468.94"));
        assertThat(r.forfaitLogement()).isEqualTo(Montant.euros("77.58"));
        var texte = r.explication().enTexte();
        assertThat(texte).contains("Montant forfaitaire pour un foyer de 1 personne", "Forfait logement (hébergé à titre gratuit)",
                "646,52 € depuis le 01/04/2025", "Décret n° 2025-293");
    }

    @Test
    void leRsaSousLeSeuilDeSixEurosNEstPasVerseEtLExplicationLeDit() {
        var situation = new SituationRsa(CompositionDuFoyer.seul(), Logement.sansAvantage(), salaire(642, JUIN_2025, true), Montant.ZERO, true);
        var r = Rsa.calculer(situation, JUIN_2025, PARAMETRES.a(JUIN_2025.atDay(1)));
        assertThat(r.montantCalcule()).isEqualTo(Montant.euros("4.52"));
        assertThat(r.verse()).isEqualTo(Montant.ZERO);
        assertThat(r.explication().enTexte()).contains("inférieur au seuil de versement de 6,00 €");
    }

    @Test
    void laMajorationPourIsolementNEstRetenueQueSiElleEstPlusFavorable() {
        var bareme = BaremeForfaitaire.de("minima_sociaux/rsa/", PARAMETRES.a(LocalDate.of(2025, 6, 1)));
        assertThat(bareme.coefficient(1, 2)).isEqualByComparingTo("1.8");
        assertThat(bareme.coefficient(1, 3)).isEqualByComparingTo("2.2");
        assertThat(bareme.coefficient(2, 3)).isEqualByComparingTo("2.5");
        assertThat(bareme.coefficientMajore(2)).isEqualByComparingTo("2.1402");
    }

    @Test
    void laPrimeDActiviteEstFixeePourTroisMoisEtSonExplicationDetailleChaqueMoisDeReference() {
        var aout = YearMonth.of(2025, 8);
        var situation = SituationPrimeActivite.constante(CompositionDuFoyer.seul(), salaire(1000, aout, false), Logement.sansAvantage(),
                Montant.ZERO, Set.copyOf(TrimestreDeReference.troisMoisAvant(aout)));
        var r = PrimeDActivite.calculer(situation, aout, m -> PARAMETRES.a(m.atDay(1)));
        assertThat(r.verse()).isEqualTo(Montant.euros("307.76"));
        assertThat(r.couvre(YearMonth.of(2025, 10))).isTrue();
        assertThat(r.couvre(YearMonth.of(2025, 11))).isFalse();
        assertThat(r.explication().enTexte()).contains("Mois de référence 2025-05", "Bonification individuelle", "59,85 %");
    }

    @Test
    void leCalculDeMasseSansExplicationDonneLesMemesMontants() {
        var aout = YearMonth.of(2025, 8);
        var trimestre = Set.copyOf(TrimestreDeReference.troisMoisAvant(aout));
        for (long salaire : new long[] {0, 300, 642, 1000, 1990, 2000}) {
            for (var foyer : List.of(CompositionDuFoyer.seul(), CompositionDuFoyer.couple(2), new CompositionDuFoyer(false, 1, true, false))) {
                var logement = new Logement(Logement.Occupation.LOCATAIRE_OU_ACCEDANT, Montant.euros(120));
                var rsa = new SituationRsa(foyer, logement, salaire(salaire, JUIN_2025, true), Montant.ZERO, true);
                var p = PARAMETRES.a(JUIN_2025.atDay(1));
                assertThat(Rsa.calculerSansExplication(rsa, JUIN_2025, p).verse()).isEqualTo(Rsa.calculer(rsa, JUIN_2025, p).verse());
                var ppa = SituationPrimeActivite.constante(foyer, salaire(salaire, aout, false), logement, Montant.ZERO, trimestre);
                var avec = PrimeDActivite.calculer(ppa, aout, m -> PARAMETRES.a(m.atDay(1)));
                var sans = PrimeDActivite.calculerSansExplication(ppa, aout, m -> PARAMETRES.a(m.atDay(1)));
                assertThat(sans.verse()).isEqualTo(avec.verse());
                assertThat(sans.explication().enTexte()).contains("Explication non construite");
            }
        }
    }
}
