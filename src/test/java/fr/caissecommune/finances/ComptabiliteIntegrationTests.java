package fr.caissecommune.finances;

import static fr.caissecommune.finances.LigneEcriture.credit;
import static fr.caissecommune.finances.LigneEcriture.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "caisse.repertoire-fichiers=" + BaseFinances.REPERTOIRE)
class ComptabiliteIntegrationTests extends BaseFinances {

    static final LocalDate LE_31_JANVIER = LocalDate.of(2025, 1, 31);
    static final LocalDate LE_5_FEVRIER = LocalDate.of(2025, 2, 5);

    @Autowired
    Comptabilite comptabilite;

    @Test
    void chaqueCompteDuPlanComptableJavaExisteEnBase() throws Exception {
        var numeros = Arrays.stream(PlanComptable.class.getFields())
                .filter(champ -> Modifier.isStatic(champ.getModifiers()) && champ.getType() == String.class)
                .map(champ -> {
                    try {
                        return (String) champ.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        var enBase = jdbc.sql("select numero from finances.compte").query(String.class).list();

        assertThat(numeros).hasSizeGreaterThan(30).doesNotHaveDuplicates();
        assertThat(enBase).containsAll(numeros);
    }

    @Test
    void passeUneEcritureEtLaRetrouveDansLaBalance() {
        comptabilite.passer(paie(LE_31_JANVIER, "1000.00", "300.00"));

        var balance = comptabilite.balance();

        assertThat(balance.comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::debit, SoldeDeCompte::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4041", Montant.ZERO, Montant.euros("1300.00")),
                org.assertj.core.groups.Tuple.tuple("65611", Montant.euros("1000.00"), Montant.ZERO),
                org.assertj.core.groups.Tuple.tuple("65612", Montant.euros("300.00"), Montant.ZERO));
        assertThat(balance.comptes().getFirst().libelle()).isEqualTo("Allocataires - prestations à payer");
        assertThat(balance.totalDebit()).isEqualTo(Montant.euros("1300.00")).isEqualTo(balance.totalCredit());
        assertThat(balance.sommeDesSoldes().estNul()).isTrue();
    }

    @Test
    void refuseUneEcritureSurUnCompteInconnuEtNEcritRien() {
        var ecriture = new Ecriture(Journal.OPERATIONS_DIVERSES, LE_31_JANVIER, "Essai", "OD-1",
                List.of(debit("999999", Montant.euros("10.00")), credit("65611", Montant.euros("10.00"))));

        assertThatIllegalArgumentException().isThrownBy(() -> comptabilite.passer(ecriture))
                .withMessage("Écriture « Essai » : compte(s) 999999 absent(s) du plan de comptes");
        assertThat(comptabilite.balance().comptes()).isEmpty();
    }

    @Test
    void laBalanceAUneDateIgnoreLesEcrituresPosterieures() {
        comptabilite.passer(paie(LE_31_JANVIER, "1000.00", "300.00"));
        comptabilite.passer(paie(LE_5_FEVRIER.plusDays(23), "10.00", "20.00"));

        assertThat(comptabilite.balance(LE_5_FEVRIER).totalDebit()).isEqualTo(Montant.euros("1300.00"));
        assertThat(comptabilite.balance(LE_5_FEVRIER).au()).isEqualTo(LE_5_FEVRIER);
        assertThat(comptabilite.balance().totalDebit()).isEqualTo(Montant.euros("1330.00"));
    }

    @Test
    void leGrandLivreDonneLeSoldeInitialLesMouvementsDeLaPeriodeEtLeSoldeFinal() {
        comptabilite.passer(paie(LE_31_JANVIER, "1000.00", "300.00"));
        comptabilite.passer(new Ecriture(Journal.PAIEMENTS, LE_5_FEVRIER, "Virements", "VIR-1", List.of(
                debit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.euros("1300.00")),
                credit(PlanComptable.BANQUE_PAIEMENTS, Montant.euros("1300.00")))));
        comptabilite.passer(paie(LocalDate.of(2025, 2, 28), "50.00", "0.01"));

        var grandLivre = comptabilite.grandLivre(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Periode.du(YearMonth.of(2025, 2)));

        assertThat(grandLivre.libelle()).isEqualTo("Allocataires - prestations à payer");
        assertThat(grandLivre.soldeInitial()).isEqualTo(Montant.euros("-1300.00"));
        assertThat(grandLivre.mouvements()).extracting(MouvementDeCompte::piece, MouvementDeCompte::debit, MouvementDeCompte::credit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VIR-1", Montant.euros("1300.00"), Montant.ZERO),
                        org.assertj.core.groups.Tuple.tuple("PAIE", Montant.ZERO, Montant.euros("50.01")));
        assertThat(grandLivre.soldeFinal()).isEqualTo(Montant.euros("-50.01"));
    }

    @Test
    void refuseLeGrandLivreDUnCompteInconnu() {
        assertThatIllegalArgumentException().isThrownBy(() -> comptabilite.grandLivre("4", Periode.du(YearMonth.of(2025, 2))))
                .withMessage("Compte inconnu : « 4 » n'existe pas au plan de comptes");
    }

    static Ecriture paie(LocalDate date, String af, String cf) {
        var total = Montant.euros(af).plus(Montant.euros(cf));
        return new Ecriture(Journal.PRESTATIONS, date, "Liquidation de la paie", "PAIE", List.of(
                debit(PlanComptable.ALLOCATIONS_FAMILIALES, Montant.euros(af)),
                debit(PlanComptable.COMPLEMENT_FAMILIAL, Montant.euros(cf)),
                credit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, total)));
    }
}
