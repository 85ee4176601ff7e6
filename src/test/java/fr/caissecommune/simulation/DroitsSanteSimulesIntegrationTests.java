package fr.caissecommune.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.referentiel.ChargementEnMasse;
import fr.caissecommune.sante.DroitsSante;
import fr.caissecommune.sante.RepriseDesDroits;

/** Un lot du département simulé chargé avec ses droits santé : les C2S sont instruites par la règle, les situations se relisent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
class DroitsSanteSimulesIntegrationTests {

    @Autowired
    ChargementEnMasse chargement;
    @Autowired
    RepriseDesDroits reprise;
    @Autowired
    DroitsSante droits;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unLotSeChargeAvecSesDroitsEtSesMedecinsTraitants() {
        var reference = LocalDate.now().withDayOfMonth(1);
        var lot = new Generateur(Profil.LOZERE, 4_848, reference, GenerateurTests.COMMUNES).foyers(1_000);
        chargement.charger(lot.personnes(), lot.foyers(), lot.faits(), java.util.List.of(), java.util.List.of());
        var d = new DroitsSanteSimules(4_848, reference).du(lot);
        var bilan = reprise.charger(d.droits(), d.c2s(), d.ame());
        assertThat(bilan.accordeesSansParticipation() + bilan.accordeesAvecParticipation() + bilan.refusees()).isEqualTo(d.c2s().size());
        assertThat(bilan.accordeesSansParticipation()).isPositive();

        var medecins = java.util.List.of(new RepriseDesDroits.Medecin(fr.caissecommune.commun.Rpps.of("10005831911"), "Dr Anne Martin"));
        int declares = reprise.attribuerDesMedecinsTraitants(medecins, 0.9012, 16, 4_848, reference);
        long adultes = d.droits().stream().filter(x -> !x.dateDeNaissance().isAfter(reference.minusYears(16))).count();
        assertThat(declares / (double) adultes).isBetween(0.85, 0.95);

        var nirs = d.droits().stream().filter(x -> x.nir() != null).map(x -> x.nir().valeur()).toList();
        var situations = droits.situations(nirs);
        assertThat(situations).hasSize(nirs.size());
        assertThat(situations.values()).allSatisfy(s -> assertThat(s.aDesDroitsAu(reference.minusDays(1))).isTrue());
        long enC2s = situations.values().stream().filter(s -> s.beneficieDeLaC2sAu(reference.plusMonths(1))).count();
        assertThat(enC2s).isPositive();
        assertThat(jdbc.sql("select count(*) from sante.membre_c2s m join sante.demande_c2s d on d.id = m.demande where d.forme = 'PARTICIPATION'"
                + " and m.participation_mensuelle is null").query(Long.class).single()).isZero();
    }
}
