package fr.caissecommune.sante;

import static fr.caissecommune.sante.LiquidationEnregistreeIntegrationTests.consultation;
import static fr.caissecommune.sante.LiquidationEnregistreeIntegrationTests.nir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.finances.Paiements;

/**
 * La mise en paiement des décomptes enregistrés (un ordre par payé et par jour, aux finances, sans rien payer
 * deux fois) et les retours NOEMIE par professionnel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RemboursementsIntegrationTests {

    static final LocalDate JOUR = LocalDate.of(2025, 7, 4);
    static final String PHARMACIEN = "10000000025";

    @Autowired
    LiquidationEnregistree liquidation;

    @Autowired
    BeneficiairesEnregistres beneficiaires;

    @Autowired
    RemboursementsDesSoins remboursements;

    @Autowired
    RetoursNoemie retours;

    @Autowired
    Paiements paiements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.caissecommune.pilotage.TableauDeBordSante pilotage;

    @TempDir
    Path dossier;

    static String pharmacie(String id, String nir, String date) {
        return "{\"id\":\"" + id + "\",\"nir\":\"" + nir + "\",\"date_soins\":\"" + date + "\",\"date_reception\":\"" + date + "\",\"flux\":\"FSE\","
                + "\"executant\":{\"rpps\":\"" + PHARMACIEN + "\",\"specialite\":\"PHARMACIEN\"},\"tiers_payant\":true,"
                + "\"lignes\":[{\"code\":\"CIP:3400935955838\",\"quantite\":2}]}";
    }

    @Test
    void paieChaquePayeUneFoisParJourEtEcritLesRetoursDesProfessionnels() throws Exception {
        var assure = nir(21, 1);
        var sansCompte = nir(21, 2);
        var naissance = LocalDate.of(1970, 1, 1);
        beneficiaires.enregistrer(Map.of(Nir.of(assure), SituationDuBeneficiaire.assureNeLe(naissance), Nir.of(sansCompte),
                SituationDuBeneficiaire.assureNeLe(naissance)));
        beneficiaires.enregistrerComptes(List.of(new CompteDePaiement(CompteDePaiement.tiersAssure(assure), "Jean Martin",
                Iban.of("FR7630004000031234567890143"), null), new CompteDePaiement(CompteDePaiement.tiersProfessionnel(PHARMACIEN),
                        "Pharmacie du Rhône", Iban.of("FR7630006000011234567890189"), null)));
        var fichier = dossier.resolve("jour.jsonl");
        Files.write(fichier, List.of(consultation("P-1", assure, "2025-07-01", false), consultation("P-2", assure, "2025-07-02", false),
                pharmacie("P-3", assure, "2025-07-02"), consultation("P-4", sansCompte, "2025-07-02", false),
                consultation("P-2", assure, "2025-07-03", false)), StandardCharsets.UTF_8);
        liquidation.liquider(fichier, JOUR, 100, Duration.ZERO, a -> {
        });

        var bilan = remboursements.ordonnancer(JOUR);

        assertThat(bilan.ordres()).isEqualTo(2);
        assertThat(bilan.decomptes()).isEqualTo(3);
        assertThat(bilan.payesSansCoordonneesBancaires()).isEqualTo(1);
        var auPatient = paiements.parTiers("ASSURE:" + assure);
        assertThat(auPatient).hasSize(1);
        assertThat(auPatient.get(0).montant()).isEqualTo(Montant.euros("38.00"));
        assertThat(auPatient.get(0).reference()).isEqualTo("S-20250704-A" + assure);
        // Tiers payant : deux boîtes à 2,18 € remboursées à 65 %, 2,83 €, payées au pharmacien ; les franchises restent dues.
        assertThat(paiements.parTiers("PS:" + PHARMACIEN)).singleElement().satisfies(p -> assertThat(p.montant()).isEqualTo(Montant.euros("2.83")));
        assertThat(remboursements.feuillesReglees("S-20250704-A" + assure)).containsExactly("P-1", "P-2");
        assertThat(remboursements.decomptes("P-2")).hasSize(2).anySatisfy(d -> assertThat(d.statut()).isEqualTo("REJETE"))
                .anySatisfy(d -> assertThat(d.explication()).contains("Montant payé à l'assuré"));

        var relance = remboursements.ordonnancer(JOUR);

        assertThat(relance.ordres()).isZero();
        assertThat(relance.payesSansCoordonneesBancaires()).isEqualTo(1);
        assertThat(paiements.parTiers("ASSURE:" + assure)).hasSize(1);

        var noemie = retours.ecrire(JOUR, dossier);

        var generaliste = dossier.resolve("20250704").resolve("NOEMIE-10005831911-20250704.txt");
        assertThat(noemie.fichiers()).contains(generaliste, dossier.resolve("20250704").resolve("NOEMIE-" + PHARMACIEN + "-20250704.txt"));
        var lignes = Files.readAllLines(generaliste);
        assertThat(lignes.get(0)).isEqualTo("ENT;NOEMIE-RSP;1;10005831911;20250704");
        assertThat(lignes).contains("DEC;P-1;" + assure + ";2025-07-01;2025-07-01;FSE;PAYE;ASSURE;21.00;2.00;0.00;19.00;S-20250704-A" + assure)
                .contains("LIG;P-1;1;G;1;30.00;0.7;21.00;0.00")
                .anyMatch(l -> l.startsWith("REJ;P-2;DOUBLON;"));
        assertThat(lignes.get(lignes.size() - 1)).startsWith("FIN;").matches("FIN;\\d+;\\d+;1;0");

        // Le pilotage, alimenté par les événements de la liquidation et de la mise en paiement (après validation).
        var mois = attendreLeMois("2025-07");
        assertThat(mois.feuilles()).isEqualByComparingTo("5");
        assertThat(mois.rejets()).isEqualByComparingTo("1");
        assertThat(mois.tauxDeRejet()).isEqualByComparingTo("20.00");
        assertThat(mois.partFseEnSeptJours()).isEqualByComparingTo("100.00");
        assertThat(pilotage.indicateurs().rejetsParMotif()).containsKey("DOUBLON");
        assertThat(pilotage.indicateurs().rembourseParCategorie()).containsKeys("HONORAIRES_MEDICAUX", "MEDICAMENTS");
    }

    fr.caissecommune.pilotage.TableauDeBordSante.MoisSante attendreLeMois(String mois) {
        return await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> pilotage.indicateurs().mois().stream().filter(m -> m.mois().equals(mois) && m.partFseEnSeptJours() != null).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
