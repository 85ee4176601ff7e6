package fr.caissecommune.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Les fichiers de paramètres livrés : chacun se charge, a une unité, et chaque date d'effet de ses valeurs a une
 * référence juridique. Le chargeur refuse bruyamment, en nommant le fichier, tout fichier qui n'a pas ces garanties.
 */
class ParametresTests {

    private static final JeuDeParametres JEU = JeuDeParametres.depuis(Parametres.lireLesFichiers());

    @Test
    void chaqueParametreLivreAUneDescriptionUneUniteEtUneReferencePourChaqueDateDEffet() {
        assertThat(JEU.tous()).isNotEmpty();
        for (var parametre : JEU.tous()) {
            assertThat(parametre.description()).as(parametre.chemin() + " : description").isNotBlank();
            assertThat(parametre.unite()).as(parametre.chemin() + " : unité").isNotBlank();
            var valeurs = new java.util.ArrayList<ValeurDatee>(parametre.valeurs().values());
            parametre.tranches().forEach(t -> {
                valeurs.addAll(t.seuil().values());
                valeurs.addAll(t.taux().values());
                valeurs.addAll(t.montant().values());
            });
            assertThat(valeurs).as(parametre.chemin() + " : valeurs datées").isNotEmpty();
            valeurs.forEach(valeur -> assertThat(valeur.references())
                    .as(parametre.chemin() + " : référence de la valeur du " + valeur.dateEffet()).isNotEmpty()
                    .allSatisfy(reference -> assertThat(reference.titre()).isNotBlank()));
        }
    }

    @Test
    void lesParametresDesAllocationsFamilialesSontLivres() {
        assertThat(JEU.tous()).extracting(Parametre::chemin).contains(
                "prestations_familiales/bmaf",
                "prestations_familiales/af/taux/deuxieme_enfant",
                "prestations_familiales/af/taux/enfant_supplementaire",
                "prestations_familiales/af/modulation/plafond_tranche_1",
                "prestations_familiales/af/modulation/plafond_tranche_2",
                "prestations_familiales/af/modulation/majoration_plafond_par_enfant",
                "prestations_familiales/af/majoration_age/age",
                "prestations_familiales/af/majoration_age/age_maintenu",
                "prestations_familiales/af/allocation_forfaitaire/taux",
                "prestations_familiales/enfant_a_charge/age_limite",
                "prelevements_sociaux/crds/taux");
    }

    @Test
    void lHistoriqueDesValeursEstConserve() {
        var bmaf = JEU.get("prestations_familiales/bmaf");
        assertThat(bmaf.valeurs().firstKey()).isBeforeOrEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(JEU.a(LocalDate.of(2015, 7, 1)).valeur("prestations_familiales/bmaf")).isEqualByComparingTo("406.21");
        assertThat(JEU.a(LocalDate.of(2025, 4, 1)).valeur("prestations_familiales/bmaf")).isEqualByComparingTo("474.37");
        assertThat(JEU.a(LocalDate.of(2026, 2, 1)).entier("prestations_familiales/af/majoration_age/age")).isEqualTo(14);
        assertThat(JEU.a(LocalDate.of(2026, 3, 1)).entier("prestations_familiales/af/majoration_age/age")).isEqualTo(18);
        assertThat(JEU.a(LocalDate.of(2015, 6, 1)).existe("prestations_familiales/af/modulation/taux_tranche_2")).isFalse();
    }

    @Test
    void unFichierYamlMalFormeEstRefuseEnNommantLeFichier() {
        assertThatThrownBy(() -> JeuDeParametres.depuis(Map.of("essai/mal_forme", "description: Essai\nvalues: [2020-01-01: {value: 1\n")))
                .isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("essai/mal_forme")
                .hasMessageContaining("YAML mal formé");
    }

    @Test
    void unParametreSansUniteEstRefuse() {
        assertThatThrownBy(() -> JeuDeParametres.depuis(Map.of("essai/sans_unite", """
                description: Essai
                values:
                  2020-01-01:
                    value: 0.5
                metadata:
                  reference:
                    2020-01-01:
                    - title: Article D521-1 du Code de la sécurité sociale
                """)))
                .isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("essai/sans_unite")
                .hasMessageContaining("unité absente");
    }

    @Test
    void uneValeurDontLaDateDEffetNAPasDeReferenceEstRefusee() {
        assertThatThrownBy(() -> JeuDeParametres.depuis(Map.of("essai/sans_reference", """
                description: Essai
                values:
                  2020-01-01:
                    value: 0.5
                  2022-01-01:
                    value: 0.6
                metadata:
                  unit: /1
                  reference:
                    2022-01-01:
                    - title: Article D521-1 du Code de la sécurité sociale
                """)))
                .isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("essai/sans_reference")
                .hasMessageContaining("aucune référence juridique pour la valeur du 2020-01-01");
    }

    @Test
    void uneValeurQuiNEstPasUnNombreEstRefusee() {
        assertThatThrownBy(() -> JeuDeParametres.depuis(Map.of("essai/texte", """
                description: Essai
                values:
                  2020-01-01:
                    value: trente-deux pour cent
                metadata:
                  unit: /1
                  reference:
                    2020-01-01:
                    - title: Article D521-1 du Code de la sécurité sociale
                """)))
                .isInstanceOf(ParametreInvalide.class)
                .hasMessageContaining("essai/texte")
                .hasMessageContaining("n'est pas un nombre");
    }

    @Test
    void larchiveDUneVersionSeRelitALIdentiqueAvecLaMemeEmpreinte() {
        var relu = JeuDeParametres.depuisArchive(JEU.archive());
        assertThat(relu.version()).isEqualTo(JEU.version());
        assertThat(relu.chemins()).isEqualTo(JEU.chemins());
        assertThat(relu.a(LocalDate.of(2024, 4, 1)).valeur("prestations_familiales/bmaf")).isEqualByComparingTo("466.44");
    }
}
