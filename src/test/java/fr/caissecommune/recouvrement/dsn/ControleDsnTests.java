package fr.caissecommune.recouvrement.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import fr.caissecommune.recouvrement.ErreurDeDeclaration;
import fr.caissecommune.recouvrement.ParametresLegaux;

/** Contrôle à la réception des DSN : fichiers synthétiques de référence, variantes cassées, DSN générées. */
class ControleDsnTests {

    static final String MENSUELLE = "/recouvrement/dsn/synthetic_dsn_mensuelle_P25V01.dsn";
    static final String SANS_INDIVIDU = "/recouvrement/dsn/synthetic_dsn_mensuelle_sans_individu_P25V01.dsn";

    static byte[] octets(String ressource) throws IOException {
        try (var in = ControleDsnTests.class.getResourceAsStream(ressource)) {
            return in.readAllBytes();
        }
    }

    static String latin1(String ressource) throws IOException {
        return new String(octets(ressource), StandardCharsets.ISO_8859_1);
    }

    static ControleDsn.Resultat controler(byte[] contenu) throws IOException {
        return ControleDsn.controler(new ByteArrayInputStream(contenu), i -> {
        });
    }

    static ControleDsn.Resultat controler(String contenuLatin1) throws IOException {
        return controler(contenuLatin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] dsnGeneree(int salaries, int effectif) {
        var sortie = new java.io.ByteArrayOutputStream();
        var generateur = new GenerateurDsn("12345678", YearMonth.of(2026, 3), effectif, 7, ParametresLegaux.au(LocalDate.of(2026, 3, 31)));
        generateur.ecrire(new OutputStreamWriter(sortie, StandardCharsets.ISO_8859_1), salaries);
        return sortie.toByteArray();
    }

    @Test
    void laDsnMensuelleSynthetiqueEstAccepteeAvecSesDeuxSalaries() throws IOException {
        var individus = new ArrayList<IndividuDsn>();

        var r = ControleDsn.controler(new ByteArrayInputStream(octets(MENSUELLE)), individus::add);

        assertThat(r.bloquantes()).isEmpty();
        assertThat(r.rejetee()).isFalse();
        assertThat(r.entete().siret()).isEqualTo("00012345500016");
        assertThat(r.entete().mois()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(r.entete().bordereau()).hasSize(6);
        assertThat(r.avertissements()).extracting(ErreurDeDeclaration::regle).contains("ENVOI-TEST");
        assertThat(individus).extracting(IndividuDsn::nir).containsExactly("1850575123045", "2920369088012");
        assertThat(individus.get(1).versements().get(0).brut()).isEqualByComparingTo("4010.00");
        assertThat(individus.get(1).versements().get(0).bases()).extracting(IndividuDsn.BaseAssujettie::code).containsExactly("02", "03", "04", "07");
    }

    @Test
    void laDsnSansIndividuEstAcceptee() throws IOException {
        var r = controler(octets(SANS_INDIVIDU));

        assertThat(r.bloquantes()).isEmpty();
        assertThat(r.entete().sansIndividu()).isTrue();
        assertThat(r.individus()).isZero();
    }

    @Test
    void unTotalDeRubriquesFauxEstRejeteAvecSaLigne() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S90.G00.90.001,'364'", "S90.G00.90.001,'365'"));

        assertThat(r.rejetee()).isTrue();
        assertThat(r.bloquantes()).singleElement().satisfies(e -> {
            assertThat(e.ligne()).isEqualTo(363);
            assertThat(e.rubrique()).isEqualTo("S90.G00.90.001");
            assertThat(e.message()).contains("365 déclaré, 364 lues");
        });
    }

    @Test
    void unNirMalFormeEstRejeteAvecSaLigneEtSaRegle() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("1850575123045", "1851375123045"));

        assertThat(r.bloquantes()).singleElement().satisfies(e -> {
            assertThat(e.rubrique()).isEqualTo("S21.G00.30.001");
            assertThat(e.regle()).isEqualTo("NIR");
            assertThat(e.ligne()).isEqualTo(81);
        });
    }

    @Test
    void unNirDeclareDeuxFoisEstRejete() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("2920369088012", "1850575123045"));

        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).containsExactly("NIR-UNIQUE");
    }

    @Test
    void unSiretDontLaCleEstFausseEstRejete() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S21.G00.11.001,'00016'", "S21.G00.11.001,'00017'"));

        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).contains("SIRET");
        assertThat(r.bloquantes().get(0).message()).contains("clé de contrôle");
    }

    @Test
    void unFichierEncodeEnUtf8EstRejete() throws IOException {
        var utf8 = latin1(MENSUELLE).replace("S21.G00.30.007,'PARIS'", "S21.G00.30.007,'ÉVRY'").getBytes(StandardCharsets.UTF_8);

        var r = controler(utf8);

        assertThat(r.bloquantes()).singleElement().satisfies(e -> {
            assertThat(e.regle()).isEqualTo("ENCODAGE");
            assertThat(e.ligne()).isEqualTo(86);
            assertThat(e.message()).contains("ISO-8859-1");
        });
    }

    @Test
    void lesAccentsEnIso88591SontAcceptes() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S21.G00.30.007,'PARIS'", "S21.G00.30.007,'ÉVRY'"));

        assertThat(r.bloquantes()).isEmpty();
    }

    @Test
    void unFichierTronqueEstRejete() throws IOException {
        var texte = latin1(MENSUELLE);
        var tronque = texte.substring(0, texte.indexOf("S21.G00.81.004,'162.41'") + 20);

        var r = controler(tronque);

        assertThat(r.rejetee()).isTrue();
        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).contains("SYNTAXE", "OBLIGATOIRE");
        assertThat(r.bloquantes()).anySatisfy(e -> assertThat(e.message()).contains("tronqué"));
    }

    @Test
    void uneAssietteDeCtpDifferenteDeLaSommeDesBasesEstRejetee() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S21.G00.23.004,'6887.00'", "S21.G00.23.004,'6888.00'"));

        assertThat(r.bloquantes()).singleElement().satisfies(e -> {
            assertThat(e.regle()).isEqualTo("BORDEREAU-CTP");
            assertThat(e.message()).contains("260/920", "6887");
        });
    }

    @Test
    void unBlocHorsDeSaPlaceEstRejete() throws IOException {
        var texte = latin1(MENSUELLE).replace("S21.G00.11.017,'01'\r\n", "S21.G00.11.017,'01'\r\nS21.G00.40.001,'01032019'\r\n")
                .replace("S90.G00.90.001,'364'", "S90.G00.90.001,'365'");

        var r = controler(texte);

        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).containsExactly("STRUCTURE");
    }

    @Test
    void unMontantAvecUneVirguleEstRejete() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S21.G00.51.013,'4010.00'", "S21.G00.51.013,'4010,00'"));

        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).contains("MONTANT");
    }

    @Test
    void uneNatureDeSignalementEstRefuseeParLeRecouvrement() throws IOException {
        var r = controler(latin1(MENSUELLE).replace("S20.G00.05.001,'01'", "S20.G00.05.001,'04'"));

        assertThat(r.bloquantes()).extracting(ErreurDeDeclaration::regle).contains("NATURE");
    }

    @Test
    void uneDsnGenereeDeDeuxCentsSalariesEstAcceptee() throws IOException {
        var r = controler(dsnGeneree(200, 60));

        assertThat(r.bloquantes()).isEmpty();
        assertThat(r.avertissements()).isEmpty();
        assertThat(r.individus()).isEqualTo(200);
    }
}
