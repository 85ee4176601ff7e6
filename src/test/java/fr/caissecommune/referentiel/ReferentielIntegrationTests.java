package fr.caissecommune.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ReferentielIntegrationTests {

    static final CodeCommune MENDE = CodeCommune.of("48095");

    @Autowired
    Registre registre;
    @Autowired
    Situations situations;
    @Autowired
    Communes communes;
    @Autowired
    JdbcClient jdbc;

    static Nir nir(int sexe, LocalDate naissance, String lieu, int ordre) {
        var sans = sexe + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue()) + lieu + String.format("%03d", ordre);
        return Nir.of(sans + String.format("%02d", Nir.cle(sans)));
    }

    static NouvellePersonne personne(String nom, String prenom, Sexe sexe, LocalDate naissance, int ordre) {
        return new NouvellePersonne(nir(sexe.chiffreNir(), naissance, "48095", ordre), nom, null, prenom, sexe, naissance, MENDE, null, null, null);
    }

    long personnes() {
        return jdbc.sql("select count(*) from referentiel.personne").query(Long.class).single();
    }

    @Test
    void chargeLesCommunesLivreesDeLaLozereEtDuRhone() {
        assertThat(communes.get(MENDE, "commune").nom()).isEqualTo("Mende");
        assertThat(communes.duDepartement("48")).hasSize(152);
        assertThat(communes.rechercher("lyon", 5)).extracting(Commune::nom).contains("Lyon");
    }

    @Test
    void refuseUneSecondeInscriptionDuMemeNirSansRienEcrire(AssertablePublishedEvents evenements) {
        var marie = personne("Pradel", "Marie", Sexe.F, LocalDate.of(1984, 5, 12), 101);
        registre.inscrire(marie, "test");
        long avant = personnes();
        assertThatThrownBy(() -> registre.inscrire(marie, "test")).isInstanceOf(ChampInvalide.class)
                .hasMessageContaining("NIR déjà inscrit").extracting("champ").isEqualTo("nir");
        assertThat(personnes()).isEqualTo(avant);
        assertThat(evenements).contains(PersonneInscrite.class).matching(PersonneInscrite::avecNir, true);
    }

    @Test
    void refuseUneCommuneDeNaissanceInconnueEtUnNirIncoherent() {
        var inconnue = new NouvellePersonne(null, "Roux", null, "Paul", Sexe.M, LocalDate.of(1990, 1, 2), CodeCommune.of("48999"), null, null, null);
        assertThatThrownBy(() -> registre.inscrire(inconnue, "test")).isInstanceOf(ChampInvalide.class)
                .hasMessageContaining("Commune inconnue").extracting("champ").isEqualTo("communeDeNaissance");
        var incoherent = new NouvellePersonne(nir(2, LocalDate.of(1990, 1, 2), "48095", 7), "Roux", null, "Paul", Sexe.M,
                LocalDate.of(1990, 1, 2), MENDE, null, null, null);
        assertThatThrownBy(() -> registre.inscrire(incoherent, "test")).hasMessageContaining("NIR incohérent avec le sexe");
    }

    @Test
    void chercheSansTenirCompteDesAccentsNiDeLaCasseEtSignaleLesDoublonsProbables() {
        var naissance = LocalDate.of(1979, 11, 3);
        registre.inscrire(new NouvellePersonne(null, "Lefèvre", null, "Héloïse", Sexe.F, naissance, MENDE, null, null, null), "test");
        assertThat(registre.rechercher("LEFEVRE", "heloise", naissance, 10)).extracting(Personne::prenoms).containsExactly("Héloïse");
        var memePersonne = new NouvellePersonne(null, "LEFEVRE", null, "Héloïse Marie", Sexe.F, naissance, MENDE, null, null, null);
        assertThat(registre.doublonsProbables(memePersonne)).hasSize(1);
    }

    @Test
    void enregistreUneNaissanceRetroactiveEtLaPublieAvecSaDateDEffet(AssertablePublishedEvents evenements) {
        var mere = registre.inscrire(personne("Bastide", "Claire", Sexe.F, LocalDate.of(1988, 2, 20), 202), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2015, 1, 1), Source.GUICHET, "test");
        var naissance = LocalDate.now().minusMonths(5).withDayOfMonth(12);
        var enfant = registre.declarerNaissance(foyer, new NouvellePersonne(null, "Bastide", null, "Léa", Sexe.F, naissance, MENDE, null, null, null),
                Source.COURRIER, "test");

        var situation = situations.situationDuFoyer(foyer);
        assertThat(situation.enfantsA(LocalDate.now())).extracting(SituationDuFoyer.Membre::personne).containsExactly(enfant);
        assertThat(situation.enfantsA(naissance.minusDays(1))).isEmpty();
        assertThat(evenements).contains(SituationModifiee.class)
                .matching(e -> e.foyer() != null && e.foyer().equals(foyer) && e.nature() == Fait.Nature.ARRIVEE_AU_FOYER
                        && e.aCompterDu().equals(naissance));
    }

    @Test
    void uneCorrectionRemplaceLeFaitErroneEtRepartDeLaPlusAncienneDate(AssertablePublishedEvents evenements) {
        var pere = registre.inscrire(personne("Chabert", "Louis", Sexe.M, LocalDate.of(1980, 7, 1), 303), "test");
        var foyer = registre.creerFoyer(pere, LocalDate.of(2010, 1, 1), Source.GUICHET, "test");
        var faux = situations.enregistrer(pere, foyer, new Fait.Ressources(2024, Montant.euros(40_000)), LocalDate.of(2024, 1, 1),
                Source.COURRIER, "test");
        situations.corriger(faux, new Fait.Ressources(2024, Montant.euros(30_000)), LocalDate.of(2024, 1, 1), Source.CONTROLE, "erreur de saisie");

        assertThat(situations.situationDuFoyer(foyer).ressourcesDe(2024)).contains(Montant.euros(30_000));
        var historique = situations.historique(pere).stream().filter(f -> f.fait() instanceof Fait.Ressources).toList();
        assertThat(historique).hasSize(2);
        assertThat(historique).filteredOn(FaitEnregistre::enVigueur).singleElement()
                .satisfies(f -> assertThat(f.operation()).isEqualTo(Operation.CORRECTION));
        assertThat(evenements).contains(SituationModifiee.class).matching(e -> e.operation() == Operation.CORRECTION);
    }

    @Test
    void refuseUnDepartAvantLArriveeEtLeDepartDUnAbsent() {
        var mere = registre.inscrire(personne("Malaval", "Anne", Sexe.F, LocalDate.of(1985, 3, 3), 404), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2012, 1, 1), Source.GUICHET, "test");
        var naissance = LocalDate.of(2014, 6, 1);
        var enfant = registre.declarerNaissance(foyer, new NouvellePersonne(null, "Malaval", null, "Tom", Sexe.M, naissance, MENDE, null, null, null),
                Source.GUICHET, "test");
        assertThatThrownBy(() -> situations.enregistrer(enfant, foyer, new Fait.DepartDuFoyer(enfant, "Tom", "Départ"), naissance,
                Source.GUICHET, "test")).hasMessageContaining("ne suit pas l'arrivée");
        situations.enregistrer(enfant, foyer, new Fait.DepartDuFoyer(enfant, "Tom", "Départ"), LocalDate.of(2025, 9, 1), Source.GUICHET, "test");
        assertThatThrownBy(() -> situations.enregistrer(enfant, foyer, new Fait.DepartDuFoyer(enfant, "Tom", "Départ"), LocalDate.of(2025, 10, 1),
                Source.GUICHET, "test")).hasMessageContaining("n'est pas présent(e)");
        assertThat(situations.situationDuFoyer(foyer).enfantsA(LocalDate.of(2025, 8, 31))).hasSize(1);
        assertThat(situations.situationDuFoyer(foyer).enfantsA(LocalDate.of(2025, 9, 1))).isEmpty();
    }

    @Test
    void laSituationCompacteDuFoyerEstCelleQueReconstruisentSesFaits() {
        var mere = registre.inscrire(personne("Rouvière", "Inès", Sexe.F, LocalDate.of(1987, 4, 4), 606), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2011, 1, 1), Source.GUICHET, "test");
        var enfant = registre.declarerNaissance(foyer, new NouvellePersonne(null, "Rouvière", null, "Noé", Sexe.M, LocalDate.of(2012, 2, 2),
                MENDE, null, null, null), Source.GUICHET, "test");
        situations.enregistrer(mere, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Inès Rouvière"),
                LocalDate.of(2011, 1, 1), Source.GUICHET, "test");
        var faux = situations.enregistrer(mere, foyer, new Fait.Ressources(2024, Montant.euros(12_000)), LocalDate.of(2024, 1, 1),
                Source.GUICHET, "test");
        situations.corriger(faux, new Fait.Ressources(2024, Montant.euros(21_000)), LocalDate.of(2024, 1, 1), Source.CONTROLE, "test");
        var depart = situations.enregistrer(enfant, foyer, new Fait.DepartDuFoyer(enfant, "Noé", "Départ"), LocalDate.of(2030, 1, 1).minusYears(4),
                Source.GUICHET, "test");
        situations.annuler(depart, Source.GUICHET, "saisi par erreur");

        var compacte = situations.situationsDesFoyers(java.util.List.of(foyer)).get(foyer);
        assertThat(compacte).isEqualTo(situations.reconstruire(java.util.List.of(foyer)).get(foyer));
        assertThat(compacte.ressourcesDe(2024)).contains(Montant.euros(21_000));
        assertThat(compacte.enfantsA(LocalDate.of(2027, 1, 1))).hasSize(1);
        assertThat(compacte.compteA(LocalDate.now())).isPresent();
    }

    @Autowired
    ChargementEnMasse chargement;

    @Test
    void uneRepriseEnMasseTientAJourLaSituationCompacteDeChaqueFoyer() {
        var mere = new ChargementEnMasse.PersonneACharger(PersonneId.nouveau(), personne("Malafosse", "Eve", Sexe.F, LocalDate.of(1983, 6, 6), 707));
        var fils = new ChargementEnMasse.PersonneACharger(PersonneId.nouveau(),
                new NouvellePersonne(null, "Malafosse", null, "Tom", Sexe.M, LocalDate.of(2015, 5, 5), MENDE, null, null, null));
        var foyer = FoyerId.nouveau();
        chargement.charger(java.util.List.of(mere, fils), java.util.List.of(new ChargementEnMasse.FoyerACharger(foyer, "9000001", mere.id(),
                        LocalDate.of(2014, 1, 1))),
                java.util.List.of(
                        new ChargementEnMasse.FaitACharger(mere.id(), foyer, new Fait.ArriveeAuFoyer(mere.id(), Fait.RoleDansLeFoyer.ALLOCATAIRE,
                                "Eve", "Ouverture du foyer"), LocalDate.of(2014, 1, 1)),
                        new ChargementEnMasse.FaitACharger(fils.id(), foyer, new Fait.ArriveeAuFoyer(fils.id(), Fait.RoleDansLeFoyer.ENFANT,
                                "Tom", "Naissance"), LocalDate.of(2015, 5, 5)),
                        new ChargementEnMasse.FaitACharger(mere.id(), foyer, new Fait.Ressources(2024, Montant.euros(33_000)), LocalDate.of(2024, 1, 1)),
                        new ChargementEnMasse.FaitACharger(mere.id(), null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null,
                                "Eve Malafosse"), LocalDate.of(2014, 1, 1))),
                java.util.List.of(), java.util.List.of());

        var compacte = situations.situationsDesFoyers(java.util.List.of(foyer)).get(foyer);
        var reconstruite = situations.reconstruire(java.util.List.of(foyer)).get(foyer);
        assertThat(compacte.membres()).isEqualTo(reconstruite.membres());
        assertThat(compacte).isEqualTo(reconstruite);
        assertThat(compacte.enfantsA(LocalDate.of(2026, 1, 1))).hasSize(1);
    }

    @Test
    void leCompteBancaireEnVigueurDependDeLaDate() {
        var p = registre.inscrire(personne("Jouve", "Lucie", Sexe.F, LocalDate.of(1991, 9, 9), 505), "test");
        var foyer = registre.creerFoyer(p, LocalDate.of(2020, 1, 1), Source.GUICHET, "test");
        situations.enregistrer(p, null, new Fait.CompteBancaire(Iban.of("FR1420041010050500013M02606"), null, "Lucie Jouve"),
                LocalDate.of(2020, 1, 1), Source.GUICHET, "test");
        situations.enregistrer(p, null, new Fait.CompteBancaire(Iban.of("FR7630004000031234567890143"), null, "Lucie Jouve"),
                LocalDate.of(2026, 3, 1), Source.ESPACE_EN_LIGNE, "test");
        var situation = situations.situationDuFoyer(foyer);
        assertThat(situation.compteA(LocalDate.of(2026, 2, 28)).orElseThrow().iban().valeur()).isEqualTo("FR1420041010050500013M02606");
        assertThat(situation.compteA(LocalDate.of(2026, 3, 5)).orElseThrow().iban().valeur()).isEqualTo("FR7630004000031234567890143");
        assertThat(jdbc.sql("select count(*) from socle.journal_audit where personne_id = ?").param(p.valeur()).query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void logementHandicapRessourcesDeclareesGrossesseEtGardeEntrentDansLaSituationCompacteDuFoyer(AssertablePublishedEvents evenements) {
        var mere = registre.inscrire(personne("Fabre", "Nina", Sexe.F, LocalDate.of(1990, 1, 15), 808), "test");
        var foyer = registre.creerFoyer(mere, LocalDate.of(2018, 1, 1), Source.GUICHET, "test");
        var fils = registre.declarerNaissance(foyer, new NouvellePersonne(null, "Fabre", null, "Léo", Sexe.M, LocalDate.of(2019, 3, 3), MENDE,
                null, null, null), Source.GUICHET, "test");
        situations.enregistrer(mere, foyer, new Fait.Logement(Fait.StatutDOccupation.LOCATAIRE, Montant.euros(520), Fait.ZoneDeLogement.ZONE_2,
                false), LocalDate.of(2024, 1, 1), Source.GUICHET, "test");
        situations.enregistrer(mere, foyer, new Fait.Logement(Fait.StatutDOccupation.LOCATAIRE, Montant.euros(610), Fait.ZoneDeLogement.ZONE_2,
                false), LocalDate.of(2025, 7, 1), Source.ESPACE_EN_LIGNE, "déménagement");
        situations.enregistrer(fils, foyer, new Fait.Handicap(fils, 80, Fait.CategorieAeeh.CATEGORIE_2, false, LocalDate.of(2027, 1, 1)),
                LocalDate.of(2024, 6, 1), Source.FLUX_PARTENAIRE, "CDAPH");
        var mois = java.time.YearMonth.now().minusMonths(2);
        situations.enregistrer(mere, foyer, new Fait.RessourcesDeclarees(mere, mois, Montant.euros(900), Montant.ZERO, Montant.euros(50)),
                mois.atDay(1), Source.ESPACE_EN_LIGNE, "DTR");
        situations.enregistrer(mere, foyer, new Fait.Grossesse(mere, LocalDate.now().plusMonths(4), 2), LocalDate.now().minusMonths(1),
                Source.GUICHET, "test");
        situations.enregistrer(fils, foyer, new Fait.ModeDeGarde(fils, Fait.TypeDeGarde.ASSISTANT_MATERNEL, 120, Montant.euros(480)),
                LocalDate.of(2020, 1, 1), Source.GUICHET, "test");

        var compacte = situations.situationsDesFoyers(java.util.List.of(foyer)).get(foyer);
        assertThat(compacte).isEqualTo(situations.reconstruire(java.util.List.of(foyer)).get(foyer));
        assertThat(compacte.logementA(LocalDate.of(2025, 6, 30)).orElseThrow().loyerMensuel()).isEqualTo(Montant.euros(520));
        assertThat(compacte.logementA(LocalDate.of(2025, 7, 1)).orElseThrow().loyerMensuel()).isEqualTo(Montant.euros(610));
        assertThat(compacte.logementA(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(compacte.handicapA(fils, LocalDate.of(2026, 1, 1)).orElseThrow().categorieAeeh()).isEqualTo(Fait.CategorieAeeh.CATEGORIE_2);
        assertThat(compacte.handicapA(fils, LocalDate.of(2027, 1, 1))).as("décision échue").isEmpty();
        assertThat(compacte.ressourcesDeclareesDu(mois)).singleElement().satisfies(r -> assertThat(r.total()).isEqualTo(Montant.euros(950)));
        assertThat(compacte.ressourcesDeclareesDuTrimestrePrecedant(mois.plusMonths(1))).isEqualTo(Montant.euros(950));
        assertThat(compacte.grossesseA(LocalDate.now()).orElseThrow().enfantsAttendus()).isEqualTo(2);
        assertThat(compacte.gardeA(fils, LocalDate.now()).orElseThrow().type()).isEqualTo(Fait.TypeDeGarde.ASSISTANT_MATERNEL);
        assertThat(evenements).contains(SituationModifiee.class).matching(e -> e.nature() == Fait.Nature.LOGEMENT
                && e.aCompterDu().equals(LocalDate.of(2025, 7, 1)) && e.nature().concerneLeFoyer());
    }

    @Test
    void refuseUnHandicapHorsBornesDesRessourcesFuturesEtUnLogementDeProprietaireAvecLoyer() {
        var pere = registre.inscrire(personne("Vidal", "Marc", Sexe.M, LocalDate.of(1982, 2, 2), 909), "test");
        var foyer = registre.creerFoyer(pere, LocalDate.of(2018, 1, 1), Source.GUICHET, "test");
        assertThatThrownBy(() -> new Fait.Handicap(pere, 120, Fait.CategorieAeeh.AUCUNE, false, null)).isInstanceOf(ChampInvalide.class)
                .extracting("champ").isEqualTo("tauxDIncapacite");
        assertThatThrownBy(() -> new Fait.Logement(Fait.StatutDOccupation.PROPRIETAIRE, Montant.euros(300), Fait.ZoneDeLogement.ZONE_3, false))
                .hasMessageContaining("ne paie ni loyer");
        var futur = java.time.YearMonth.now().plusMonths(1);
        assertThatThrownBy(() -> situations.enregistrer(pere, foyer, new Fait.RessourcesDeclarees(pere, futur, Montant.euros(1), Montant.ZERO,
                Montant.ZERO), futur.atDay(1), Source.GUICHET, "test")).isInstanceOf(ChampInvalide.class).extracting("champ").isEqualTo("mois");
        assertThatThrownBy(() -> situations.enregistrer(pere, null, new Fait.Logement(Fait.StatutDOccupation.LOCATAIRE, Montant.euros(300),
                Fait.ZoneDeLogement.ZONE_3, false), LocalDate.of(2024, 1, 1), Source.GUICHET, "test")).extracting("champ").isEqualTo("foyer");
    }
}
