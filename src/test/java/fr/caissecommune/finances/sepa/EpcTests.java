package fr.caissecommune.finances.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpcTests {

    @Test
    void reduitLesLettresAccentueesALeurLettreDeBase() {
        assertThat(Epc.translitterer("Hélène Çelik-Müller, à Besançon", 140)).isEqualTo("Helene Celik-Muller, a Besancon");
    }

    @Test
    void developpeLesLigaturesEtConvertitLesSignesCourants() {
        assertThat(Epc.translitterer("Zoé Lefèvre-Nœl & Æsa Straße", 140)).isEqualTo("Zoe Lefevre-Noel + AEsa Strasse");
        assertThat(Epc.translitterer("L’Haÿ-les-Roses — « bis »", 140)).isEqualTo("L'Hay-les-Roses - ' bis '");
    }

    @Test
    void remplaceParUnPointCeQuiNaPasDEquivalent() {
        assertThat(Epc.translitterer("AF n°12 @caf #3 ½", 140)).isEqualTo("AF n.12 .caf .3 .");
    }

    @Test
    void normaliseLesEspacesEtTronqueALaLongueurMaximale() {
        assertThat(Epc.translitterer("  Jean\u00a0\u202fDUPONT\tfils  ", 140)).isEqualTo("Jean DUPONT fils");
        assertThat(Epc.translitterer("Éloïse ".repeat(20), 70)).hasSizeLessThanOrEqualTo(70).startsWith("Eloise Eloise").doesNotEndWith(" ");
    }

    @Test
    void neLaissePasserQueLeJeuDeCaracteresEpc() {
        var resultat = Epc.translitterer("Ωmega ĳssel ∑ 東京 ø Ł ñ ü «»", 140);
        assertThat(resultat.chars()).allMatch(Epc::estAutorise);
    }

    @Test
    void accepteLesReferencesConformesEtRefuseLesAutres() {
        assertThat(Epc.estUneReference("PRE-2025-01-0000001")).isTrue();
        assertThat(Epc.estUneReference("AF/2025/01:(A+B).x,'y'?")).isTrue();
        assertThat(Epc.estUneReference("A".repeat(35))).isTrue();
        assertThat(Epc.estUneReference("A".repeat(36))).as("plus de 35 caractères").isFalse();
        assertThat(Epc.estUneReference("")).isFalse();
        assertThat(Epc.estUneReference("AF 2025")).as("espace").isFalse();
        assertThat(Epc.estUneReference("AF_2025")).as("souligné").isFalse();
        assertThat(Epc.estUneReference("Paie-é")).as("accent").isFalse();
        assertThat(Epc.estUneReference("/AF")).as("« / » en tête").isFalse();
        assertThat(Epc.estUneReference("AF/")).as("« / » en fin").isFalse();
        assertThat(Epc.estUneReference("AF//1")).as("« // »").isFalse();
    }
}
