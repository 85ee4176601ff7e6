package fr.caissecommune.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IdentifiantsTests {

    @Test
    void accepteUnNirDontLaCleEstJuste() {
        var nir = Nir.of("1 84 12 76 451 089 46");
        assertThat(nir.valeur()).isEqualTo("184127645108946");
        assertThat(nir.formate()).isEqualTo("1 84 12 76 451 089 46");
        assertThat(nir.sansCle()).isEqualTo("1841276451089");
    }

    @Test
    void rejetteUnNirDontLaCleEstFausseEnDonnantLaCleAttendue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nir.of("184127645108947"))
                .withMessage("NIR invalide : clé 46 attendue, 47 reçue");
    }

    @Test
    void calculeLaCleDUnNirCorseAvec2Aet2B() {
        // 2A est remplacé par 19, 2B par 18 avant le calcul (97 − NIR mod 97).
        assertThat(Nir.cle("185102A012345")).isEqualTo(97 - (int) (1851019012345L % 97));
        assertThat(Nir.cle("185102B012345")).isEqualTo(97 - (int) (1851018012345L % 97));
        var nir = "185102A012345" + String.format("%02d", Nir.cle("185102A012345"));
        assertThat(Nir.of(nir).valeur()).isEqualTo(nir);
    }

    @Test
    void rejetteUnNirDeLongueurOuDeFormeIncorrecte() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nir.of("18412764510894")).withMessageContaining("15 caractères attendus");
        assertThatIllegalArgumentException().isThrownBy(() -> Nir.of("584127645108946")).withMessageContaining("ne respecte pas la forme");
    }

    @Test
    void controleLeSiretParLaFormuleDeLuhn() {
        assertThat(Siret.of("732 829 320 00074").siren().valeur()).isEqualTo("732829320");
        assertThatIllegalArgumentException().isThrownBy(() -> Siret.of("73282932000075")).withMessageContaining("formule de Luhn");
        assertThatIllegalArgumentException().isThrownBy(() -> Siren.of("732829321")).withMessageContaining("clé de Luhn");
    }

    @Test
    void appliqueLExceptionDeLaPostePourLesEtablissementsHorsSiege() {
        // La Poste : somme des chiffres multiple de 5 (35600000000048, le siège, suit Luhn).
        assertThat(Siret.of("35600000000048").nic()).isEqualTo("00048");
        assertThat(Siret.of("35600000049837").valeur()).isEqualTo("35600000049837");
        assertThatIllegalArgumentException().isThrownBy(() -> Siret.of("35600000049838")).withMessageContaining("La Poste");
    }

    @Test
    void controleLeRppsParLaFormuleDeLuhn() {
        assertThat(Rpps.of(Luhn.completer("1000012345")).valeur()).hasSize(11);
        assertThatIllegalArgumentException().isThrownBy(() -> Rpps.of("10000123450")).isNotNull();
    }

    @Test
    void controleLIbanEtLeBicAvecIban4j() {
        var iban = Iban.of("FR14 2004 1010 0505 0001 3M02 606");
        assertThat(iban.pays()).isEqualTo("FR");
        assertThat(iban.masque()).isEqualTo("FR14 **** **** 2606");
        assertThatIllegalArgumentException().isThrownBy(() -> Iban.of("FR1420041010050500013M02607"))
                .withMessageContaining("clé de contrôle");
        assertThat(Bic.of("PSSTFRPPMON").valeur()).isEqualTo("PSSTFRPPMON");
        assertThatIllegalArgumentException().isThrownBy(() -> Bic.of("PSST")).withMessageContaining("8 ou 11 caractères");
    }

    @Test
    void valideLaFormeDuCodeCommune() {
        assertThat(CodeCommune.of("48095").departement()).isEqualTo("48");
        assertThat(CodeCommune.of("2A004").departement()).isEqualTo("2A");
        assertThat(CodeCommune.of("97411").departement()).isEqualTo("974");
        assertThatIllegalArgumentException().isThrownBy(() -> CodeCommune.of("4809")).withMessageContaining("5 caractères INSEE");
    }
}
