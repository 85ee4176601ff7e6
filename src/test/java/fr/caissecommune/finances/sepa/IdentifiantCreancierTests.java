package fr.caissecommune.finances.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IdentifiantCreancierTests {

    @Test
    void accepteLICSFictifDesExemplesEtLeCreancierDeTestDeLaBundesbank() {
        assertThat(IdentifiantCreancier.of("FR72ZZZ123456").valeur()).isEqualTo("FR72ZZZ123456");
        assertThat(IdentifiantCreancier.of("de98 zzz 09999999999").valeur()).isEqualTo("DE98ZZZ09999999999");
    }

    @Test
    void calculeLaCleSurLIdentifiantNationalEtLePaysSansLeCodeActivite() {
        assertThat(IdentifiantCreancier.cle("FR", "123456")).isEqualTo("72");
        assertThat(IdentifiantCreancier.of("FR72ABC123456").valeur()).as("le code activité n'entre pas dans la clé").isEqualTo("FR72ABC123456");
    }

    @Test
    void refuseUnICSDontLaCleEstFausse() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdentifiantCreancier.of("FR73ZZZ123456"))
                .withMessage("ICS invalide : la clé de contrôle de « FR73ZZZ123456 » devrait être 72");
    }

    @Test
    void refuseUnICSMalForme() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdentifiantCreancier.of("FR72ZZZ12345"))
                .withMessageContaining("13 caractères");
        assertThatIllegalArgumentException().isThrownBy(() -> IdentifiantCreancier.of("72FRZZZ123456"))
                .withMessageContaining("pays, clé, code activité, identifiant national");
    }
}
