package fr.caissecommune.finances;

import static fr.caissecommune.finances.LigneEcriture.credit;
import static fr.caissecommune.finances.LigneEcriture.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;

class EcritureTests {

    static final LocalDate LE_5 = LocalDate.of(2025, 2, 5);

    @Test
    void accepteUneEcritureEquilibreeSurPlusieursLignes() {
        var ecriture = new Ecriture(Journal.PRESTATIONS, LE_5, "Paie de janvier", "PAIE-2025-01", List.of(
                debit(PlanComptable.ALLOCATIONS_FAMILIALES, Montant.euros("1000.00")),
                debit(PlanComptable.COMPLEMENT_FAMILIAL, Montant.euros("300.50")),
                credit(PlanComptable.CADES_CRDS_A_REVERSER, Montant.euros("6.50")),
                credit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.euros("1294.00"))));

        assertThat(ecriture.total()).isEqualTo(Montant.euros("1300.50"));
    }

    @Test
    void refuseUneEcritureDesequilibree() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ecriture(Journal.PRESTATIONS, LE_5, "Paie de janvier", "PAIE-2025-01",
                List.of(debit("65611", Montant.euros("100.00")), credit("4041", Montant.euros("90.00")))))
                .withMessage("Écriture « Paie de janvier » déséquilibrée : débits 100,00 €, crédits 90,00 € "
                        + "(la somme des débits doit égaler celle des crédits)");
    }

    @Test
    void refuseUneEcritureDUneSeuleLigne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ecriture(Journal.OPERATIONS_DIVERSES, LE_5, "Seule", "P1",
                List.of(debit("5121", Montant.euros("1.00"))))).withMessageContaining("il faut au moins deux lignes");
    }

    @Test
    void refuseUneLigneAuDebitEtAuCredit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LigneEcriture("5121", Montant.euros("10.00"), Montant.euros("10.00"), null))
                .withMessage("Ligne d'écriture invalide sur le compte 5121 : une ligne est au débit ou au crédit, pas les deux "
                        + "(débit 10.00, crédit 10.00)");
    }

    @Test
    void refuseUnMontantNegatifNulOuAuDelaDuCentime() {
        assertThatIllegalArgumentException().isThrownBy(() -> debit("5121", Montant.euros("-10.00")))
                .withMessage("Ligne d'écriture invalide sur le compte 5121 : montant négatif (débit -10.00, crédit 0.00)");
        assertThatIllegalArgumentException().isThrownBy(() -> credit("5121", Montant.ZERO))
                .withMessage("Ligne d'écriture invalide sur le compte 5121 : montant nul");
        assertThatIllegalArgumentException().isThrownBy(() -> debit("5121", Montant.euros("10.005")))
                .withMessage("Ligne d'écriture invalide : débit 10.005 a plus de deux décimales");
    }

    @Test
    void rameneLesMontantsADeuxDecimales() {
        assertThat(debit("5121", Montant.euros("10")).debit().valeur()).hasToString("10.00");
    }
}
