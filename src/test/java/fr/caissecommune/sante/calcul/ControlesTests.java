package fr.caissecommune.sante.calcul;

import static fr.caissecommune.sante.Referentiels.NOMENCLATURES;
import static fr.caissecommune.sante.Referentiels.PARAMETRES;
import static fr.caissecommune.sante.UneFeuille.ligne;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.sante.CleDeSoin;
import fr.caissecommune.sante.Cumuls;
import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.MotifDeRejet;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Referentiels;
import fr.caissecommune.sante.Rejet;
import fr.caissecommune.sante.SituationDuBeneficiaire;
import fr.caissecommune.sante.SoinsLiquides;
import fr.caissecommune.sante.StatutDuDecompte;
import fr.caissecommune.sante.UneFeuille;

/** Les contrôles de la liquidation : chaque anomalie rejette la feuille avec son code et un libellé qui la situe. */
class ControlesTests {

    static final SituationDuBeneficiaire ADULTE = LiquidationTests.ADULTE;

    static Decompte liquider(FeuilleDeSoins feuille, SituationDuBeneficiaire situation) {
        return Liquidation.liquider(feuille, situation, Cumuls.AUCUN, SoinsLiquides.AUCUN, PARAMETRES, NOMENCLATURES);
    }

    static List<MotifDeRejet> motifs(Decompte d) {
        return d.rejets().stream().map(Rejet::motif).toList();
    }

