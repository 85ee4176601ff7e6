package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;

/** La simulation d'un lot : plafonds cumulés par bénéficiaire dans l'ordre des dates, doublons, ordre du résultat. */
class SimulationTests {

    static final LiquidationDesSoins LIQUIDATION = LiquidationDesSoins.avec(Referentiels.JEU, Referentiels.NOMENCLATURES);
    static final SituationDuBeneficiaire ADULTE = SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 12, 1));

    static FeuilleSimulee simulee(FeuilleDeSoins feuille) {
        return new FeuilleSimulee(feuille, ADULTE);
    }

    @Test
    void rendLesDecomptesDansLOrdreDuLot() {
        var lot = List.of(simulee(UneFeuille.chezLeGeneraliste().id("B").le("2025-03-20").ligne("G").construite()),
                simulee(UneFeuille.chezLeGeneraliste().id("A").nir("290057505600211").le("2025-01-02").ligne("G").construite()));

        var decomptes = LIQUIDATION.simuler(lot);

        assertThat(decomptes).extracting(Decompte::feuille).containsExactly("B", "A");
    }

    @Test
    void cumuleLePlafondAnnuelDeLaParticipationDansLOrdreDesDatesDeSoins() {
        var lot = new ArrayList<FeuilleSimulee>();
        for (int jour = 26; jour >= 1; jour--) {
            lot.add(simulee(UneFeuille.chezLeGeneraliste().id("J" + jour).le(String.format("2025-01-%02d", jour)).ligne("G").construite()));
        }

        var decomptes = LIQUIDATION.simuler(lot);

        // 25 consultations à 2 € atteignent le plafond de 50 € : la 26e, la plus tardive, est la première du lot.
        assertThat(decomptes.get(0).feuille()).isEqualTo("J26");
        assertThat(decomptes.get(0).participationForfaitaire()).isEqualTo(Montant.ZERO);
        assertThat(decomptes.get(0).montantPaye()).isEqualTo(Montant.euros("21.00"));
        assertThat(decomptes.get(25).participationForfaitaire()).isEqualTo(Montant.euros("2.00"));
        assertThat(decomptes.stream().map(Decompte::participationForfaitaire).reduce(Montant.ZERO, Montant::plus)).isEqualTo(Montant.euros("50.00"));
    }

    @Test
    void repartLePlafondAnnuelParAnneeCivile() {
        var lot = new ArrayList<FeuilleSimulee>();
        for (int jour = 1; jour <= 26; jour++) {
            lot.add(simulee(UneFeuille.chezLeGeneraliste().id("J" + jour).le(String.format("2025-12-%02d", jour)).ligne("G").construite()));
        }
        lot.add(simulee(UneFeuille.chezLeGeneraliste().id("N").le("2026-01-02").ligne("G").construite()));

        var decomptes = LIQUIDATION.simuler(lot);

        assertThat(decomptes.get(25).participationForfaitaire()).isEqualTo(Montant.ZERO);
        assertThat(decomptes.get(26).participationForfaitaire()).isEqualTo(Montant.euros("2.00"));
    }

    @Test
    void appliqueLePlafondJournalierDesParticipationsSurPlusieursFeuillesDuMemeJour() {
        var actes = List.of("CCAM:DEQP003", "CCAM:YYYY010", "CCAM:QZJA002", "CCAM:JKHD001");
        var quantites = List.of(2, 1, 2, 1);
        var lot = new ArrayList<FeuilleSimulee>();
        for (int i = 0; i < actes.size(); i++) {
            lot.add(simulee(UneFeuille.chezLeGeneraliste().id("E" + i).le("2026-02-02").ligne(UneFeuille.ligne(actes.get(i), "1", quantites.get(i), null))
                    .construite()));
        }

        var decomptes = LIQUIDATION.simuler(lot);

        assertThat(decomptes).extracting(Decompte::participationForfaitaire).containsExactly(Montant.euros("4.00"), Montant.euros("2.00"),
                Montant.euros("2.00"), Montant.ZERO);
    }

    @Test
    void rejetteLeMemeSoinPresenteDeuxFoisDansLeLot() {
        var fse = UneFeuille.chezLeGeneraliste().id("FSE").ligne("G").construite();
        var papier = UneFeuille.chezLeGeneraliste().id("PAPIER").recueLe("2025-04-02").ligne("G").construite();

        var decomptes = LIQUIDATION.simuler(List.of(simulee(fse), simulee(papier)));

        assertThat(decomptes.get(0).statut()).isEqualTo(StatutDuDecompte.PAYE);
        assertThat(decomptes.get(1).statut()).isEqualTo(StatutDuDecompte.REJETE);
        assertThat(decomptes.get(1).rejets()).extracting(Rejet::motif).containsExactly(MotifDeRejet.DOUBLON);
    }

    @Test
    void neConsidereCommeDoublonQuUnSoinPaye() {
        var rejetee = UneFeuille.chezLeGeneraliste().id("R").recueLe("2027-06-01").ligne("G").construite();
        var corrigee = UneFeuille.chezLeGeneraliste().id("C").ligne("G").construite();

        var decomptes = LIQUIDATION.simuler(List.of(simulee(rejetee), simulee(corrigee)));

        assertThat(decomptes.get(0).statut()).isEqualTo(StatutDuDecompte.REJETE);
        assertThat(decomptes.get(1).statut()).isEqualTo(StatutDuDecompte.PAYE);
    }

    @Test
    void distingueLesSoinsParQuantiteEtParCoefficient() {
        var un = UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).id("1").ligne("AMI").construite();
        var deux = UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).id("2").ligne(UneFeuille.ligne("AMI", "2", 1, null)).construite();

        var decomptes = LIQUIDATION.simuler(List.of(simulee(un), simulee(deux)));

        assertThat(decomptes).extracting(Decompte::statut).containsOnly(StatutDuDecompte.PAYE);
    }

    @Test
    void recupereSurLeRemboursementSuivantALAssureLaParticipationRetenueEnTiersPayant() {
        var tiersPayant = UneFeuille.chezLeGeneraliste().id("TP").le("2025-03-10").tiersPayant().ligne("G").construite();
        var suivante = UneFeuille.chezLeGeneraliste().id("S").le("2025-03-20").ligne("G").construite();

        var decomptes = LIQUIDATION.simuler(List.of(simulee(suivante), simulee(tiersPayant)));

        assertThat(decomptes.get(1).payeur()).isEqualTo(Payeur.PS);
        assertThat(decomptes.get(1).montantPaye()).isEqualTo(Montant.euros("21.00"));
        assertThat(decomptes.get(1).aRecouvrer()).isEqualTo(Montant.euros("2.00"));
        assertThat(decomptes.get(0).recupere()).isEqualTo(Montant.euros("2.00"));
        assertThat(decomptes.get(0).montantPaye()).isEqualTo(Montant.euros("17.00"));
    }

    @Test
    void cumuleLesFranchisesDeTransportDuJourSurPlusieursFeuilles() {
        var aller = UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).id("ALLER")
                .ligne(UneFeuille.ligne("TRANSPORT:TAXI", "1", 1, "50.00")).construite();
        var retour = UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_AUTRE_MEDECIN).id("RETOUR")
                .ligne(UneFeuille.ligne("TRANSPORT:TAXI", "1", 1, "50.00")).construite();
        var soir = UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).id("SOIR")
                .ligne(UneFeuille.ligne("TRANSPORT:AMBULANCE", "1", 1, "90.00")).construite();

        var decomptes = LIQUIDATION.simuler(List.of(simulee(aller), simulee(retour), simulee(soir)));

        assertThat(decomptes).extracting(Decompte::franchises).containsExactly(Montant.euros("4.00"), Montant.euros("4.00"), Montant.ZERO);
    }
}
