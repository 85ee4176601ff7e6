package fr.caissecommune.recouvrement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import fr.caissecommune.recouvrement.dsn.GenerateurDsn;

/** Dépôt de DSN sur une vraie base : enregistrement complet ou rien, règles de dépôt, anomalies de calcul. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DepotDesDeclarationsIntegrationTests {

    static final String MENSUELLE = "/recouvrement/dsn/synthetic_dsn_mensuelle_P25V01.dsn";
    static final String SANS_INDIVIDU = "/recouvrement/dsn/synthetic_dsn_mensuelle_sans_individu_P25V01.dsn";

    @Autowired
    DepotDesDeclarations depot;

    @Autowired
    Declarations declarations;

    @TempDir
    Path dossier;

    private Path fichier(String nom, String ressource, UnaryOperator<String> modification) throws IOException {
        try (var in = getClass().getResourceAsStream(ressource)) {
            var texte = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            var f = dossier.resolve(nom);
            Files.writeString(f, modification.apply(texte), StandardCharsets.ISO_8859_1);
            return f;
        }
    }

    private Path genere(String nom, String siren8, YearMonth mois, int salaries, int effectif) throws IOException {
        var f = dossier.resolve(nom);
        try (var w = new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.ISO_8859_1)) {
            new GenerateurDsn(siren8, mois, effectif, 3, ParametresLegaux.au(mois.atEndOfMonth())).ecrire(w, salaries);
        }
        return f;
    }

    /** Fait d'une DSN normale une « annule et remplace » (type 03, numéro d'ordre 2, référence de la remplacée). */
    private static String annuleEtRemplace(String texte) {
        var lignes = Integer.parseInt(texte.replaceAll("(?s).*S90\\.G00\\.90\\.001,'(\\d+)'.*", "$1"));
        return texte.replace("S20.G00.05.002,'01'", "S20.G00.05.002,'03'").replace("S20.G00.05.004,'1'", "S20.G00.05.004,'2'")
                .replaceFirst("(S20\\.G00\\.05\\.005,'\\d+'\r\n)", "$1S20.G00.05.006,'DSN-1'\r\n")
                .replace("S90.G00.90.001,'" + lignes + "'", "S90.G00.90.001,'" + (lignes + 1) + "'");
    }

    @Test
    void laDsnSynthetiqueEstEnregistreeAvecSesSalariesEtSesAnomaliesDeCalcul() throws IOException {
        var compteRendu = depot.deposer(fichier("mensuelle.dsn", MENSUELLE, t -> t));

        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        assertThat(declarations.compter(compteRendu.declaration())).containsEntry("individu", 2).containsEntry("contrat", 2)
                .containsEntry("versement", 2).containsEntry("remuneration", 6).containsEntry("base_assujettie", 8)
                .containsEntry("cotisation_individuelle", 22).containsEntry("cotisation_agregee", 6).containsEntry("avertissement", 1);
        // Vieillesse déplafonnée 2025 : 0,40 % + 2,02 % = 2,42 % ; le fichier synthétique applique 2,51 %.
        assertThat(depot.anomalies(compteRendu.declaration())).anySatisfy(a -> {
            assertThat(a.code()).isEqualTo("076");
            assertThat(a.nature()).isEqualTo("ECART_DE_MONTANT");
            assertThat(a.declare()).isEqualByComparingTo("538.80");
            assertThat(a.calcule()).isEqualByComparingTo("536.10");
        });
        assertThat(depot.salairesDeclares("1850575123045", YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
                .singleElement().satisfies(s -> assertThat(s.brut()).isEqualByComparingTo("3000.00"));
    }

    @Test
    void laDsnSansIndividuEstEnregistree() throws IOException {
        var compteRendu = depot.deposer(fichier("neant.dsn", SANS_INDIVIDU, t -> t));

        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        assertThat(compteRendu.individus()).isZero();
    }

    @Test
    void uneDsnCasseeEstRejeteeEnEntierSansRienEcrire() throws IOException {
        int avant = declarations.nombreDeDeclarations();
        var variantes = java.util.List.of(
                fichier("total.dsn", MENSUELLE, t -> t.replace("S90.G00.90.001,'364'", "S90.G00.90.001,'360'")),
                fichier("nir.dsn", MENSUELLE, t -> t.replace("2920369088012", "2921369088012")),
                fichier("tronque.dsn", MENSUELLE, t -> t.substring(0, t.length() / 2)));
        var utf8 = dossier.resolve("utf8.dsn");
        try (var in = getClass().getResourceAsStream(MENSUELLE)) {
            Files.write(utf8, new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("'PARIS'", "'PÉRIGUEUX'").getBytes(StandardCharsets.UTF_8));
        }

        for (var f : java.util.stream.Stream.concat(variantes.stream(), java.util.stream.Stream.of(utf8)).toList()) {
            var compteRendu = depot.deposer(f);
            assertThat(compteRendu.acceptee()).as(f.toString()).isFalse();
            assertThat(compteRendu.bloquantes()).as(f.toString()).isNotEmpty().allSatisfy(e -> assertThat(e.message()).isNotBlank());
            assertThat(compteRendu.enFrancais()).contains("REJETÉE", "rien n'a été enregistré");
        }
        assertThat(declarations.nombreDeDeclarations()).isEqualTo(avant);
    }

    @Test
    void uneErreurEnFinDeGrosFichierEmpecheToutEnregistrement() throws IOException {
        int avant = declarations.nombreDeDeclarations();
        var f = genere("gros.dsn", "23456789", YearMonth.of(2026, 2), 1500, 1500);
        Files.writeString(f, Files.readString(f, StandardCharsets.ISO_8859_1).replace("S90.G00.90.002,'1'", "S90.G00.90.002,'2'"),
                StandardCharsets.ISO_8859_1);

        var compteRendu = depot.deposer(f);

        assertThat(compteRendu.acceptee()).isFalse();
        assertThat(compteRendu.bloquantes()).singleElement().satisfies(e -> assertThat(e.rubrique()).isEqualTo("S90.G00.90.002"));
        assertThat(declarations.nombreDeDeclarations()).isEqualTo(avant);
    }

    @Test
    void uneDsnGenereeEstEnregistreeSansAnomalie() throws IOException {
        var compteRendu = depot.deposer(genere("generee.dsn", "34567890", YearMonth.of(2026, 3), 300, 60));

        assertThat(compteRendu.acceptee()).as(compteRendu.enFrancais()).isTrue();
        assertThat(compteRendu.individus()).isEqualTo(300);
        assertThat(compteRendu.anomalies()).as(depot.anomalies(compteRendu.declaration()).stream().limit(5).map(Anomalie::enFrancais).toList().toString())
                .isZero();
    }

    @Test
    void uneSecondeDsnNormaleDuMemeMoisEstRefusee() throws IOException {
        var f = genere("premiere.dsn", "45678901", YearMonth.of(2026, 4), 5, 5);
        assertThat(depot.deposer(f).acceptee()).isTrue();

        var doublon = depot.deposer(f);

        assertThat(doublon.acceptee()).isFalse();
        assertThat(doublon.bloquantes()).extracting(ErreurDeDeclaration::regle).containsExactly("DOUBLON");
    }

    @Test
    void annuleEtRemplaceAvantLEcheanceRemplaceLaDeclaration() throws IOException {
        var mois = YearMonth.from(LocalDate.now()).plusMonths(1);
        var premiere = depot.deposer(genere("normale.dsn", "56789012", mois, 4, 4));
        var f = genere("remplacante.dsn", "56789012", mois, 4, 4);
        Files.writeString(f, annuleEtRemplace(Files.readString(f, StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);

        var remplacante = depot.deposer(f);

        assertThat(remplacante.acceptee()).as(remplacante.enFrancais()).isTrue();
        assertThat(remplacante.remplacee()).isEqualTo(premiere.declaration());
        assertThat(declarations.findParId(premiere.declaration()).orElseThrow().statut()).isEqualTo("REMPLACEE");
        assertThat(depot.salairesDeclares(GenerateurDsn.nir(0), mois, mois)).singleElement()
                .satisfies(s -> assertThat(s.declaration()).isEqualTo(remplacante.declaration()));
    }

    @Test
    void annuleEtRemplaceApresLEcheanceEstRefusee() throws IOException {
        var normale = depot.deposer(genere("ancienne.dsn", "67890123", YearMonth.of(2025, 6), 3, 3));
        assertThat(normale.acceptee()).isTrue();
        var f = genere("tardive.dsn", "67890123", YearMonth.of(2025, 6), 3, 3);
        Files.writeString(f, annuleEtRemplace(Files.readString(f, StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);

        var tardive = depot.deposer(f);

        assertThat(tardive.acceptee()).isFalse();
        assertThat(tardive.bloquantes()).extracting(ErreurDeDeclaration::regle).containsExactly("ANNULE-REMPLACE-ECHEANCE");
        assertThat(tardive.bloquantes().get(0).message()).contains("2025-07-15");
    }
}
