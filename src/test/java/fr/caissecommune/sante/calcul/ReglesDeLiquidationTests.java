package fr.caissecommune.sante.calcul;

import static fr.caissecommune.sante.UneFeuille.ligne;
import static fr.caissecommune.sante.calcul.LiquidationTests.ADULTE;
import static fr.caissecommune.sante.calcul.LiquidationTests.avec;
import static fr.caissecommune.sante.calcul.LiquidationTests.euros;
import static fr.caissecommune.sante.calcul.LiquidationTests.liquider;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.sante.Ald;
import fr.caissecommune.sante.Cumuls;
import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleSimulee;
import fr.caissecommune.sante.Grossesse;
import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.Payeur;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Referentiels;
import fr.caissecommune.sante.Secteur;
import fr.caissecommune.sante.UneFeuille;

/**
 * Des cas de notre main pour chaque règle de la liquidation, en complément des décomptes types de la fiche :
 * chaque montant attendu est calculé à la main à partir des paramètres datés et des tarifs livrés.
 */
class ReglesDeLiquidationTests {

    static final String BOITE_A_65 = "CIP:3400935955838"; // 2,18 € honoraire compris
    static final String BOITE_A_15 = "CIP:3400930116791"; // 9,27 €
    static final String BOITE_A_30 = "CIP:3400933783310"; // 4,19 €

    static UneFeuille aLaPharmacie() {
        return UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03");
    }

