package fr.caissecommune.famille.calcul.ressources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.JeuDeParametres;

/** Les bases de ressources partagées : trimestre de référence, neutralisation, douze mois glissants, année N-2. */
public class BasesDeRessourcesTests {

    static final JeuDeParametres PARAMETRES = parametresLivres();

    private static RessourcesMensuelles salaire(String qui, long euros, YearMonth... mois) {
        var r = RessourcesMensuelles.aucune(qui);
        for (var m : mois) {
            r = r.avec(m, NatureDeRessource.SALAIRE, Montant.euros(euros));
        }
        return r;
    }

    @Test
    void leTrimestreDeReferenceEstFaitDesTroisMoisQuiPrecedentLeMoisDuDroit() {
        assertThat(TrimestreDeReference.troisMoisAvant(YearMonth.of(2025, 1)))
                .containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
    }

    @Test
    void laMoyenneDuTrimestreSepareRevenusDActiviteEtAutresRessources() {
        var allocataire = salaire("l'allocataire", 900, YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1))
                .avec(YearMonth.of(2024, 11), NatureDeRessource.PENSION_ALIMENTAIRE, Montant.euros(150));
        var conjoint = salaire("le conjoint", 300, YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        var t = TrimestreDeReference.etablir(List.of(allocataire, conjoint), YearMonth.of(2025, 1), true);
        // (3 × 900 + 300) / 3 = 1 000 € d'activité ; 150 / 3 = 50 € d'autres ressources
        assertThat(t.moyenneActivite().arrondiAuCentime()).isEqualTo(Montant.euros(1000));
        assertThat(t.moyenneAutres().arrondiAuCentime()).isEqualTo(Montant.euros(50));
        assertThat(t.mois().get(2).activiteParPersonne()).containsExactly(Montant.euros(900), Montant.euros(300));
        assertThat(t.neutralisations()).isEmpty();
    }

    @Test
    void unSalaireInterrompuSansRevenuDeSubstitutionEstNeutralise() {
        // CASF, art. R262-13 : salaire perçu jusqu'en décembre, rien en janvier, pas de chômage
        var allocataire = salaire("l'allocataire", 600, YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
        var t = TrimestreDeReference.etablir(List.of(allocataire), YearMonth.of(2025, 1), true);
        assertThat(t.moyenne()).isEqualTo(Montant.ZERO);
        assertThat(t.neutralisations()).singleElement().asString().contains("salaires nets", "R262-13");
        // Sans neutralisation (prime d'activité) le salaire compte
        assertThat(TrimestreDeReference.etablir(List.of(allocataire), YearMonth.of(2025, 1), false).moyenne().arrondiAuCentime())
                .isEqualTo(Montant.euros(600));
    }

    @Test
    void unRevenuDeSubstitutionEmpecheLaNeutralisation() {
        var allocataire = salaire("l'allocataire", 600, YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12))
                .avec(YearMonth.of(2025, 1), NatureDeRessource.INDEMNITES_CHOMAGE, Montant.euros(400));
        var t = TrimestreDeReference.etablir(List.of(allocataire), YearMonth.of(2025, 1), true);
        assertThat(t.neutralisations()).isEmpty();
        assertThat(t.moyenneActivite().arrondiAuCentime()).isEqualTo(Montant.euros(600));
    }

    @Test
    void lesDouzeMoisGlissantsSontRecalculesChaqueTrimestreCivil() {
        assertThat(DouzeMoisGlissants.moisDeCalcul(YearMonth.of(2025, 5))).isEqualTo(YearMonth.of(2025, 4));
        var mois = new java.util.ArrayList<YearMonth>();
        for (var m = YearMonth.of(2024, 1); m.isBefore(YearMonth.of(2025, 6)); m = m.plusMonths(1)) {
            mois.add(m);
        }
        var r = salaire("l'allocataire", 1500, mois.toArray(YearMonth[]::new));
        var base = DouzeMoisGlissants.etablir(List.of(r), YearMonth.of(2025, 5), PARAMETRES.a(LocalDate.of(2025, 1, 1)));
        // recalcul d'avril 2025 : douze mois de février 2024 à février 2025
        assertThat(base.premierMois()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(base.dernierMois()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(base.activite()).isEqualTo(Montant.euros(18000));
        // déduction de 10 % pour frais professionnels : 18 000 − 1 800
        assertThat(base.total()).isEqualTo(Montant.euros(16200));
    }

    @Test
    void lAnneeDeReferenceDesPrestationsFamilialesEstNMoinsDeux() {
        assertThat(RessourcesDeLAnneeDeReference.annee(YearMonth.of(2025, 3))).isEqualTo(2023);
        var total = RessourcesDeLAnneeDeReference.total(List.of(Montant.euros(30000), Montant.euros(20000)), Montant.euros(1000),
                PARAMETRES.a(LocalDate.of(2023, 1, 1)));
        assertThat(total).isEqualTo(Montant.euros(27000 + 18000 + 1000));
    }

    public static JeuDeParametres parametresLivres() {
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
