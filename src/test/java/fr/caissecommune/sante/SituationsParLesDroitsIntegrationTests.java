package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;

/**
 * La liquidation enregistrée consulte les droits gérés par la caisse (C2S, ALD…) et, pour les NIR qu'ils ne
 * connaissent pas, la situation reprise ; un NIR inconnu des deux est rejeté.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SituationsParLesDroitsIntegrationTests {

    @Autowired
    SituationsDesBeneficiaires situations;
    @Autowired
    RepriseDesDroits reprise;
    @Autowired
    BeneficiairesEnregistres reprises;
    @Autowired
    LiquidationEnregistree liquidation;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dossier;

    static String nir(String treize) {
        return treize + String.format("%02d", Nir.cle(treize));
    }

    static String consultation(String id, String nir) {
        return "{\"id\":\"" + id + "\",\"nir\":\"" + nir + "\",\"date_soins\":\"2025-06-02\",\"date_reception\":\"2025-06-02\",\"flux\":\"FSE\","
                + "\"executant\":{\"rpps\":\"10005831911\",\"specialite\":\"MEDECIN_GENERALISTE\",\"secteur\":\"1\"},\"tiers_payant\":false,"
                + "\"lignes\":[{\"code\":\"G\",\"montant\":30.00}]}";
    }

    @Test
    void lesDroitsDeLaCaisseDecidentEtLaSituationRepriseCompleteLesAutres() throws Exception {
        var enC2s = nir("1800548095771");
        var repris = nir("1800548095772");
        var inconnu = nir("1800548095773");
        var personne = UUID.randomUUID();
        reprise.charger(List.of(new RepriseDesDroits.DroitsACharger(personne, Nir.of(enC2s), "SOLER Marc", LocalDate.of(1980, 5, 5),
                TitreDAffiliation.RESIDENCE, List.of(), LocalDate.of(2016, 1, 1), List.of(), null, null)),
                List.of(new RepriseDesDroits.C2sACharger(List.of(personne), List.of(LocalDate.of(1980, 5, 5)), Montant.euros(6_000),
                        LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 20))), List.of());
        reprises.enregistrer(Map.of(Nir.of(repris), SituationDuBeneficiaire.assureNeLe(LocalDate.of(1980, 5, 5))));

        var lues = situations.situations(List.of(enC2s, repris, inconnu));
        assertThat(lues).containsOnlyKeys(enC2s, repris);
        assertThat(lues.get(enC2s).c2s()).containsExactly(Periode.entre(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1)));

        var fichier = dossier.resolve("lot.jsonl");
        Files.write(fichier, List.of(consultation("D-1", enC2s), consultation("D-2", repris), consultation("D-3", inconnu)), StandardCharsets.UTF_8);
        liquidation.liquider(fichier, LocalDate.of(2025, 6, 30), 10, Duration.ZERO, a -> {
        });
        // C2S : 100 % du tarif, ni participation forfaitaire ; assuré sans particularité : 30 × 70 % − 2 € = 19 €.
        assertThat(paye(enC2s)).isEqualByComparingTo("30.00");
        assertThat(paye(repris)).isEqualByComparingTo("19.00");
        assertThat(jdbc.sql("select count(*) from sante.decompte where nir = ? and statut = 'PAYE'").param(inconnu).query(Long.class).single()).isZero();
    }

    java.math.BigDecimal paye(String nir) {
        return jdbc.sql("select montant_paye from sante.decompte where nir = ?").param(nir).query(java.math.BigDecimal.class).single();
    }
}