    @Test
    void appliqueLeDroitCommunAuxSoinsSansRapportAvecLAld() {
        var ald = new Ald("diabète", Periode.depuis(LocalDate.of(2020, 1, 1)), Set.of("CIP:3400930116791"));

        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), avec(List.of(), List.of(), List.of(ald), List.of(), null));

        assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(70);
        assertThat(d.participationForfaitaire()).isEqualTo(euros("2.00"));
        assertThat(d.montantPaye()).isEqualTo(euros("19.00"));
    }

    @Test
    void neCouvrePasParLAldLesSoinsAnterieursASaReconnaissance() {
        var ald = new Ald("cancer", Periode.depuis(LocalDate.of(2025, 6, 1)), Set.of());

        var d = liquider(UneFeuille.chezLeGeneraliste().le("2025-03-12").ligne(UneFeuille.ligneAld("G")).construite(),
                avec(List.of(), List.of(), List.of(ald), List.of(), null));

        assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(70);
    }

    @Test
    void rembourseLesMedicamentsA15Et30PourCentSelonLeurClasse() {
        var d = liquider(aLaPharmacie().ligne(BOITE_A_15).ligne(BOITE_A_30).construite(), ADULTE);

        assertThat(d.lignes()).extracting(l -> l.tauxEnPourcentage()).containsExactly(15, 30);
        // 9,27 × 15 % = 1,39 ; 4,19 × 30 % = 1,26 ; deux franchises d'un euro.
        assertThat(d.lignes()).extracting(l -> l.rembourse()).containsExactly(euros("1.39"), euros("1.26"));
        assertThat(d.franchises()).isEqualTo(euros("2.00"));
        assertThat(d.montantPaye()).isEqualTo(euros("0.65"));
    }

    @Test
    void rembourseLesFraisDeSejourA80PourCentSansParticipationNiFranchise() {
        var d = liquider(UneFeuille.chez(Profession.ETABLISSEMENT, UneFeuille.RPPS_AUXILIAIRE).tiersPayant()
                .ligne(ligne("HOSPITALISATION:SEJOUR", "1", 1, "1000.00")).construite(), ADULTE);

        assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(80);
        assertThat(d.montantRembourse()).isEqualTo(euros("800.00"));
        assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
        assertThat(d.franchises()).isEqualTo(Montant.ZERO);
        assertThat(d.montantPaye()).isEqualTo(euros("800.00"));
    }

    @Test
    void rembourseLaSageFemmeA70PourCentSansParticipationForfaitaire() {
        var d = liquider(UneFeuille.chez(Profession.SAGE_FEMME, UneFeuille.RPPS_AUXILIAIRE).ligne(ligne("SF", "10", 1, null)).construite(), ADULTE);

        // SF 3,20 € × 10 = 32,00 € à 70 % = 22,40 €.
        assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("22.40"));
        assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
        assertThat(d.franchises()).isEqualTo(Montant.ZERO);
        assertThat(d.montantPaye()).isEqualTo(euros("22.40"));
    }

    @Test
    void neRetientNiTicketModerateurNiFranchiseSurLesMedicamentsDUnBeneficiaireDeLaC2s() {
        var c2s = List.of(Periode.depuis(LocalDate.of(2026, 1, 1)));

        var d = liquider(aLaPharmacie().tiersPayant().ligne(BOITE_A_65).construite(), avec(c2s, List.of(), List.of(), List.of(), null));

        assertThat(d.montantPaye()).isEqualTo(euros("2.18"));
        assertThat(d.franchises()).isEqualTo(Montant.ZERO);
        assertThat(d.aRecouvrer()).isEqualTo(Montant.ZERO);
    }

    @Test
    void neRetientPasDeFranchiseDeTransportPourUnBeneficiaireDeLAme() {
        var ame = List.of(Periode.depuis(LocalDate.of(2024, 1, 1)));
        var situation = new fr.caissecommune.sante.SituationDuBeneficiaire(ADULTE.dateDeNaissance(), List.of(), List.of(), ame, List.of(),
                List.of(), null);

        var d = liquider(UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).ligne(ligne("TRANSPORT:TAXI", "1", 2, "80.00"))
                .construite(), situation);

        assertThat(d.montantRembourse()).isEqualTo(euros("80.00"));
        assertThat(d.franchises()).isEqualTo(Montant.ZERO);
    }

    @Test
    void neRetientPasDeFranchiseSurLesMedicamentsDesLeSixiemeMoisDeGrossesseEtJusquAuDouziemeJourApresLAccouchement() {
        var grossesse = new Grossesse(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 25));
        var enceinte = avec(List.of(), List.of(), List.of(), List.of(grossesse), null);

        var douzieme = liquider(aLaPharmacie().le("2026-08-06").ligne(BOITE_A_65).construite(), enceinte);
        var treizieme = liquider(aLaPharmacie().le("2026-08-07").ligne(BOITE_A_65).construite(), enceinte);

        assertThat(douzieme.franchises()).isEqualTo(Montant.ZERO);
        assertThat(douzieme.montantPaye()).isEqualTo(euros("2.18"));
        assertThat(treizieme.franchises()).isEqualTo(euros("1.00"));
    }

    @Test
    void reporteLaFranchiseDuTiersPayantEnPharmacieSurUnProchainRemboursement() {
        var d = liquider(aLaPharmacie().tiersPayant().ligne(BOITE_A_65).construite(), ADULTE);

        assertThat(d.payeur()).isEqualTo(Payeur.PS);
        assertThat(d.montantPaye()).isEqualTo(euros("1.42"));
        assertThat(d.aRecouvrer()).isEqualTo(euros("1.00"));
    }

    @Test
    void neRecupereQueCeQueLeRemboursementALAssurePermet() {
        var cumuls = new Cumuls(euros("2.00"), Montant.ZERO, 0, Montant.ZERO, Montant.ZERO, euros("30.00"));

        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), ADULTE, cumuls);

        assertThat(d.recupere()).isEqualTo(euros("19.00"));
        assertThat(d.montantPaye()).isEqualTo(Montant.ZERO);
    }

    @Test
    void neRembourseJamaisLeDepassementDUnActeCcamHorsSecteur1() {
        var tarif = liquider(UneFeuille.chezLeGeneraliste().secteur(Secteur.SECTEUR_2).le("2026-02-02").ligne("CCAM:DEQP003").construite(), ADULTE);
        var base = tarif.lignes().get(0).base();

        var d = liquider(UneFeuille.chezLeGeneraliste().secteur(Secteur.SECTEUR_2).le("2026-02-02")
                .ligne(ligne("CCAM:DEQP003", "1", 1, base.plus(euros("40.00")).valeur().toPlainString())).construite(), ADULTE);

        assertThat(d.lignes().get(0).base()).isEqualTo(base);
        assertThat(d.lignes().get(0).depassement()).isEqualTo(euros("40.00"));
        assertThat(d.montantRembourse()).isEqualTo(tarif.montantRembourse());
    }

    @Test
    void compteLesQuatreParticipationsDuJourParProfessionnel() {
        var liquidation = LiquidationDesSoins.avec(Referentiels.JEU, Referentiels.NOMENCLATURES);
        var chezLeGeneraliste = UneFeuille.chezLeGeneraliste().id("A").le("2026-02-02").ligne(ligne("CCAM:DEQP003", "1", 3, null)).construite();
        var encoreChezLui = UneFeuille.chezLeGeneraliste().id("B").le("2026-02-02").ligne(ligne("CCAM:DEQP003", "1", 2, null)).construite();
        var chezUnAutre = UneFeuille.chez(Profession.MEDECIN_SPECIALISTE, UneFeuille.RPPS_AUTRE_MEDECIN).id("C").le("2026-02-02")
                .ligne(ligne("CCAM:DEQP003", "1", 2, null)).construite();

        var decomptes = liquidation.simuler(List.of(new FeuilleSimulee(chezLeGeneraliste, ADULTE), new FeuilleSimulee(encoreChezLui, ADULTE),
                new FeuilleSimulee(chezUnAutre, ADULTE)));

        assertThat(decomptes).extracting(Decompte::participationForfaitaire).containsExactly(euros("6.00"), euros("2.00"), euros("4.00"));
    }
}
