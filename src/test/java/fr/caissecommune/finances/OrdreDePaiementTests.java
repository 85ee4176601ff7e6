package fr.caissecommune.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;

class OrdreDePaiementTests {

    static final Iban IBAN = Iban.of("FR7699997002021234567890128");

    @Test
    void accepteUnOrdreConformeEtRameneLeMontantAuCentime() {
        var ordre = ordre("AF-2025-01-000123", Montant.euros("148"), "Allocations familiales janvier 2025");
        assertThat(ordre.montant().valeur()).hasToString("148.00");
    }

    @Test
    void refuseUneReferenceHorsDuJeuEpcOuTropLongue() {
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("AF 2025", Montant.euros("1"), "AF"))
                .withMessageStartingWith("Ordre de paiement invalide : la référence « AF 2025 » ne doit contenir que lettres, chiffres");
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("A".repeat(36), Montant.euros("1"), "AF"))
                .withMessage("Ordre de paiement invalide : référence « " + "A".repeat(36) + " » dépasse 35 caractères");
    }

    @Test
    void refuseUnMontantNulNegatifOuAuDelaDuMaximumSepa() {
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("R1", Montant.ZERO, "AF"))
                .withMessage("Ordre de paiement R1 invalide : montant doit être positif (0.00 reçu)");
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("R1", Montant.euros("-5"), "AF"))
                .withMessageContaining("montant doit être positif");
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("R1", Montant.euros("1000000000.00"), "AF"))
                .withMessageContaining("dépasse le maximum SEPA");
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("R1", Montant.euros("1.001"), "AF"))
                .withMessage("Ordre de paiement R1 invalide : montant 1.001 a plus de deux décimales");
    }

    @Test
    void refuseUnLibelleDePlusDe140Caracteres() {
        assertThatIllegalArgumentException().isThrownBy(() -> ordre("R1", Montant.euros("1"), "x".repeat(141)))
                .withMessageStartingWith("Ordre de paiement invalide : libellé « xxx").withMessageEndingWith("» dépasse 140 caractères");
    }

    @Test
    void refuseUnChampObligatoireVide() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrdreDePaiement("famille", "R1", " ", "Paul Martin", IBAN, null,
                Montant.euros("1"), LocalDate.of(2025, 2, 5), "AF", PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER))
                .withMessage("Ordre de paiement invalide : tiers absent");
    }

    static OrdreDePaiement ordre(String reference, Montant montant, String libelle) {
        return new OrdreDePaiement("famille:paie-2025-01", reference, "foyer:1", "Paul Martin", IBAN, Bic.of("TESTFRPPXXX"), montant,
                LocalDate.of(2025, 2, 5), libelle, PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER);
    }
}
