package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;

/** Le schéma {@code sante} (migration V100) et l'enregistrement des décomptes, sur la base de test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
class DecomptesIntegrationTests {

    static final SituationDuBeneficiaire ADULTE = SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 12, 1));

    @Autowired
    Decomptes decomptes;

    @Autowired
    LiquidationDesSoins liquidation;

    @Test
    void enregistreUnDecomptePayeEtSesSoinsPourLeControleDesDoublons() {
        var feuille = UneFeuille.chezLeGeneraliste().ligne("G").ligne("CCAM:DEQP003").construite();
        var d = liquidation.liquider(feuille, ADULTE, Cumuls.AUCUN, SoinsLiquides.AUCUN);

        var id = decomptes.enregistrer(feuille, d, null, null);

        var relu = decomptes.findParId(id).orElseThrow();
        assertThat(relu.statut()).isEqualTo(StatutDuDecompte.PAYE);
        assertThat(relu.montantPaye()).isEqualTo(Montant.euros("27.34"));
        assertThat(relu.lignes()).isEqualTo(2);
        var dejaPayes = decomptes.soinsPayes(feuille.nir().valeur());
        assertThat(dejaPayes.contient(CleDeSoin.de(feuille, feuille.lignes().get(0)))).isTrue();
        var nouvelle = liquidation.liquider(UneFeuille.chezLeGeneraliste().id("F-2").ligne("G").construite(), ADULTE, Cumuls.AUCUN, dejaPayes);
        assertThat(nouvelle.rejets()).extracting(Rejet::motif).containsExactly(MotifDeRejet.DOUBLON);
    }

    @Test
    void enregistreUnDecompteRejeteAvecSesMotifsSansSoinPaye() {
        var feuille = UneFeuille.chezLeGeneraliste().ligne("ZZZ").ligne("CS").construite();
        var d = liquidation.liquider(feuille, ADULTE, Cumuls.AUCUN, SoinsLiquides.AUCUN);

        var id = decomptes.enregistrer(feuille, d, null, null);

        var relu = decomptes.findParId(id).orElseThrow();
        assertThat(relu.statut()).isEqualTo(StatutDuDecompte.REJETE);
        assertThat(relu.motifs()).containsExactly("CODE_INCONNU", "TARIF_INCONNU");
        assertThat(decomptes.soinsPayes(feuille.nir().valeur()).contient(CleDeSoin.de(feuille, feuille.lignes().get(0)))).isFalse();
    }
}
