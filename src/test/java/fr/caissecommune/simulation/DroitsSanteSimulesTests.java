package fr.caissecommune.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import fr.caissecommune.sante.RepriseDesDroits;
import fr.caissecommune.sante.TitreDAffiliation;

/** Les droits santé du département simulé : dans les proportions des rapports d'activité, sans changer la population. */
class DroitsSanteSimulesTests {

    @Test
    void lesDroitsSuiventLesPartsDesRapportsEtNeChangentPasLaPopulation() {
        var lot = new Generateur(Profil.LOZERE, 48, GenerateurTests.REFERENCE, GenerateurTests.COMMUNES).foyers(4_000);
        var sans = new Generateur(Profil.LOZERE, 48, GenerateurTests.REFERENCE, GenerateurTests.COMMUNES).foyers(4_000);
        var d = new DroitsSanteSimules(48, GenerateurTests.REFERENCE).du(lot);
        assertThat(lot.personnes()).isEqualTo(sans.personnes());

        double couverts = d.droits().size() / (double) lot.personnes().size();
        assertThat(couverts).isBetween(0.74, 0.82);
        double ald = d.droits().stream().filter(x -> !x.ald().isEmpty()).count() / (double) d.droits().size();
        assertThat(ald).isBetween(0.08, 0.22);
        assertThat(d.droits()).filteredOn(x -> x.titre() == TitreDAffiliation.AYANT_DROIT)
                .allSatisfy(x -> assertThat(x.ouvrantsDroit()).hasSizeBetween(1, 2))
                .allSatisfy(x -> assertThat(x.dateDeNaissance()).isAfter(GenerateurTests.REFERENCE.minusYears(18)));
        var ids = new HashSet<>();
        d.droits().forEach(x -> ids.add(x.personne()));
        // Les membres d'une C2S sont tous affiliés (la C2S complète la PUMa) ; les AME ne le sont pas.
        assertThat(d.c2s()).isNotEmpty().allSatisfy(c -> assertThat(ids).containsAll(c.membres()));
        assertThat(d.ame()).allSatisfy(a -> assertThat(ids).doesNotContain(a.personne()));
        assertThat(d.c2s()).allSatisfy(c -> assertThat(c.decideeLe()).isAfter(c.deposeeLe()));
        assertThat(d.droits()).extracting(RepriseDesDroits.DroitsACharger::debut).allSatisfy(debut -> assertThat(debut).isBeforeOrEqualTo(GenerateurTests.REFERENCE));
    }
}