    @Test
    void rejetteUnBeneficiaireInconnu() {
        var d = Liquidation.liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), null, Cumuls.AUCUN, SoinsLiquides.AUCUN, PARAMETRES,
                NOMENCLATURES);

        assertThat(d.statut()).isEqualTo(StatutDuDecompte.REJETE);
        assertThat(motifs(d)).containsExactly(MotifDeRejet.BENEFICIAIRE_INCONNU);
        assertThat(d.rejets().get(0).libelle()).isEqualTo("Bénéficiaire inconnu de la caisse : NIR 1 84 12 76 451 089 46");
        assertThat(d.montantPaye()).isEqualTo(Montant.ZERO);
        assertThat(d.lignes()).isEmpty();
    }

    @Test
    void rejetteDesSoinsRecusHorsDesPeriodesDeDroits() {
        var droitsClos = new SituationDuBeneficiaire(ADULTE.dateDeNaissance(),
                List.of(Periode.entre(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))), List.of(), List.of(), List.of(), List.of(), null);

        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), droitsClos);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.DROITS_FERMES);
        assertThat(d.rejets().get(0).libelle()).isEqualTo("Aucun droit à l'assurance maladie ouvert à la date des soins : soins du 12/03/2025");
    }

    @Test
    void rejetteUneLettreCleAbsenteDeLaNgap() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("ZZZ").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.CODE_INCONNU);
        assertThat(d.rejets().get(0).libelle()).endsWith("ligne 1 (ZZZ) : lettre clé ZZZ absente de la NGAP");
    }

    @Test
    void rejetteUnActeAbsentDeLaCcam() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").ligne("CCAM:ZZZZ999").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.CODE_INCONNU);
        assertThat(d.rejets().get(0).precision()).isEqualTo("ligne 2 (CCAM:ZZZZ999) : acte absent de la CCAM version 81");
    }

    @Test
    void rejetteUnMedicamentAbsentDeLaBdpm() {
        var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).ligne("CIP:3400999999999").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.CODE_INCONNU);
    }

    @Test
    void rejetteUnMedicamentEcarteDeLaBdpmEnDonnantLeMotif() {
        var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).ligne("CIP:3400935002525").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.CODE_INCONNU);
        assertThat(d.rejets().get(0).libelle()).contains("présentation écartée de la BDPM extraite le 24/07/2026")
                .contains("taux de remboursement « 35% » qui n'existe plus");
    }

    @Test
    void rejetteUneLettreCleSansValeurALaDateDesSoins() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("CS").construite(), ADULTE);
        var avantLaCreation = liquider(UneFeuille.chezLeGeneraliste().le("2025-12-31").ligne("GL1").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.TARIF_INCONNU);
        assertThat(d.rejets().get(0).precision()).isEqualTo("ligne 1 (CS) : lettre clé CS sans valeur en vigueur le 12/03/2025");
        assertThat(motifs(avantLaCreation)).containsExactly(MotifDeRejet.CODE_INCONNU);
        assertThat(liquider(UneFeuille.chezLeGeneraliste().le("2026-01-02").ligne("GL1").construite(), ADULTE).statut())
                .isEqualTo(StatutDuDecompte.PAYE);
    }

    @Test
    void accepteUneDemandeRecueLeJourAnniversaireDeuxAnsApresLesSoins() {
        var d = liquider(UneFeuille.chezLeGeneraliste().le("2024-03-10").recueLe("2026-03-10").ligne("G").construite(), ADULTE);

        assertThat(d.statut()).isEqualTo(StatutDuDecompte.PAYE);
    }

    @Test
    void rejetteUneDemandeRecuePlusDeDeuxAnsApresLesSoins() {
        var d = liquider(UneFeuille.chezLeGeneraliste().le("2024-03-10").recueLe("2026-03-11").ligne("G").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.PRESCRIPTION_ACQUISE);
        assertThat(d.rejets().get(0).libelle()).isEqualTo("Demande reçue après l'expiration du délai de prescription (CSS, art. L332-1) : "
                + "soins du 10/03/2024, reçus le 11/03/2026 ; date limite : 10/03/2026");
        assertThat(d.explication().enTexte()).contains("Délai de prescription de la demande de remboursement des soins, à compter de la date des soins : 2 ans");
    }

    @Test
    void rejetteDesSoinsAnterieursAuxParametresTenusParPrescription() {
        var d = liquider(UneFeuille.chezLeGeneraliste().le("2022-12-01").recueLe("2025-03-01").ligne("G").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.PRESCRIPTION_ACQUISE);
    }

    @Test
    void rejetteLeMemeSoinDejaPaye() {
        var feuille = UneFeuille.chezLeGeneraliste().ligne("G").construite();
        SoinsLiquides dejaPaye = cle -> cle.equals(CleDeSoin.de(feuille, feuille.lignes().get(0)));

        var d = Liquidation.liquider(feuille, ADULTE, Cumuls.AUCUN, dejaPaye, PARAMETRES, NOMENCLATURES);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.DOUBLON);
        assertThat(d.rejets().get(0).precision()).isEqualTo("ligne 1 (G × 1) déjà payée pour ce bénéficiaire, ce professionnel et cette date");
    }

    @Test
    void rejetteUnMedicamentFactureParUnMedecin() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("CIP:3400935955838").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.LIGNE_INVALIDE);
        assertThat(d.rejets().get(0).precision()).isEqualTo("ligne 1 (CIP:3400935955838) : code CIP non facturable par un médecin généraliste");
    }

    @Test
    void rejetteUnCoefficientSurUnActeCcamEtUneActiviteInexistante() {
        var coefficient = liquider(UneFeuille.chezLeGeneraliste().ligne(ligne("CCAM:DEQP003", "2", 1, null)).construite(), ADULTE);
        var phase = liquider(UneFeuille.chezLeGeneraliste().ligne("CCAM:BDLA003").construite(), ADULTE);

        assertThat(motifs(coefficient)).containsExactly(MotifDeRejet.LIGNE_INVALIDE);
        assertThat(motifs(phase)).containsExactly(MotifDeRejet.LIGNE_INVALIDE);
        assertThat(phase.rejets().get(0).precision()).contains("activité 1, phase 0 inexistante").contains("1-1, 4-1, 1-2");
    }

    @Test
    void rejetteUnTransportSansMontantFacture() {
        var d = liquider(UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).ligne("TRANSPORT:VSL").construite(), ADULTE);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.LIGNE_INVALIDE);
    }

    @Test
    void donneTousLesMotifsDUneFeuilleEtLesExpliquent() {
        var d = Liquidation.liquider(UneFeuille.chezLeGeneraliste().le("2024-03-10").recueLe("2026-06-01").ligne("ZZZ").ligne("CS").construite(),
                null, Cumuls.AUCUN, SoinsLiquides.AUCUN, PARAMETRES, NOMENCLATURES);

        assertThat(motifs(d)).containsExactly(MotifDeRejet.PRESCRIPTION_ACQUISE, MotifDeRejet.BENEFICIAIRE_INCONNU, MotifDeRejet.CODE_INCONNU,
                MotifDeRejet.TARIF_INCONNU);
        assertThat(d.explication().enTexte()).contains("Feuille rejetée :").contains("- Bénéficiaire inconnu de la caisse");
    }

    @Test
    void paieUnActeNonPrisEnChargeAZeroSansRejeterLaFeuille() {
        var d = liquider(UneFeuille.chezLeGeneraliste().le("2026-02-02").ligne("G").ligne("CCAM:AHQP001").construite(), ADULTE);

        assertThat(d.statut()).isEqualTo(StatutDuDecompte.PAYE);
        assertThat(d.lignes().get(1).base()).isEqualTo(Montant.ZERO);
        assertThat(d.lignes().get(1).rembourse()).isEqualTo(Montant.ZERO);
        assertThat(d.participationForfaitaire()).isEqualTo(Montant.euros("2.00"));
    }

    @Test
    void rembourseLaBiologieA60PourCentAvecLaParticipationForfaitaire() {
        var b = """
                description: "Valeur de la lettre clé B (biologie), pour ce test seulement"
                values:
                  2023-01-01:
                    value: 0.27
                metadata:
                  unit: "currency"
                  reference:
                    2023-01-01:
                    - title: "Valeur d'essai"
                """;
        var jeu = JeuDeParametres.depuis(Referentiels.fichiersDeParametres(Map.of("sante/ngap/b", b)));
        var feuille = UneFeuille.chez(Profession.BIOLOGISTE, UneFeuille.RPPS_AUXILIAIRE).ligne(ligne("B", "100", 1, null)).construite();

        var d = Liquidation.liquider(feuille, ADULTE, Cumuls.AUCUN, SoinsLiquides.AUCUN, ParametresSante.enCache(jeu), NOMENCLATURES);

        assertThat(d.lignes().get(0).base()).isEqualTo(Montant.euros("27.00"));
        assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(60);
        assertThat(d.participationForfaitaire()).isEqualTo(Montant.euros("2.00"));
        assertThat(d.montantPaye()).isEqualTo(Montant.euros("14.20"));
    }
}
