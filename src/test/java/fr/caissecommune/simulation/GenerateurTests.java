package fr.caissecommune.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.referentiel.ChargementEnMasse.PersonneACharger;
import fr.caissecommune.referentiel.Commune;
import fr.caissecommune.referentiel.Fait;

/** Le générateur de département simulé : déterministe, et fidèle au profil. */
class GenerateurTests {

    static final List<Commune> COMMUNES = List.of(new Commune(CodeCommune.of("48095"), "Mende", "48", "48000", 11_900),
            new Commune(CodeCommune.of("48061"), "Florac Trois Rivières", "48", "48400", 2_100));
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);

    @Test
    void unProfilALEchelleGardeSesProportions() {
        var million = Profil.RHONE.aLEchelle(1_000_000);
        assertThat(million.allocataires()).isEqualTo(1_000_000);
        assertThat(million.habitants()).isEqualTo(5_408_991); // 1 893 147 × 1 000 000 / 350 000, arrondi
        assertThat(million.cotisants()).isEqualTo(428_571);
        assertThat(million.nom()).isEqualTo("rhone-1000000").isNotEqualTo(Profil.RHONE.nom());
        assertThat(million.pyramide()).isEqualTo(Profil.RHONE.pyramide());
        assertThatIllegalArgumentException().isThrownBy(() -> Profil.LOZERE.aLEchelle(0))
                .withMessageContaining("allocataires");
    }

    @Test
    void laMemeGraineDonneLaMemePopulation() {
        var premier = new Generateur(Profil.LOZERE, 48, REFERENCE, COMMUNES).foyers(300);
        var second = new Generateur(Profil.LOZERE, 48, REFERENCE, COMMUNES).foyers(300);
        assertThat(second.personnes()).isEqualTo(premier.personnes());
        assertThat(second.faits()).isEqualTo(premier.faits());
        assertThat(new Generateur(Profil.LOZERE, 49, REFERENCE, COMMUNES).foyers(300).personnes()).isNotEqualTo(premier.personnes());
    }

    @Test
    void lesIdentifiantsSontValidesEtUniques() {
        var lot = new Generateur(Profil.LOZERE, 7, REFERENCE, COMMUNES).foyers(2_000);
        var nirs = lot.personnes().stream().map(PersonneACharger::personne).filter(p -> p.nir() != null).map(p -> p.nir().valeur()).toList();
        assertThat(nirs).doesNotHaveDuplicates().isNotEmpty();
        assertThat(lot.personnes()).allSatisfy(p -> assertThat(p.personne().dateDeNaissance()).isBefore(REFERENCE));
        var comptes = lot.faits().stream().filter(f -> f.fait() instanceof Fait.CompteBancaire).count();
        assertThat(comptes).isBetween(1_900L, 2_000L); // 98 % des allocataires ont des coordonnées bancaires
    }

    @Test
    void laCompositionDesFoyersSuitLeProfil() {
        var lot = new Generateur(Profil.LOZERE, 11, REFERENCE, COMMUNES).foyers(5_000);
        var enfants = lot.faits().stream().filter(f -> f.fait() instanceof Fait.ArriveeAuFoyer a && a.role() == Fait.RoleDansLeFoyer.ENFANT).count();
        // Environ un enfant par foyer allocataire (29 094 bénéficiaires pour 13 680 allocataires en Lozère en 2023).
        assertThat(enfants / 5_000.0).isBetween(0.7, 1.4);
        assertThat(lot.dossiers()).hasSize(5_000);
        assertThat(lot.faits()).filteredOn(f -> f.fait() instanceof Fait.Ressources).hasSize(5_000 * 4);
    }
}
