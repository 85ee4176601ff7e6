package fr.caissecommune.sante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import fr.caissecommune.sante.LiquidationDesSoins;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code caisse liquider FICHIER --simulation} de bout en bout, dans l'application : le fichier d'exemple
 * (src/test/resources/sante/feuilles-exemple.jsonl) donne un décompte JSON par ligne sur la sortie standard, dans
 * l'ordre du fichier, et les lignes illisibles sont signalées sur la sortie d'erreur.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("cli")
@DirtiesContext // contexte propre à ce test (profil cli) : fermé ici plutôt que par le crochet d'arrêt de la JVM, qui le dispute à la suppression de la base de test

@ExtendWith(OutputCaptureExtension.class)
class CommandeLiquiderIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    LiquidationDesSoins liquidation;

    @Autowired
    fr.caissecommune.sante.LiquidationEnregistree enregistree;

    /** Une commande neuve par exécution, comme la ligne de commande en crée une par lancement. */
    CommandLine liquider() {
        return new CommandLine(new CommandeLiquider(liquidation));
    }

    static String exemple() throws Exception {
        return Path.of(CommandeLiquiderIntegrationTests.class.getResource("/sante/feuilles-exemple.jsonl").toURI()).toString();
    }

    static Map<String, JsonNode> parIdentifiant(List<JsonNode> decomptes) {
        var resultat = new LinkedHashMap<String, JsonNode>();
        decomptes.forEach(d -> resultat.put(d.get("id").isNull() ? "(illisible)" : d.get("id").stringValue(), d));
        return resultat;
    }

    /**
     * Les décomptes écrits sur la sortie standard. Sous le profil cli, les journaux vont sur la sortie d'erreur ;
     * mais la configuration des journaux est commune à la JVM de test, qu'un autre contexte Spring peut avoir
     * reconfigurée : seules les lignes JSON sont retenues.
     */
    static List<JsonNode> decomptes(CapturedOutput sortie) {
        var resultat = new ArrayList<JsonNode>();
        for (var ligne : sortie.getOut().split("\n")) {
            if (ligne.startsWith("{")) {
                resultat.add(JSON.readTree(ligne));
            }
        }
        return resultat;
    }

    @Test
    void ecritUnDecompteJsonParLigneDansLOrdreDuFichier(CapturedOutput sortie) throws Exception {
        int code = liquider().execute(exemple(), "--simulation");

        assertThat(code).isZero();
        var decomptes = decomptes(sortie);
        assertThat(decomptes).hasSize(19);
        assertThat(decomptes.stream().map(d -> d.get("id").isNull() ? null : d.get("id").stringValue()).toList()).containsExactly("F-001", "F-002",
                "F-003", "F-004", "F-005", "F-006", "F-007", "F-008", "F-009", "F-010", "F-011", "F-012", "F-013", "F-014", "F-015", "F-016", "F-017",
                "F-018", null);
        for (var d : decomptes) {
            assertThat(new ArrayList<>(d.propertyNames())).startsWith("id", "statut", "motifs_rejet", "lignes", "participation_forfaitaire",
                    "franchises", "montant_paye", "payeur", "explication");
            assertThat(d.get("explication").stringValue()).isNotBlank();
        }
    }

    @Test
    void liquideLesDecomptesTypesDeLaFiche(CapturedOutput sortie) throws Exception {
        liquider().execute(exemple(), "--simulation");

        var d = parIdentifiant(decomptes(sortie));
        var attendus = Map.of("F-001", "19.00", "F-002", "7.00", "F-003", "21.00", "F-004", "28.00", "F-005", "30.00", "F-006", "14.10", "F-007",
                "0.42", "F-008", "3982.30", "F-009", "8.95", "F-010", "40.00");
        attendus.forEach((id, montant) -> {
            assertThat(d.get(id).get("statut").stringValue()).as(id).isEqualTo("PAYE");
            assertThat(d.get(id).get("montant_paye").decimalValue()).as(id).isEqualByComparingTo(montant);
        });
        var g = d.get("F-001").get("lignes").get(0);
        assertThat(g.get("code").stringValue()).isEqualTo("G");
        assertThat(g.get("base").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(g.get("taux").intValue()).isEqualTo(70);
        assertThat(g.get("rembourse").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(d.get("F-001").get("participation_forfaitaire").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(d.get("F-005").get("payeur").stringValue()).isEqualTo("PS");
        assertThat(d.get("F-007").get("franchises").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(d.get("F-017").get("montant_paye").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(sortie.getOut()).contains("\"montant_paye\":19.00,");
    }

    @Test
    void rejetteAvecLeurMotifLesFeuillesEnAnomalie(CapturedOutput sortie) throws Exception {
        liquider().execute(exemple(), "--simulation");

        var d = parIdentifiant(decomptes(sortie));
        var attendus = Map.of("F-011", "DOUBLON", "F-012", "CODE_INCONNU", "F-013", "PRESCRIPTION_ACQUISE", "F-014", "FEUILLE_INVALIDE", "F-015",
                "BENEFICIAIRE_INCONNU", "F-016", "DROITS_FERMES", "F-018", "CODE_INCONNU", "(illisible)", "FEUILLE_INVALIDE");
        attendus.forEach((id, motif) -> {
            assertThat(d.get(id).get("statut").stringValue()).as(id).isEqualTo("REJETE");
            assertThat(d.get(id).get("motifs_rejet").get(0).get("code").stringValue()).as(id).isEqualTo(motif);
            assertThat(d.get(id).get("montant_paye").decimalValue()).as(id).isEqualByComparingTo("0");
        });
        assertThat(d.get("F-014").get("motifs_rejet").get(0).get("libelle").stringValue())
                .isEqualTo("Feuille de soins mal formée : ligne 14 : champ « nir » : NIR invalide : clé 80 attendue, 99 reçue");
        assertThat(sortie.getErr()).contains("Ligne 14 (F-014) : champ « nir » : NIR invalide : clé 80 attendue, 99 reçue")
                .contains("Ligne 19 : JSON illisible")
                .contains("liquider : 19 feuille(s), 11 payée(s), 8 rejetée(s) dont 2 illisible(s)");
    }

    @Test
    void enregistreSansSimulationPuisNeLiquidePlusRienALaRelance(CapturedOutput sortie) throws Exception {
        var commande = new CommandLine(new CommandeLiquider(liquidation, enregistree));
        int code = commande.execute(exemple(), "--le", "2025-06-30");

        assertThat(code).isZero();
        assertThat(decomptes(sortie)).hasSize(19).allSatisfy(d -> assertThat(d.get("statut").stringValue()).isEqualTo("REJETE"));
        // Les bénéficiaires du fichier d'exemple ne sont pas enregistrés : chaque feuille part en quarantaine.
        assertThat(sortie.getErr()).contains("19 feuille(s), 0 payée(s), 19 rejetée(s) (en quarantaine)");

        int relance = new CommandLine(new CommandeLiquider(liquidation, enregistree)).execute(exemple());

        assertThat(relance).isZero();
        assertThat(sortie.getErr()).contains("fichier déjà liquidé");
        assertThat(decomptes(sortie)).hasSize(19);
    }

    @Test
    void refuseLEntreeStandardEnLiquidationEnregistree(CapturedOutput sortie) {
        int code = new CommandLine(new CommandeLiquider(liquidation, enregistree)).execute("-");

        assertThat(code).isEqualTo(2);
        assertThat(sortie.getErr()).contains("pas l'entrée standard");
    }

    @Test
    void signaleUnFichierIntrouvable(CapturedOutput sortie) {
        int code = liquider().execute("/inexistant/feuilles.jsonl", "--simulation");

        assertThat(code).isEqualTo(2);
        assertThat(sortie.getErr()).contains("Erreur : fichier introuvable : /inexistant/feuilles.jsonl");
    }

    @Test
    void mesureLeDebitDUnPetitLotSynthetique(CapturedOutput sortie) {
        int code = new CommandLine(new CommandeBenchSante(liquidation)).execute("liquidation", "--feuilles", "3000");

        assertThat(code).isZero();
        assertThat(sortie.getOut()).contains("Banc d'essai de la liquidation : 3\u202f000 feuilles").contains("liquidation (calcul seul)")
                .contains("feuilles/s par processeur").contains("décomptes payés : ");
    }
}
