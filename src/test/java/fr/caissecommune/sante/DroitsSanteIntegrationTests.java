package fr.caissecommune.sante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Les droits santé sur la base : affiliation, ayants droit, carte Vitale, médecin traitant, ALD, maternité, AME, C2S,
 * et les changements de situation du référentiel qui les atteignent par événements (naissance, emploi, décès,
 * départ du département et retour).
 */
@SpringBootTest
class DroitsSanteIntegrationTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");
    static final AtomicInteger ORDRE = new AtomicInteger(400);

    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    DroitsSante droits;
    @Autowired
    ComplementaireSanteSolidaire c2s;

    static Nir nir(Sexe sexe, LocalDate naissance) {
        var sans = (sexe == Sexe.F ? "2" : "1") + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue()) + "48095"
                + String.format("%03d", ORDRE.incrementAndGet());
        return Nir.of(sans + String.format("%02d", Nir.cle(sans)));
    }

    PersonneId inscrire(String nom, String prenom, Sexe sexe, LocalDate naissance) {
        return registre.inscrire(new NouvellePersonne(nir(sexe, naissance), nom, null, prenom, sexe, naissance, MENDE, null, null, null), "test");
    }

    static void attendre(Runnable verification) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().untilAsserted(verification::run);
    }

    record Couple(FoyerId foyer, PersonneId mere, PersonneId pere) {
    }

    /** Un couple salarié : l'emploi, publié par le référentiel, ouvre l'affiliation au titre de l'activité. */
    Couple couple(String nom) {
        var mere = inscrire(nom, "Claire", Sexe.F, LocalDate.of(1990, 4, 2));
        var pere = inscrire(nom, "Paul", Sexe.M, LocalDate.of(1988, 9, 9));
        var foyer = registre.creerFoyer(mere, LocalDate.of(2008, 1, 1), Source.GUICHET, "test");
        registre.ajouterAuFoyer(foyer, pere, Fait.RoleDansLeFoyer.CONJOINT, LocalDate.of(2008, 1, 1), "Mise en couple", Source.GUICHET, "test");
        situations.enregistrer(mere, null, new Fait.Emploi(null, "Mairie de Mende", "CDI", Montant.euros(2_100)), LocalDate.of(2010, 3, 1),
                Source.FLUX_PARTENAIRE, "DSN");
        situations.enregistrer(pere, null, new Fait.Emploi(null, "Scierie du Lot", "CDI", Montant.euros(2_300)), LocalDate.of(2009, 6, 1),
                Source.FLUX_PARTENAIRE, "DSN");
        attendre(() -> {
            assertThat(titre(mere, LocalDate.of(2010, 3, 1))).isEqualTo(TitreDAffiliation.ACTIVITE);
            assertThat(titre(pere, LocalDate.of(2009, 6, 1))).isEqualTo(TitreDAffiliation.ACTIVITE);
        });
        return new Couple(foyer, mere, pere);
    }

    TitreDAffiliation titre(PersonneId p, LocalDate date) {
        var d = droits.dossier(p.valeur()).orElseThrow();
        var a = d.affiliationAu(date);
        return a == null ? null : a.titre();
    }

    @Test
    void unNouveauNeDevientAyantDroitDeSesDeuxParentsEtLaNaissanceCloLaGrossesse() {
        var c = couple("Bastide");
        droits.declarerUneGrossesse(c.mere().valeur(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 1));
        var naissance = LocalDate.of(2025, 11, 20);
        var bebe = registre.declarerNaissance(c.foyer(), new NouvellePersonne(nir(Sexe.F, naissance), "Bastide", null, "Lou", Sexe.F, naissance,
                MENDE, null, null, null), Source.GUICHET, "naissance");
        attendre(() -> {
            var a = droits.dossier(bebe.valeur()).orElseThrow().affiliationAu(naissance);
            assertThat(a).isNotNull();
            assertThat(a.titre()).isEqualTo(TitreDAffiliation.AYANT_DROIT);
            assertThat(a.ouvrantsDroit()).containsExactlyInAnyOrder(c.mere().valeur(), c.pere().valeur());
        });
        assertThat(droits.dossier(c.mere().valeur()).orElseThrow().grossesses()).containsExactly(new Grossesse(LocalDate.of(2025, 3, 1), naissance));
        var nirBebe = registre.getPersonne(bebe).nir();
        var s = droits.situation(nirBebe).orElseThrow();
        assertThat(s.aDesDroitsAu(naissance)).isTrue();
        assertThat(s.aDesDroitsAu(naissance.minusDays(1))).isFalse();
        assertThat(droits.ayantsDroitDe(c.pere().valeur())).contains(bebe.valeur());
    }

    @Test
    void leDecesDUnParentCloSesDroitsEtMaintientLEnfantAupresDeLAutre() {
        var c = couple("Rouvière");
        var naissance = LocalDate.of(2018, 2, 2);
        var enfant = registre.declarerNaissance(c.foyer(), new NouvellePersonne(nir(Sexe.M, naissance), "Rouvière", null, "Tom", Sexe.M, naissance,
                MENDE, null, null, null), Source.GUICHET, "naissance");
        attendre(() -> assertThat(droits.ayantsDroitDe(c.pere().valeur())).contains(enfant.valeur()));
        droits.declarerUnMedecinTraitant(c.pere().valeur(), Rpps.of("10005831911"), "Dr Martin", LocalDate.of(2023, 1, 10));

        situations.enregistrer(c.pere(), null, new Fait.Deces(), LocalDate.of(2026, 1, 15), Source.FLUX_PARTENAIRE, "INSEE");
        attendre(() -> assertThat(droits.dossier(c.pere().valeur()).orElseThrow().deces()).isEqualTo(LocalDate.of(2026, 1, 15)));
        var pere = droits.dossier(c.pere().valeur()).orElseThrow();
        assertThat(pere.affiliationAu(LocalDate.of(2026, 1, 15))).isNotNull();
        assertThat(pere.affiliationAu(LocalDate.of(2026, 1, 16))).isNull();
        assertThat(pere.medecinTraitantAu(LocalDate.of(2026, 1, 16))).isNull();
        var enfantApres = droits.dossier(enfant.valeur()).orElseThrow().affiliationAu(LocalDate.of(2026, 2, 1));
        assertThat(enfantApres.titre()).isEqualTo(TitreDAffiliation.AYANT_DROIT);
        assertThat(enfantApres.ouvrantsDroit()).containsExactly(c.mere().valeur());
        assertThatThrownBy(() -> droits.affilier(c.pere().valeur(), TitreDAffiliation.RESIDENCE, LocalDate.of(2026, 3, 1), "erreur"))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("décédé");
    }

    @Test
    void unDepartHorsDuDepartementFermeLesDroitsEtUnRetourLesRouvre() {
        var p = inscrire("Vidal", "Jean", Sexe.M, LocalDate.of(1970, 1, 1));
        droits.affilier(p.valeur(), TitreDAffiliation.RESIDENCE, LocalDate.of(2015, 1, 1), "résidence stable");
        situations.enregistrer(p, null, new Fait.Adresse("1 rue de la Part-Dieu", null, "69003", CodeCommune.of("69123"), "Lyon"),
                LocalDate.of(2025, 9, 1), Source.COURRIER, "déménagement");
        attendre(() -> assertThat(titre(p, LocalDate.of(2025, 9, 1))).isNull());
        var fermee = droits.dossier(p.valeur()).orElseThrow().affiliations().getFirst();
        assertThat(fermee.motifDeFin()).startsWith("Départ hors du département");
        assertThat(droits.situation(registre.getPersonne(p).nir()).orElseThrow().aDesDroitsAu(LocalDate.of(2025, 8, 31))).isTrue();

        situations.enregistrer(p, null, new Fait.Adresse("2 rue du Pont", null, "48000", MENDE, "Mende"), LocalDate.of(2026, 2, 1),
                Source.COURRIER, "retour");
        attendre(() -> assertThat(titre(p, LocalDate.of(2026, 2, 1))).isEqualTo(TitreDAffiliation.RESIDENCE));
    }

    @Test
    void lesDroitsSeDeclarentEtSeControlent() {
        var p = inscrire("Pagès", "Anne", Sexe.F, LocalDate.of(1980, 6, 6));
        var id = p.valeur();
        assertThatThrownBy(() -> droits.demanderUneCarteVitale(id, LocalDate.of(2025, 1, 1))).isInstanceOf(ChampInvalide.class)
                .hasMessageContaining("pas de droits ouverts");
        droits.affilier(id, TitreDAffiliation.RESIDENCE, LocalDate.of(2024, 1, 1), "résidence");
        assertThatThrownBy(() -> droits.affilier(id, TitreDAffiliation.RESIDENCE, LocalDate.of(2024, 6, 1), "doublon"))
                .isInstanceOf(ChampInvalide.class).extracting(e -> ((ChampInvalide) e).champ()).isEqualTo("titre");

        var carte = droits.demanderUneCarteVitale(id, LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> droits.changerLeStatutDeLaCarte(carte.id(), StatutDeCarteVitale.ENVOYEE, LocalDate.of(2025, 1, 2)))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("ne peut pas passer");
        droits.changerLeStatutDeLaCarte(carte.id(), StatutDeCarteVitale.EN_FABRICATION, LocalDate.of(2025, 1, 5));
        assertThat(droits.changerLeStatutDeLaCarte(carte.id(), StatutDeCarteVitale.ENVOYEE, LocalDate.of(2025, 1, 20)).statut())
                .isEqualTo(StatutDeCarteVitale.ENVOYEE);
        assertThatThrownBy(() -> droits.demanderUneCarteVitale(id, LocalDate.of(2025, 2, 1))).isInstanceOf(ChampInvalide.class);

        droits.declarerUnMedecinTraitant(id, Rpps.of("10005831911"), "Dr Martin", LocalDate.of(2024, 2, 1));
        droits.declarerUnMedecinTraitant(id, Rpps.of("10100000008"), "Dr Roux", LocalDate.of(2025, 3, 1));
        droits.reconnaitreUneAld(id, "Diabète de type 2", LocalDate.of(2024, 5, 1), null, List.of("ccam:jvlf001", "G"));
        assertThatThrownBy(() -> droits.reconnaitreUneAld(id, "Diabète", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), List.of()))
                .isInstanceOf(ChampInvalide.class).extracting(e -> ((ChampInvalide) e).champ()).isEqualTo("fin");

        var s = droits.situation(registre.getPersonne(p).nir()).orElseThrow();
        assertThat(s.medecinTraitant()).isEqualTo(Rpps.of("10100000008"));
        assertThat(s.ald()).singleElement().satisfies(a -> assertThat(a.codes()).containsExactlyInAnyOrder("CCAM:JVLF001", "G"));

        // Un majeur ne peut pas être ayant droit ; l'AME est refusée à une personne affiliée à la PUMa.
        var mere = inscrire("Pagès", "Rose", Sexe.F, LocalDate.of(1955, 1, 1));
        assertThatThrownBy(() -> droits.rattacherAyantDroit(id, List.of(mere.valeur()), LocalDate.of(2025, 1, 1), "erreur"))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("mineur");
        assertThatThrownBy(() -> droits.ouvrirLAme(id, LocalDate.of(2025, 1, 1))).isInstanceOf(ChampInvalide.class).hasMessageContaining("L251-1");
        var etranger = registre.inscrire(new NouvellePersonne(null, "Diallo", null, "Awa", Sexe.F, LocalDate.of(1995, 3, 3), null, "Sénégal", null, null),
                "test");
        var ame = droits.ouvrirLAme(etranger.valeur(), LocalDate.of(2025, 10, 1));
        assertThat(ame.fin()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(droits.situationDe(etranger.valeur()).orElseThrow().beneficieDeLAmeAu(LocalDate.of(2026, 9, 30))).isTrue();
    }

    @Test
    void laC2sSeDemandeSInstruitSeDecideEtSeRenouvelle() {
        var c = couple("Chabert");
        var enfant = registre.declarerNaissance(c.foyer(), new NouvellePersonne(null, "Chabert", null, "Léo", Sexe.M, LocalDate.of(2015, 5, 5), MENDE,
                null, null, null), Source.GUICHET, "naissance");
        attendre(() -> assertThat(droits.ayantsDroitDe(c.pere().valeur())).contains(enfant.valeur()));

        var demande = c2s.deposer(c.mere().valeur(), List.of(c.pere().valeur(), enfant.valeur()), Montant.euros(20_000), LocalDate.of(2025, 5, 5), null);
        assertThat(demande.statut()).isEqualTo(DemandeC2s.Statut.DEPOSEE);
        assertThat(demande.membres()).hasSize(3);
        assertThat(c2s.aInstruire(1000)).extracting(DemandeC2s::id).contains(demande.id());
        assertThatThrownBy(() -> c2s.deposer(c.mere().valeur(), List.of(), Montant.euros(1), LocalDate.of(2025, 5, 6), null))
                .isInstanceOf(ChampInvalide.class).hasMessageContaining("déjà à instruire");

        var instruction = c2s.instruire(demande.id(), LocalDate.of(2025, 5, 20));
        assertThat(instruction.proposition()).isEqualTo(fr.caissecommune.sante.calcul.InstructionC2s.Proposition.PARTICIPATION);
        var accordee = c2s.decider(demande.id(), true, LocalDate.of(2025, 5, 20), null);
        assertThat(accordee.statut()).isEqualTo(DemandeC2s.Statut.ACCORDEE);
        assertThat(accordee.forme()).isEqualTo(DemandeC2s.Forme.PARTICIPATION);
        assertThat(accordee.droit()).isEqualTo(fr.caissecommune.commun.Periode.entre(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)));
        // 35 et 37 ans au 01/01/2025 : 14 € chacun ; l'enfant : 8 €.
        assertThat(accordee.participationMensuelle()).isEqualTo(Montant.euros(36));
        assertThatThrownBy(() -> c2s.decider(demande.id(), true, LocalDate.of(2025, 5, 21), null)).isInstanceOf(ChampInvalide.class);

        var nirEnfant = registre.getPersonne(c.pere()).nir(); // le père, membre du foyer couvert
        assertThat(droits.situation(nirEnfant).orElseThrow().beneficieDeLaC2sAu(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(droits.situations(List.of(nirEnfant.valeur(), "199999999999999")).keySet()).containsExactly(nirEnfant.valeur());

        // Renouvellement déposé avant l'échéance : le nouveau droit suit le précédent sans interruption.
        var renouvellement = c2s.deposer(c.mere().valeur(), List.of(c.pere().valeur(), enfant.valeur()), Montant.euros(15_000),
                LocalDate.of(2026, 4, 2), demande.id());
        var renouvelee = c2s.decider(renouvellement.id(), true, LocalDate.of(2026, 4, 10), null);
        assertThat(renouvelee.forme()).isEqualTo(DemandeC2s.Forme.GRATUITE);
        assertThat(renouvelee.droit()).isEqualTo(fr.caissecommune.commun.Periode.entre(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)));

        // Au-delà du plafond avec participation : l'accord est impossible, le refus est enregistré avec son explication.
        var seul = inscrire("Fabre", "Luc", Sexe.M, LocalDate.of(1975, 1, 1));
        droits.affilier(seul.valeur(), TitreDAffiliation.RESIDENCE, LocalDate.of(2020, 1, 1), "résidence");
        var trop = c2s.deposer(seul.valeur(), List.of(), Montant.euros(20_000), LocalDate.of(2025, 9, 1), null);
        assertThatThrownBy(() -> c2s.decider(trop.id(), true, LocalDate.of(2025, 9, 10), null)).isInstanceOf(ChampInvalide.class)
                .extracting(e -> ((ChampInvalide) e).champ()).isEqualTo("ressources");
        var refusee = c2s.decider(trop.id(), false, LocalDate.of(2025, 9, 10), null);
        assertThat(refusee.statut()).isEqualTo(DemandeC2s.Statut.REFUSEE);
        assertThat(refusee.explication()).contains("droit refusé");
        assertThat(droits.situationDe(seul.valeur()).orElseThrow().c2s()).isEmpty();
    }
}
