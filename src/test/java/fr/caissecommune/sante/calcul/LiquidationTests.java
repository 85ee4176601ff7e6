package fr.caissecommune.sante.calcul;

import static fr.caissecommune.sante.Referentiels.NOMENCLATURES;
import static fr.caissecommune.sante.Referentiels.PARAMETRES;
import static fr.caissecommune.sante.UneFeuille.ligne;
import static fr.caissecommune.sante.UneFeuille.ligneAld;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.sante.Ald;
import fr.caissecommune.sante.Cumuls;
import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.Grossesse;
import fr.caissecommune.sante.NatureAssurance;
import fr.caissecommune.sante.Parcours;
import fr.caissecommune.sante.Payeur;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Secteur;
import fr.caissecommune.sante.SituationDuBeneficiaire;
import fr.caissecommune.sante.SoinsLiquides;
import fr.caissecommune.sante.StatutDuDecompte;
import fr.caissecommune.sante.UneFeuille;

/** Les décomptes types de la fiche FACTS (§ 1.11), calculés à la main, et chaque règle de la liquidation. */
class LiquidationTests {

    static final SituationDuBeneficiaire ADULTE = SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 12, 1));
    static final SituationDuBeneficiaire ENFANT = SituationDuBeneficiaire.assureNeLe(LocalDate.of(2015, 6, 1));

    static Decompte liquider(FeuilleDeSoins feuille, SituationDuBeneficiaire situation) {
        return liquider(feuille, situation, Cumuls.AUCUN);
    }

    static Decompte liquider(FeuilleDeSoins feuille, SituationDuBeneficiaire situation, Cumuls cumuls) {
        return Liquidation.liquider(feuille, situation, cumuls, SoinsLiquides.AUCUN, PARAMETRES, NOMENCLATURES);
    }

    static SituationDuBeneficiaire avec(List<Periode> c2s, List<Periode> ame, List<Ald> ald, List<Grossesse> grossesses, Rpps medecinTraitant) {
        return new SituationDuBeneficiaire(ADULTE.dateDeNaissance(), ADULTE.droits(), c2s, ame, ald, grossesses, medecinTraitant);
    }

    static Montant euros(String montant) {
        return Montant.euros(montant);
    }

    @Nested
    class DecomptesTypes {

        @Test
        void rembourseUneConsultationDuGeneralisteA70PourCentMoinsLaParticipationForfaitaire() {
            var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), ADULTE);

            assertThat(d.statut()).isEqualTo(StatutDuDecompte.PAYE);
            var ligne = d.lignes().get(0);
            assertThat(ligne.base()).isEqualTo(euros("30.00"));
            assertThat(ligne.tauxEnPourcentage()).isEqualTo(70);
            assertThat(ligne.rembourse()).isEqualTo(euros("21.00"));
            assertThat(d.participationForfaitaire()).isEqualTo(euros("2.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("19.00"));
            assertThat(d.payeur()).isEqualTo(Payeur.ASSURE);
        }

        @Test
        void rembourseHorsParcoursA30PourCent() {
            var d = liquider(UneFeuille.chezLeGeneraliste().parcours(Parcours.HORS_PARCOURS).ligne("G").construite(), ADULTE);

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(30);
            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("9.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("7.00"));
        }

        @Test
        void neRetientPasDeParticipationForfaitaireChezUnMineur() {
            var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), ENFANT);

            assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
            assertThat(d.montantPaye()).isEqualTo(euros("21.00"));
            assertThat(d.explication().enTexte()).contains("Participation forfaitaire non due : bénéficiaire mineur (9 ans)");
        }

        @Test
        void exonereLesSoinsEnRapportAvecUneAldMaisRetientLaParticipationForfaitaire() {
            var ald = new Ald("diabète", Periode.depuis(LocalDate.of(2020, 1, 1)), Set.of());
            var d = liquider(UneFeuille.chezLeGeneraliste().ligne(ligneAld("G")).construite(), avec(List.of(), List.of(), List.of(ald), List.of(), null));

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(100);
            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("30.00"));
            assertThat(d.participationForfaitaire()).isEqualTo(euros("2.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("28.00"));
        }

        @Test
        void prendEnChargeA100PourCentSansParticipationUnBeneficiaireDeLaC2sEnTiersPayant() {
            var c2s = List.of(Periode.entre(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
            var d = liquider(UneFeuille.chezLeGeneraliste().tiersPayant().ligne("G").construite(), avec(c2s, List.of(), List.of(), List.of(), null));

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(100);
            assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
            assertThat(d.montantPaye()).isEqualTo(euros("30.00"));
            assertThat(d.payeur()).isEqualTo(Payeur.PS);
            assertThat(d.explication().enTexte()).contains("part obligatoire 70 % et part complémentaire 30 %");
        }

        @Test
        void neRembourseJamaisLeDepassementDUnMedecinDeSecteur2() {
            var d = liquider(UneFeuille.chezLeGeneraliste().secteur(Secteur.SECTEUR_2).ligne(ligne("C", "1", 1, "35.00")).construite(), ADULTE);

            var ligne = d.lignes().get(0);
            assertThat(ligne.base()).isEqualTo(euros("23.00"));
            assertThat(ligne.depassement()).isEqualTo(euros("12.00"));
            assertThat(ligne.rembourse()).isEqualTo(euros("16.10"));
            assertThat(d.montantPaye()).isEqualTo(euros("14.10"));
        }

        @Test
        void rembourseUneBoiteA65PourCentMoinsUneFranchise() {
            var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03").ligne("CIP:3400935955838")
                    .construite(), ADULTE);

            var ligne = d.lignes().get(0);
            assertThat(ligne.base()).isEqualTo(euros("2.18"));
            assertThat(ligne.tauxEnPourcentage()).isEqualTo(65);
            assertThat(ligne.rembourse()).isEqualTo(euros("1.42"));
            assertThat(d.franchises()).isEqualTo(euros("1.00"));
            assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
            assertThat(d.montantPaye()).isEqualTo(euros("0.42"));
        }

        @Test
        void rembourseUnMedicamentIrremplacableA100PourCentMoinsUneFranchise() {
            var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03").ligne("CIP:3400930144213")
                    .construite(), ADULTE);

            assertThat(d.lignes().get(0).base()).isEqualTo(euros("3983.30"));
            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(100);
            assertThat(d.montantPaye()).isEqualTo(euros("3982.30"));
        }

        @Test
        void rembourseUnActeDeKinesitherapieA60PourCentMoinsUneFranchise() {
            var d = liquider(UneFeuille.chez(Profession.MASSEUR_KINESITHERAPEUTE, UneFeuille.RPPS_AUXILIAIRE).ligne(ligne("AMS", "7.5", 1, null))
                    .construite(), ADULTE);

            assertThat(d.lignes().get(0).base()).isEqualTo(euros("16.58"));
            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("9.95"));
            assertThat(d.franchises()).isEqualTo(euros("1.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("8.95"));
        }

        @Test
        void rembourseUnTrajetEnTaxiA55PourCentMoinsQuatreEurosDeFranchise() {
            var d = liquider(UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).ligne(ligne("TRANSPORT:TAXI", "1", 1, "80.00"))
                    .construite(), ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("44.00"));
            assertThat(d.franchises()).isEqualTo(euros("4.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("40.00"));
        }
    }

    @Nested
    class ParametresDates {

        @Test
        void appliqueLaConsultationA26Euros50EtLaParticipationAUnEuroAvantLe15Mai2024() {
            var d = liquider(UneFeuille.chezLeGeneraliste().le("2024-03-01").ligne("G").construite(), ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("18.55"));
            assertThat(d.participationForfaitaire()).isEqualTo(euros("1.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("17.55"));
        }

        @Test
        void appliqueLaParticipationADeuxEurosDesLe15Mai2024() {
            var d = liquider(UneFeuille.chezLeGeneraliste().le("2024-05-15").ligne("G").construite(), ADULTE);

            assertThat(d.montantPaye()).isEqualTo(euros("16.55"));
        }

        @Test
        void appliqueLaFranchiseDeCinquanteCentimesAvantLe31Mars2024() {
            var d = liquider(UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).le("2024-03-30").ligne("AMI").construite(), ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("1.89"));
            assertThat(d.franchises()).isEqualTo(euros("0.50"));
        }

        @Test
        void rembourseLesSoinsDentairesA60PourCentDepuisLe15Octobre2023SansParticipationForfaitaire() {
            var avant = liquider(UneFeuille.chez(Profession.CHIRURGIEN_DENTISTE, UneFeuille.RPPS_AUTRE_MEDECIN).le("2023-10-14").ligne("C").construite(), ADULTE);
            var apres = liquider(UneFeuille.chez(Profession.CHIRURGIEN_DENTISTE, UneFeuille.RPPS_AUTRE_MEDECIN).le("2023-10-15").ligne("C").construite(), ADULTE);

            assertThat(avant.lignes().get(0).rembourse()).isEqualTo(euros("16.10"));
            assertThat(apres.lignes().get(0).rembourse()).isEqualTo(euros("13.80"));
            assertThat(apres.participationForfaitaire()).isEqualTo(Montant.ZERO);
        }

        @Test
        void citeLesParametresAppliquesAvecLeurDateEtLeurReference() {
            var texte = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), ADULTE).explication().enTexte();

            assertThat(texte).contains("Paramètres appliqués :")
                    .contains("Valeur de la lettre clé G : consultation de médecine générale : 30,00 € depuis le 22/12/2024 (Convention nationale des médecins libéraux du 4 juin 2024")
                    .contains("70 % depuis le 01/01/2023 (Article R160-5")
                    .contains("2,00 € depuis le 15/05/2024");
        }
    }

    @Nested
    class Parcours_ {

        @Test
        void appliqueLeTauxHorsParcoursQuandLeMedecinTraitantDeclareEstUnAutre() {
            var situation = avec(List.of(), List.of(), List.of(), List.of(), Rpps.of(UneFeuille.RPPS_AUTRE_MEDECIN));

            var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), situation);

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(30);
        }

        @Test
        void neMajorePasLeTicketModerateurAvantSeizeAns() {
            var d = liquider(UneFeuille.chezLeGeneraliste().parcours(Parcours.HORS_PARCOURS).ligne("G").construite(), ENFANT);

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(70);
        }

        @Test
        void neMajorePasLesSoinsEnRapportAvecUneAld() {
            var ald = new Ald("insuffisance cardiaque", Periode.depuis(LocalDate.of(2020, 1, 1)), Set.of("G"));
            var d = liquider(UneFeuille.chezLeGeneraliste().parcours(Parcours.HORS_PARCOURS).ligne("G").construite(),
                    avec(List.of(), List.of(), List.of(ald), List.of(), null));

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(100);
        }

        @Test
        void tarifeLaCcamSelonLeSecteurDuMedecin() {
            var secteur1 = liquider(UneFeuille.chezLeGeneraliste().le("2026-02-02").ligne("CCAM:DEQP003").construite(), ADULTE);
            var optam = liquider(UneFeuille.chezLeGeneraliste().le("2026-02-02").secteur(Secteur.OPTAM).ligne("CCAM:DEQP003").construite(), ADULTE);
            var secteur2 = liquider(UneFeuille.chezLeGeneraliste().le("2026-02-02").secteur(Secteur.SECTEUR_2)
                    .ligne(ligne("CCAM:DEQP003", "1", 1, "20.00")).construite(), ADULTE);

            assertThat(secteur1.lignes().get(0).base()).isEqualTo(euros("14.77"));
            assertThat(optam.lignes().get(0).base()).isEqualTo(euros("14.77"));
            assertThat(secteur2.lignes().get(0).base()).isEqualTo(euros("13.81"));
            assertThat(secteur2.lignes().get(0).depassement()).isEqualTo(euros("6.19"));
        }
    }

    @Nested
    class Exonerations {

        @Test
        void prendEnChargeA100PourCentSansParticipationAPartirDuSixiemeMoisDeGrossesse() {
            var grossesse = new Grossesse(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 25));
            var situation = avec(List.of(), List.of(), List.of(), List.of(grossesse), null);

            var d = liquider(UneFeuille.chezLeGeneraliste().le("2025-02-01").ligne("G").construite(), situation);

            assertThat(d.lignes().get(0).tauxEnPourcentage()).isEqualTo(100);
            assertThat(d.participationForfaitaire()).isEqualTo(Montant.ZERO);
            assertThat(d.montantPaye()).isEqualTo(euros("30.00"));
        }

        @Test
        void appliqueLeDroitCommunPendantLesCinqPremiersMoisDeGrossesse() {
            var grossesse = new Grossesse(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 25));
            var situation = avec(List.of(), List.of(), List.of(), List.of(grossesse), null);

            var veille = liquider(UneFeuille.chezLeGeneraliste().le("2025-01-31").ligne("G").construite(), situation);
            var douziemeJour = liquider(UneFeuille.chezLeGeneraliste().le("2025-06-06").ligne("G").construite(), situation);
            var treizieme = liquider(UneFeuille.chezLeGeneraliste().le("2025-06-07").ligne("G").construite(), situation);

            assertThat(veille.montantPaye()).isEqualTo(euros("19.00"));
            assertThat(douziemeJour.montantPaye()).isEqualTo(euros("30.00"));
            assertThat(treizieme.montantPaye()).isEqualTo(euros("19.00"));
        }

        @Test
        void prendEnChargeLesSoinsDUnAccidentDuTravailA100PourCentSansFranchise() {
            var d = liquider(UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).assurance(NatureAssurance.ATMP).ligne("AMI").construite(),
                    ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("3.15"));
            assertThat(d.franchises()).isEqualTo(Montant.ZERO);
        }

        @Test
        void prendEnChargeUnBeneficiaireDeLAmeA100PourCentSansParticipation() {
            var ame = List.of(Periode.depuis(LocalDate.of(2024, 1, 1)));
            var situation = new SituationDuBeneficiaire(ADULTE.dateDeNaissance(), List.of(), List.of(), ame, List.of(), List.of(), null);

            var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), situation);

            assertThat(d.statut()).isEqualTo(StatutDuDecompte.PAYE);
            assertThat(d.montantPaye()).isEqualTo(euros("30.00"));
        }

        @Test
        void exonereLesMedicamentsDuProtocoleDAldMaisRetientLaFranchise() {
            var ald = new Ald("cancer", Periode.depuis(LocalDate.of(2025, 1, 1)), Set.of("CIP:3400935955838"));
            var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03").ligne("CIP:3400935955838")
                    .construite(), avec(List.of(), List.of(), List.of(ald), List.of(), null));

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("2.18"));
            assertThat(d.franchises()).isEqualTo(euros("1.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("1.18"));
        }

        @Test
        void retientLaParticipationMaisPasLaFranchiseLAnneeDesDixHuitAns() {
            var majeurEnMars = SituationDuBeneficiaire.assureNeLe(LocalDate.of(2007, 3, 1));

            var medecin = liquider(UneFeuille.chezLeGeneraliste().le("2025-06-02").ligne("G").construite(), majeurEnMars);
            var infirmier = liquider(UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).le("2025-06-02").ligne("AMI").construite(),
                    majeurEnMars);

            assertThat(medecin.participationForfaitaire()).isEqualTo(euros("2.00"));
            assertThat(infirmier.franchises()).isEqualTo(Montant.ZERO);
            assertThat(infirmier.explication().enTexte()).contains("bénéficiaire mineur au 1er janvier (17 ans)");
        }
    }

    @Nested
    class Plafonds {

        @Test
        void retientAuPlusQuatreParticipationsParJourChezUnMemeProfessionnel() {
            var feuille = UneFeuille.chezLeGeneraliste().le("2026-02-02").ligne(ligne("CCAM:DEQP003", "1", 5, null)).construite();

            assertThat(liquider(feuille, ADULTE).participationForfaitaire()).isEqualTo(euros("8.00"));
            var dejaTrois = new Cumuls(euros("6"), Montant.ZERO, 3, Montant.ZERO, Montant.ZERO, Montant.ZERO);
            assertThat(liquider(feuille, ADULTE, dejaTrois).participationForfaitaire()).isEqualTo(euros("2.00"));
        }

        @Test
        void plafonneLaParticipationForfaitaireACinquanteEurosParAn() {
            var cumuls = new Cumuls(euros("49.00"), Montant.ZERO, 0, Montant.ZERO, Montant.ZERO, Montant.ZERO);

            var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").construite(), ADULTE, cumuls);

            assertThat(d.participationForfaitaire()).isEqualTo(euros("1.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("20.00"));
        }

        @Test
        void plafonneLesFranchisesDesActesParamedicauxAQuatreEurosParJourChezUnMemeProfessionnel() {
            var d = liquider(UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).ligne(ligne("AMI", "1", 5, null)).construite(), ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("9.45"));
            assertThat(d.franchises()).isEqualTo(euros("4.00"));
        }

        @Test
        void neRetientPasDeFranchiseSurLIndemniteDeDeplacement() {
            var d = liquider(UneFeuille.chez(Profession.INFIRMIER, UneFeuille.RPPS_AUXILIAIRE).ligne("AMI").ligne("IFD").construite(), ADULTE);

            assertThat(d.lignes().get(1).rembourse()).isEqualTo(euros("1.50"));
            assertThat(d.franchises()).isEqualTo(euros("1.00"));
        }

        @Test
        void plafonneLesFranchisesDeTransportAHuitEurosParJour() {
            var d = liquider(UneFeuille.chez(Profession.TRANSPORTEUR, UneFeuille.RPPS_TRANSPORTEUR).ligne(ligne("TRANSPORT:VSL", "1", 3, "90.00"))
                    .construite(), ADULTE);

            assertThat(d.franchises()).isEqualTo(euros("8.00"));
        }

        @Test
        void plafonneLesFranchisesACinquanteEurosParAn() {
            var cumuls = new Cumuls(Montant.ZERO, euros("49.50"), 0, Montant.ZERO, Montant.ZERO, Montant.ZERO);

            var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03")
                    .ligne(ligne("CIP:3400935955838", "1", 2, null)).construite(), ADULTE, cumuls);

            assertThat(d.franchises()).isEqualTo(euros("0.50"));
        }

        @Test
        void limiteLaFranchiseAuMontantRembourseDeLaLigne() {
            var d = liquider(UneFeuille.chez(Profession.PHARMACIEN, UneFeuille.RPPS_PHARMACIEN).le("2026-08-03")
                    .ligne(ligne("CIP:3400935955838", "1", 1, "1.00")).construite(), ADULTE);

            assertThat(d.lignes().get(0).rembourse()).isEqualTo(euros("0.65"));
            assertThat(d.franchises()).isEqualTo(euros("0.65"));
            assertThat(d.montantPaye()).isEqualTo(Montant.ZERO);
        }
    }

    @Nested
    class TiersPayant {

        @Test
        void paieLeProfessionnelEtReporteLaParticipationSurUnProchainRemboursement() {
            var d = liquider(UneFeuille.chezLeGeneraliste().tiersPayant().ligne("G").construite(), ADULTE);

            assertThat(d.payeur()).isEqualTo(Payeur.PS);
            assertThat(d.montantPaye()).isEqualTo(euros("21.00"));
            assertThat(d.participationForfaitaire()).isEqualTo(euros("2.00"));
            assertThat(d.aRecouvrer()).isEqualTo(euros("2.00"));
        }

        @Test
        void recupereLesParticipationsDuesSurLePaiementSuivantALAssure() {
            var cumuls = new Cumuls(euros("2.00"), Montant.ZERO, 0, Montant.ZERO, Montant.ZERO, euros("2.00"));

            var d = liquider(UneFeuille.chezLeGeneraliste().le("2025-03-20").ligne("G").construite(), ADULTE, cumuls);

            assertThat(d.recupere()).isEqualTo(euros("2.00"));
            assertThat(d.montantPaye()).isEqualTo(euros("17.00"));
        }
    }
}
