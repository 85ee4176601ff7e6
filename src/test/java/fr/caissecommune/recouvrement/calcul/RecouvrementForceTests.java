package fr.caissecommune.recouvrement.calcul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Règles pures du recouvrement : majorations, pénalité DSN, imputation, échéancier d'apurement, taux de RAR (cas calculés à la main). */
class RecouvrementForceTests {

    static final BigDecimal CINQ_POURCENT = new BigDecimal("0.05");
    static final BigDecimal DEUX_POUR_MILLE = new BigDecimal("0.002");

    @Test
    void uneFractionDeMoisCommenceeCompteUnMois() {
        var exigible = LocalDate.of(2026, 2, 15);
        assertThat(MajorationsDeRetard.moisEntames(exigible, exigible)).isZero();
        assertThat(MajorationsDeRetard.moisEntames(exigible, LocalDate.of(2026, 2, 16))).isEqualTo(1);
        assertThat(MajorationsDeRetard.moisEntames(exigible, LocalDate.of(2026, 3, 15))).isEqualTo(1);
        assertThat(MajorationsDeRetard.moisEntames(exigible, LocalDate.of(2026, 3, 16))).isEqualTo(2);
        assertThat(MajorationsDeRetard.moisEntames(exigible, LocalDate.of(2026, 1, 10))).isZero();
    }

    @Test
    void majorationInitialePuisComplementaireSansDoublerAuRecalcul() {
        // 10 000 € impayés exigibles le 15/02 : 500 € + 0,2 % × 3 mois entamés au 10/05 = 60 €.
        var exigible = LocalDate.of(2026, 2, 15);
        var reste = new BigDecimal("10000.00");
        assertThat(MajorationsDeRetard.initiale(reste, CINQ_POURCENT)).isEqualByComparingTo("500.00");
        assertThat(MajorationsDeRetard.complementaire(reste, exigible, exigible, LocalDate.of(2026, 5, 10), DEUX_POUR_MILLE)).isEqualByComparingTo("60.00");
        // Déjà majoré jusqu'au 10/05 : au 20/05, un quatrième mois entamé, 20 € de plus ; au 20/05 encore, rien.
        assertThat(MajorationsDeRetard.complementaire(reste, exigible, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 20), DEUX_POUR_MILLE))
                .isEqualByComparingTo("20.00");
        assertThat(MajorationsDeRetard.complementaire(reste, exigible, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20), DEUX_POUR_MILLE))
                .isEqualByComparingTo("0.00");
        assertThat(MajorationsDeRetard.initiale(new BigDecimal("333.33"), CINQ_POURCENT)).isEqualByComparingTo("16.67");
    }

    @Test
    void penaliteDsnTardiveParSalarieEtParMoisPlafonneeAuPremierRetard() {
        var pmss = new BigDecimal("4005");
        var echeance = LocalDate.of(2026, 3, 15);
        // 1,5 % × 4 005 = 60,075 → 61 € (euro supérieur) ; 3 salariés, 1 mois entamé : 183 €.
        assertThat(PenaliteDsnTardive.montant(echeance, LocalDate.of(2026, 3, 20), 3, pmss, new BigDecimal("0.015"), new BigDecimal("1.5"), true))
                .isEqualByComparingTo("183.00");
        // 80 salariés, 2 mois : 9 760 € plafonnés à 150 % du PMSS (6 007,50 €) au premier retard de l'année, pas ensuite.
        assertThat(PenaliteDsnTardive.montant(echeance, LocalDate.of(2026, 4, 20), 80, pmss, new BigDecimal("0.015"), new BigDecimal("1.5"), true))
                .isEqualByComparingTo("6007.50");
        assertThat(PenaliteDsnTardive.montant(echeance, LocalDate.of(2026, 4, 20), 80, pmss, new BigDecimal("0.015"), new BigDecimal("1.5"), false))
                .isEqualByComparingTo("9760.00");
        assertThat(PenaliteDsnTardive.montant(echeance, echeance, 80, pmss, new BigDecimal("0.015"), new BigDecimal("1.5"), true)).isZero();
    }

    @Test
    void imputationSurLaDetteLaPlusAncienneSaufDesignation() {
        var janvier = new Imputation.Dette(UUID.randomUUID(), LocalDate.of(2026, 2, 15), 0, new BigDecimal("100.00"));
        var majorationJanvier = new Imputation.Dette(UUID.randomUUID(), LocalDate.of(2026, 2, 15), 1, new BigDecimal("5.00"));
        var fevrier = new Imputation.Dette(UUID.randomUUID(), LocalDate.of(2026, 3, 15), 0, new BigDecimal("200.00"));
        var dettes = List.of(fevrier, majorationJanvier, janvier);

        var r = Imputation.imputer(new BigDecimal("150.00"), dettes, Optional.empty());
        assertThat(r.parts()).containsExactly(new Imputation.Part(janvier.id(), new BigDecimal("100.00")),
                new Imputation.Part(majorationJanvier.id(), new BigDecimal("5.00")), new Imputation.Part(fevrier.id(), new BigDecimal("45.00")));
        assertThat(r.surplus()).isEqualByComparingTo("0");

        var designe = Imputation.imputer(new BigDecimal("350.00"), dettes, Optional.of(fevrier.id()));
        assertThat(designe.parts().get(0)).isEqualTo(new Imputation.Part(fevrier.id(), new BigDecimal("200.00")));
        assertThat(designe.surplus()).isEqualByComparingTo("45.00");
        assertThatIllegalArgumentException().isThrownBy(() -> Imputation.imputer(BigDecimal.ZERO, dettes, Optional.empty()));
    }

    @Test
    void echeancierAuCentimeEtVersementManque() {
        var v = EcheancierDApurement.etablir(new BigDecimal("1000.00"), 3, LocalDate.of(2026, 4, 10));
        assertThat(v).extracting(EcheancierDApurement.Versement::montant).containsExactly(new BigDecimal("333.33"), new BigDecimal("333.33"),
                new BigDecimal("333.34"));
        assertThat(v.get(2).dateLimite()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(EcheancierDApurement.premierDefaillant(v, new BigDecimal("333.33"), LocalDate.of(2026, 5, 10))).isEqualTo(-1);
        assertThat(EcheancierDApurement.premierDefaillant(v, new BigDecimal("333.33"), LocalDate.of(2026, 5, 11))).isEqualTo(2);
        assertThat(EcheancierDApurement.premierDefaillant(v, new BigDecimal("1000.00"), LocalDate.of(2027, 1, 1))).isEqualTo(-1);
        assertThatIllegalArgumentException().isThrownBy(() -> EcheancierDApurement.etablir(new BigDecimal("10"), 0, LocalDate.of(2026, 4, 10)));
    }

    @Test
    void tauxDeRestesARecouvrer() {
        // Rapport 2023 de la caisse : 2,06 % ; 4 953 € restant sur 240 422 € liquidés.
        assertThat(RestesARecouvrer.tauxEnPourcentage(new BigDecimal("4953"), new BigDecimal("240422"))).isEqualByComparingTo("2.06");
        assertThat(RestesARecouvrer.tauxEnPourcentage(BigDecimal.ONE, BigDecimal.ZERO)).isEqualByComparingTo("0");
    }
}
