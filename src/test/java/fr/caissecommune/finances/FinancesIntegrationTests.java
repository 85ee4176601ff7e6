package fr.caissecommune.finances;

import static fr.caissecommune.finances.LigneEcriture.credit;
import static fr.caissecommune.finances.LigneEcriture.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Une paie mensuelle complète, vue du module finances : liquidation par le module métier, retenue d'un indu,
 * ordonnancement, validation par l'agent comptable, remise de dette ; puis les commandes en ligne.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "caisse.repertoire-fichiers=" + BaseFinances.REPERTOIRE)
class FinancesIntegrationTests extends BaseFinances {

    static final LocalDate LE_5_MARS = LocalDate.of(2025, 3, 5);
    static final Iban IBAN = Iban.of("FR7699997002021234567890128");

    @Autowired
    Comptabilite comptabilite;

    @Autowired
    Paiements paiements;

    @Autowired
    Creances creances;

    @Autowired
    ApplicationContext contexte;

    @Test
    void laBalanceResteEquilibreeApresPaiementsRetenuesEtRemises() {
        var indu = creances.constater(new NouvelleCreance("foyer:0", "famille:regularisation", "INDU-0", NatureDeCreance.INDU_PRESTATION,
                Montant.euros("250.00"), "Indu d'AF de décembre", PlanComptable.ALLOCATIONS_FAMILIALES, LocalDate.of(2025, 1, 20)));
        payerLaPaieDeMars(100);
        creances.remettre(indu, Montant.euros("100.00"), "Précarité", "CRA du 12/03/2025");

        var balance = comptabilite.balance();

        assertThat(balance.sommeDesSoldes()).isEqualTo(Montant.ZERO);
        assertThat(balance.totalDebit()).isEqualTo(balance.totalCredit());
        assertThat(balance.comptes()).extracting(SoldeDeCompte::compte, SoldeDeCompte::solde).containsExactly(
                tuple(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.ZERO),
                tuple(PlanComptable.ALLOCATAIRES_DEBITEURS, Montant.euros("120.00")),
                tuple(PlanComptable.BANQUE_PAIEMENTS, Montant.euros("-14520.00")),
                tuple(PlanComptable.ALLOCATIONS_FAMILIALES, Montant.euros("14300.00")),
                tuple(PlanComptable.REMISES_INDUS, Montant.euros("100.00")));
        assertThat(creances.resteDu("foyer:0")).isEqualTo(Montant.euros("120.00"));
    }

    @Test
    void laCommandeVirementsListeValideEtDonneLeFichier() {
        paiements.ordonnancer(List.of(ordre(1, "148.52"), ordre(2, "1000.00")));

        var attente = executer("virements");
        var validation = executer("virements", "--valider", "--date", "2025-03-05", "--comptable", "Agnès Comptable");
        var vide = executer("virements", "--valider", "--date", "2025-03-05", "--comptable", "Agnès Comptable");

        assertThat(attente).isEqualTo("Exécution le 05/03/2025 : 2 paiement(s), 1\u202f148,52 €\n");
        var fichier = paiements.fichiers().getFirst();
        assertThat(validation).isEqualTo("""
                Fichier de virements validé par Agnès Comptable : %s
                Message : %s (pain.001.001.09)
                Virements : 2
                Total : 1\u202f148,52 €
                Empreinte SHA-256 : %s
                """.formatted(fichier.chemin(), fichier.msgId(), fichier.sha256()));
        assertThat(vide).isEqualTo("Aucun paiement en attente jusqu'au 05/03/2025 : aucun fichier produit.\n");
    }

    @Test
    void laCommandeBalanceAfficheLesComptesEtLEquilibre() {
        comptabilite.passer(new Ecriture(Journal.PRESTATIONS, LE_5_MARS, "Paie de mars", "PAIE-2025-03", List.of(
                debit(PlanComptable.ALLOCATIONS_FAMILIALES, Montant.euros("1234.56")),
                credit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, Montant.euros("1234.56")))));

        var sortie = executer("balance", "--au", "2025-03-31");

        assertThat(sortie.lines().toList()).hasSize(6);
        assertThat(sortie).startsWith("Balance générale au 31/03/2025\n")
                .contains("4041    Allocataires - prestations à payer", "65611   Prestations familiales - allocations familiales (AF)",
                        "1\u202f234,56 €", "-1\u202f234,56 €")
                .endsWith("2 compte(s) mouvementé(s), balance équilibrée.\n");
    }

    /**
     * 100 foyers à 145,50 € d'AF (14 550 €) ; le foyer 0 doit 250 € d'indu (constaté en réduction de la charge d'AF),
     * sur lequel 30 € sont retenus : 14 520 € sont virés, 4041 est soldé, 4091 garde 250 − 30 − 100 (remise) = 120 €.
     */
    private void payerLaPaieDeMars(int foyers) {
        var af = Montant.euros("145.50");
        comptabilite.passer(new Ecriture(Journal.PRESTATIONS, LE_5_MARS, "Liquidation des AF de mars", "PAIE-2025-03", List.of(
                debit(PlanComptable.ALLOCATIONS_FAMILIALES, af.fois(foyers)),
                credit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, af.fois(foyers)))));
        var aRetenir = creances.tiersAvecCreancesOuvertes(IntStream.range(0, foyers).mapToObj(i -> "foyer:" + i).toList());
        var ordres = new ArrayList<OrdreDePaiement>();
        for (int i = 0; i < foyers; i++) {
            var tiers = "foyer:" + i;
            var retenue = aRetenir.contains(tiers) ? creances.retenir(tiers, Montant.euros("30.00"), LE_5_MARS, "AF-2025-03-" + i) : Montant.ZERO;
            ordres.add(new OrdreDePaiement("famille:paie-2025-03", "AF-2025-03-" + i, tiers, "Allocataire " + i, IBAN, null, af.moins(retenue),
                    LE_5_MARS, "Allocations familiales mars 2025", PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER));
        }
        paiements.ordonnancer(ordres);
        paiements.validerEtTransmettre(LE_5_MARS, "Agnès Comptable").orElseThrow();
    }

    private static OrdreDePaiement ordre(int foyer, String montant) {
        return new OrdreDePaiement("famille:paie-2025-03", "AF-2025-03-" + foyer, "foyer:" + foyer, "Allocataire " + foyer, IBAN, null,
                Montant.euros(montant), LE_5_MARS, "Allocations familiales mars 2025", PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER);
    }

    private String executer(String commande, String... arguments) {
        var bean = contexte.getBeansWithAnnotation(Command.class).values().stream()
                .filter(b -> org.springframework.aop.support.AopUtils.getTargetClass(b).getAnnotation(Command.class).name().equals(commande))
                .findFirst().orElseThrow();
        var sortie = new StringWriter();
        var ligne = new CommandLine(bean);
        ligne.setOut(new PrintWriter(sortie));
        assertThat(ligne.execute(arguments)).as(sortie.toString()).isZero();
        return sortie.toString();
    }
}
