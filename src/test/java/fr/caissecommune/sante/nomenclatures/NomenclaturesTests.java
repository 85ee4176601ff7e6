package fr.caissecommune.sante.nomenclatures;

import static fr.caissecommune.sante.Referentiels.NOMENCLATURES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;

/** Le chargement des nomenclatures livrées : comptes, normalisations, lignes écartées et leurs motifs. */
class NomenclaturesTests {

    static final LocalDate AOUT_2026 = LocalDate.of(2026, 8, 3);
    static final String PRESENTATION_SANS_TAUX = "3400955074199";

    static RapportDeChargement rapport(String nomenclature) {
        return NOMENCLATURES.rapports().stream().filter(r -> r.nomenclature().equals(nomenclature)).findFirst().orElseThrow();
    }

    @Test
    void chargeLesHuitMilleDeuxCentCinquanteSeptActesDeLaCcamV81() {
        var ccam = NOMENCLATURES.ccam(AOUT_2026);

        assertThat(ccam.contenu().taille()).isEqualTo(8257);
        assertThat(ccam.nom()).isEqualTo("CCAM version 81");
        assertThat(ccam.enVigueurDu()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(rapport("CCAM").entreesRetenues()).isEqualTo(8257);
    }

    @Test
    void distingueLaGrilleDuSecteur1DeCelleHorsSecteur1() {
        var ecg = NOMENCLATURES.ccam(AOUT_2026).contenu().acte("DEQP003").orElseThrow().tarif(1, 0).orElseThrow();

        assertThat(ecg.selonLaGrille(true)).isEqualByComparingTo("14.77");
        assertThat(ecg.selonLaGrille(false)).isEqualByComparingTo("13.81");
    }

    @Test
    void chargeLesTarifsDesAutresActivitesEtPhases() {
        var keratoprothese = NOMENCLATURES.ccam(AOUT_2026).contenu().acte("BDLA003").orElseThrow();

        assertThat(keratoprothese.tarif(1, 0)).isEmpty();
        assertThat(keratoprothese.tarif(1, 1).orElseThrow().secteur1()).isEqualByComparingTo("304.84");
        assertThat(keratoprothese.tarif(4, 1).orElseThrow().secteur1()).isEqualByComparingTo("147.45");
    }

    @Test
    void corrigeLeTarifEcritAvecUneVirguleEtUneEspace() {
        var acte = NOMENCLATURES.ccam(AOUT_2026).contenu().acte("ADGA724").orElseThrow();

        assertThat(acte.tarif(1, 0).orElseThrow().secteur1()).isEqualByComparingTo("248.15");
        assertThat(rapport("CCAM").corrigees()).containsKey("tarif écrit avec une virgule ou une espace (« 248, 15 » lu 248.15)");
    }

    @Test
    void gardeLesActesNonPrisEnChargeSansTarif() {
        var emg = NOMENCLATURES.ccam(AOUT_2026).contenu().acte("AHQP001").orElseThrow().tarif(1, 0).orElseThrow();

        assertThat(emg.secteur1()).isNull();
        assertThat(emg.horsSecteur1()).isNull();
    }

    @Test
    void chargeLaBdpmEtEcarteLesQuatrePresentationsATrenteCinqPourCentAvecLeurMotif() {
        var rapport = rapport("BDPM");

        assertThat(rapport.lignesLues()).isEqualTo(20874);
        assertThat(rapport.entreesRetenues()).isEqualTo(20870);
        assertThat(rapport.totalEcartees()).isEqualTo(4);
        assertThat(rapport.ecartees()).containsExactly(
                Map.entry("taux de remboursement « 35% » qui n'existe plus (taux en vigueur : 15, 30, 65, 100 %)", 4));
        assertThat(NOMENCLATURES.bdpm(AOUT_2026).contenu().motifDEcart("3400935002525")).hasValueSatisfying(m -> assertThat(m).contains("35%"));
        assertThat(NOMENCLATURES.bdpm(AOUT_2026).contenu().presentation("3400935002525")).isEmpty();
    }

    @Test
    void normaliseLesTauxEcritsAvecUneEspace() {
        var corrigees = rapport("BDPM").corrigees();

        assertThat(corrigees).containsEntry("taux écrit avec une espace (« 65 % » lu 65)", 1734)
                .containsEntry("taux écrit avec une espace (« 100 % » lu 100)", 371)
                .containsEntry("taux écrit avec une espace (« 30 % » lu 30)", 300)
                .containsEntry("taux écrit avec une espace (« 15 % » lu 15)", 97);
    }

    @Test
    void litLaPresentationDuDolipraneAvecSonHonoraireDeDispensation() {
        var doliprane = NOMENCLATURES.bdpm(AOUT_2026).contenu().presentation("3400935955838").orElseThrow();

        assertThat(doliprane.denomination()).startsWith("DOLIPRANE 1000 mg");
        assertThat(doliprane.prix()).isEqualTo(Montant.euros("1.16"));
        assertThat(doliprane.honoraireDeDispensation()).isEqualTo(Montant.euros("1.02"));
        assertThat(doliprane.prixHonoraireCompris()).isEqualTo(Montant.euros("2.18"));
        assertThat(doliprane.classe()).isEqualTo(ClasseDeMedicament.SMR_MAJEUR_OU_IMPORTANT);
    }

    @Test
    void litLesPrixDeMilleEurosOuPlusEcritsAvecDeuxVirgules() {
        var lynparza = NOMENCLATURES.bdpm(AOUT_2026).contenu().presentation("3400930144213").orElseThrow();

        assertThat(lynparza.prixHonoraireCompris()).isEqualTo(Montant.euros("3983.30"));
        assertThat(lynparza.classe()).isEqualTo(ClasseDeMedicament.IRREMPLACABLE);
        assertThat(ChargeurBdpm.montant("3,982,28")).isEqualTo(Montant.euros(new BigDecimal("3982.28")));
        assertThat(rapport("BDPM").corrigees()).containsEntry("prix de 1 000 € ou plus écrit avec deux virgules (« 3,982,28 » lu 3982.28)", 480);
    }

    @Test
    void gardeLesPresentationsNonRemboursablesSansClasse() {
        var nonRemboursable = NOMENCLATURES.bdpm(AOUT_2026).contenu().presentation(PRESENTATION_SANS_TAUX).orElseThrow();

        assertThat(nonRemboursable.classe()).isNull();
        assertThat(nonRemboursable.estRemboursable()).isFalse();
    }

    @Test
    void chargeLesQuatreCentVingtDeuxLettresClesNgapEtLeurNature() {
        var ngap = NOMENCLATURES.ngap();

        assertThat(ngap.taille()).isEqualTo(422);
        assertThat(ngap.libelle("G")).contains("Consultation Médecine Générale");
        assertThat(ngap.nature("G")).isEqualTo(Ngap.Nature.ACTE);
        assertThat(ngap.nature("MD")).isEqualTo(Ngap.Nature.MAJORATION);
        assertThat(ngap.nature("IFD")).isEqualTo(Ngap.Nature.INDEMNITE);
    }

    @Test
    void retientLaPlusAncienneVersionPourDesSoinsAnterieursEnLeSignalant() {
        var ccam2025 = NOMENCLATURES.ccam(LocalDate.of(2025, 6, 1));
        var ccam2026 = NOMENCLATURES.ccam(LocalDate.of(2026, 6, 1));

        assertThat(ccam2025.anterieure()).isTrue();
        assertThat(ccam2026.anterieure()).isFalse();
        assertThat(ccam2025.contenu()).isSameAs(ccam2026.contenu());
    }
}
