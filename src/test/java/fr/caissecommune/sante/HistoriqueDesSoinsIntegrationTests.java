package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;

/** Ce que la vue à 360° relit des soins : derniers décomptes expliqués et compteurs annuels face aux plafonds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
class HistoriqueDesSoinsIntegrationTests {

    static final SituationDuBeneficiaire ADULTE = SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 12, 1));

    @Autowired
    Decomptes decomptes;
    @Autowired
    LiquidationDesSoins liquidation;
    @Autowired
    HistoriqueDesSoins historique;

    @Test
    void lesDerniersDecomptesSontRelusAvecLeursLignesLeursMotifsEtLeurExplication() {
        var payee = UneFeuille.chezLeGeneraliste().id("H-1").ligne("G").construite();
        decomptes.enregistrer(payee, liquidation.liquider(payee, ADULTE, Cumuls.AUCUN, SoinsLiquides.AUCUN), null, null);
        var rejetee = UneFeuille.chezLeGeneraliste().id("H-2").ligne("ZZZ").construite();
        decomptes.enregistrer(rejetee, liquidation.liquider(rejetee, ADULTE, Cumuls.AUCUN, SoinsLiquides.AUCUN), null, null);

        var nir = Nir.of(UneFeuille.NIR_ADULTE);
        var lus = historique.derniersDecomptes(nir, 10);
        assertThat(lus).extracting(HistoriqueDesSoins.DecompteEnregistre::feuille).contains("H-1", "H-2");
        var paye = lus.stream().filter(d -> "H-1".equals(d.feuille())).findFirst().orElseThrow();
        assertThat(paye.statut()).isEqualTo(StatutDuDecompte.PAYE);
        assertThat(paye.lignes()).singleElement().satisfies(l -> assertThat(l.code()).isEqualTo("G"));
        assertThat(paye.montantPaye()).isEqualTo(Montant.euros(19));
        assertThat(paye.explication()).isNotBlank();
        var rejete = lus.stream().filter(d -> "H-2".equals(d.feuille())).findFirst().orElseThrow();
        assertThat(rejete.motifsDeRejet()).singleElement().asString().startsWith("CODE_INCONNU");

        var compteurs = historique.compteursDeLAnnee(nir, 2025);
        var pf = compteurs.getFirst();
        assertThat(pf.retenu()).isEqualTo(Montant.euros(2));
        assertThat(pf.plafond().valeur()).isEqualByComparingTo("50");
        assertThat(pf.reste()).isEqualTo(Montant.euros(48));
        assertThat(historique.compteursDeLAnnee(nir, 2024).getFirst().retenu()).isEqualTo(Montant.ZERO);
    }
}
