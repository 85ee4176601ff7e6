package fr.caissecommune.famille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.finances.PlanComptable;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.regles.Parametres;

/** La déclaration trimestrielle de ressources : attendue, en retard (suspension), reçue (reprise et ressources au référentiel). */
@SpringBootTest
class DeclarationsTrimestriellesIntegrationTests {

    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    DeclarationsTrimestrielles declarations;
    @Autowired
    Suspensions suspensions;
    @Autowired
    Parametres parametres;

    static List<Fait.RessourcesDeclarees> ressources(PersonneId membre, YearMonth premier, int mois) {
        var liste = new ArrayList<Fait.RessourcesDeclarees>();
        for (int i = 0; i < mois; i++) {
            liste.add(new Fait.RessourcesDeclarees(membre, premier.plusMonths(i), Montant.euros(700 + 10 * i), Montant.ZERO, Montant.ZERO));
        }
        return liste;
    }

    @Test
    void uneDeclarationNonRecueALaDateLimiteSuspendLeRsaEtLaPrimeDActiviteJusquASaReception() {
        var sans = "1" + "9003" + "48095" + "777";
        var allocataire = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), "Rieu", null, "Paul",
                Sexe.M, LocalDate.of(1990, 3, 3), CodeCommune.of("48095"), null, null, null), "test");
        var foyer = registre.creerFoyer(allocataire, LocalDate.of(2020, 1, 1), Source.GUICHET, "test");
        var trimestre = YearMonth.of(2026, 7);
        // Un calcul où le RSA vaut 500 € par mois, pour voir l'effet de la suspension sans dépendre de son barème.
        var calcul = new CalculDesDroits(parametres, suspensions);
        calcul.servir(Prestation.RSA, PlanComptable.RSA, (s, m, e) -> new DroitDuMois(Prestation.RSA, m, Montant.euros(500), Montant.ZERO,
                Montant.euros(500), null));
        assertThatThrownBy(() -> declarations.attendre(foyer, YearMonth.of(2026, 8))).isInstanceOf(ChampInvalide.class)
                .hasMessageContaining("premier mois d'un trimestre");

        declarations.attendre(foyer, trimestre);
        assertThat(declarations.constaterLesRetards(DeclarationsTrimestrielles.dateLimite(trimestre))).as("pas avant la date limite").isZero();
        assertThat(declarations.constaterLesRetards(LocalDate.of(2026, 8, 1))).isEqualTo(1);
        assertThat(declarations.find(foyer, trimestre).orElseThrow().statut()).isEqualTo(DeclarationTrimestrielle.Statut.EN_RETARD);
        var suspendu = calcul.droitsDuMois(situations.situationDuFoyer(foyer), YearMonth.of(2026, 8), true).stream()
                .filter(d -> d.prestation() == Prestation.RSA).findFirst().orElseThrow();
        assertThat(suspendu.net()).isEqualTo(Montant.ZERO);
        assertThat(suspendu.explication()).contains("suspendu").contains("déclaration trimestrielle");
        assertThat(calcul.droitsDuMois(situations.situationDuFoyer(foyer), YearMonth.of(2026, 6), false))
                .filteredOn(d -> d.prestation() == Prestation.RSA).extracting(DroitDuMois::net).containsExactly(Montant.euros(500));

        assertThatThrownBy(() -> declarations.recevoir(foyer, trimestre, ressources(allocataire, YearMonth.of(2026, 4), 2), Source.ESPACE_EN_LIGNE,
                LocalDate.of(2026, 8, 20))).isInstanceOf(ChampInvalide.class).extracting("champ").isEqualTo("ressources");
        assertThatThrownBy(() -> declarations.recevoir(foyer, trimestre, ressources(allocataire, YearMonth.of(2026, 5), 3), Source.ESPACE_EN_LIGNE,
                LocalDate.of(2026, 8, 20))).isInstanceOf(ChampInvalide.class).extracting("champ").isEqualTo("mois");

        var recue = declarations.recevoir(foyer, trimestre, ressources(allocataire, YearMonth.of(2026, 4), 3), Source.ESPACE_EN_LIGNE,
                LocalDate.of(2026, 8, 20));
        assertThat(recue.statut()).isEqualTo(DeclarationTrimestrielle.Statut.RECUE);
        assertThat(suspensions.enCours(foyer)).isEmpty();
        assertThat(calcul.droitsDuMois(situations.situationDuFoyer(foyer), YearMonth.of(2026, 8), false))
                .filteredOn(d -> d.prestation() == Prestation.RSA).extracting(DroitDuMois::net).containsExactly(Montant.euros(500));
        var situation = situations.situationDuFoyer(foyer);
        assertThat(situation.ressourcesDeclareesDuTrimestrePrecedant(trimestre)).isEqualTo(Montant.euros(700 + 710 + 720));
        assertThatThrownBy(() -> declarations.recevoir(foyer, trimestre, ressources(allocataire, YearMonth.of(2026, 4), 3), Source.COURRIER,
                LocalDate.of(2026, 8, 21))).hasMessageContaining("déjà été reçue");
    }

    @Autowired
    DossiersFamille dossiers;

    @Test
    void leRsaSeCalculeSurLaDeclarationTrimestrielleDuTrimestrePrecedent() {
        var sans = "2" + "9105" + "48095" + "778";
        var allocataire = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), "Baldit", null, "Sarah",
                Sexe.F, LocalDate.of(1991, 5, 5), CodeCommune.of("48095"), null, null, null), "test");
        var foyer = registre.creerFoyer(allocataire, LocalDate.of(2020, 1, 1), Source.GUICHET, "test");
        var trimestre = YearMonth.of(2026, 10);
        var rsa = dossiers.droitsDuMois(foyer, trimestre).stream().filter(d -> d.prestation() == Prestation.RSA).findFirst().orElseThrow();
        assertThat(rsa.estOuvert()).isFalse();
        assertThat(rsa.explication()).contains("pas de ressources déclarées");

        declarations.attendre(foyer, trimestre);
        var sansRessources = new ArrayList<Fait.RessourcesDeclarees>();
        for (var mois = YearMonth.of(2026, 7); mois.isBefore(trimestre); mois = mois.plusMonths(1)) {
            sansRessources.add(new Fait.RessourcesDeclarees(allocataire, mois, Montant.ZERO, Montant.ZERO, Montant.ZERO));
        }
        declarations.recevoir(foyer, trimestre, sansRessources, Source.ESPACE_EN_LIGNE, LocalDate.of(2026, 10, 10));
        for (var mois : List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12))) {
            var droit = dossiers.droitsDuMois(foyer, mois).stream().filter(d -> d.prestation() == Prestation.RSA).findFirst().orElseThrow();
            assertThat(droit.net().valeur()).as("RSA d'une personne seule sans ressources, " + mois).isBetween(
                    new java.math.BigDecimal("500"), new java.math.BigDecimal("800"));
            assertThat(droit.crds()).isEqualTo(Montant.ZERO);
            assertThat(droit.explication()).contains("personne seule");
        }
        assertThat(dossiers.droitsDuMois(foyer, YearMonth.of(2027, 1))).filteredOn(d -> d.prestation() == Prestation.RSA)
                .singleElement().satisfies(d -> assertThat(d.estOuvert()).as("trimestre suivant : nouvelle déclaration attendue").isFalse());
    }

    @Test
    void laPrimeDActiviteSeCalculeSurLesRevenusDuTrimestreDeReferenceEtEstFixeePourTroisMois() {
        var sans = "1" + "9207" + "48095" + "779";
        var allocataire = registre.inscrire(new NouvellePersonne(Nir.of(sans + String.format("%02d", Nir.cle(sans))), "Vidal", null, "Marc",
                Sexe.M, LocalDate.of(1992, 7, 7), CodeCommune.of("48095"), null, null, null), "test");
        var foyer = registre.creerFoyer(allocataire, LocalDate.of(2020, 1, 1), Source.GUICHET, "test");
        var trimestre = YearMonth.of(2026, 10);
        var ppa = dossiers.droitsDuMois(foyer, trimestre).stream().filter(d -> d.prestation() == Prestation.PPA).findFirst().orElseThrow();
        assertThat(ppa.estOuvert()).isFalse();
        assertThat(ppa.explication()).contains("pas de ressources déclarées");

        declarations.attendre(foyer, trimestre);
        var salaires = new ArrayList<Fait.RessourcesDeclarees>();
        for (var mois = YearMonth.of(2026, 7); mois.isBefore(trimestre); mois = mois.plusMonths(1)) {
            salaires.add(new Fait.RessourcesDeclarees(allocataire, mois, Montant.euros(1_200), Montant.ZERO, Montant.ZERO));
        }
        declarations.recevoir(foyer, trimestre, salaires, Source.ESPACE_EN_LIGNE, LocalDate.of(2026, 10, 10));
        var octobre = dossiers.droitsDuMois(foyer, trimestre).stream().filter(d -> d.prestation() == Prestation.PPA).findFirst().orElseThrow();
        assertThat(octobre.net().valeur()).as("prime d'activité d'une personne seule payée 1 200 € par mois").isBetween(
                new java.math.BigDecimal("150"), new java.math.BigDecimal("500"));
        assertThat(octobre.crds()).isEqualTo(Montant.ZERO);
        assertThat(octobre.explication()).contains("Bonification individuelle").contains("Mois de référence 2026-09");
        for (var mois : List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12))) {
            assertThat(dossiers.droitsDuMois(foyer, mois)).filteredOn(d -> d.prestation() == Prestation.PPA).singleElement()
                    .satisfies(d -> assertThat(d.net()).as("droit fixé pour trois mois, " + mois).isEqualTo(octobre.net()));
        }
        assertThat(dossiers.droitsDuMois(foyer, trimestre)).filteredOn(d -> d.prestation() == Prestation.RSA).singleElement()
                .satisfies(d -> assertThat(d.estOuvert()).as("1 200 € de salaire dépassent le montant forfaitaire du RSA").isFalse());
        assertThat(dossiers.droitsDuMois(foyer, YearMonth.of(2027, 1))).filteredOn(d -> d.prestation() == Prestation.PPA)
                .singleElement().satisfies(d -> assertThat(d.estOuvert()).as("trimestre suivant : nouvelle déclaration attendue").isFalse());
    }
}
