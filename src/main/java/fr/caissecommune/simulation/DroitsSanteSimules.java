package fr.caissecommune.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.ChargementEnMasse.PersonneACharger;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.sante.Ald;
import fr.caissecommune.sante.Grossesse;
import fr.caissecommune.sante.RepriseDesDroits;
import fr.caissecommune.sante.TitreDAffiliation;

/**
 * Les droits santé d'un lot du département simulé, dans des proportions tirées des rapports d'activité
 * (../shared/seeds/) : 78,2 % des habitants couverts par la caisse (CCSS de la Lozère 2024 : 59 864 bénéficiaires
 * pour 76 519 habitants, les autres relevant de la MSA ou d'autres régimes) ; 14,66 % de bénéficiaires en ALD,
 * surtout âgés, diabète, cancers, maladies cardio-vasculaires et psychiatriques en tête ; C2S demandée par les foyers
 * modestes et instruite par la règle (5 211 bénéficiaires en Lozère en 2023, soit 8,7 %, dont environ 71 % sans
 * participation) ; AME pour quelques personnes nées à l'étranger hors PUMa. Les tirages ont leur propre source
 * d'aléas : la population engendrée ne change pas.
 */
final class DroitsSanteSimules {

    static final double PART_DES_HABITANTS_COUVERTS = 0.782;
    static final double PART_EN_ACTIVITE = 0.72;
    static final int AGE_DE_LA_RETRAITE = 62;
    /** Probabilité d'une ALD par tranche d'âge de 20 ans (0-19, 20-39, 40-59, 60-79, 80 et plus), calée sur 14,66 % en moyenne. */
    static final double[] ALD_PAR_AGE = { 0.02, 0.055, 0.145, 0.33, 0.46 };
    static final String[][] AFFECTIONS = { { "Diabète de type 1 et diabète de type 2 (ALD 8)", "27" },
            { "Tumeur maligne, affection maligne du tissu lymphatique ou hématopoïétique (ALD 30)", "22" },
            { "Affections psychiatriques de longue durée (ALD 23)", "13" }, { "Maladie coronaire (ALD 13)", "9" },
            { "Insuffisance cardiaque grave, troubles du rythme graves, cardiopathies valvulaires graves (ALD 5)", "8" },
            { "Artériopathies chroniques avec manifestations ischémiques (ALD 3)", "5" }, { "Accident vasculaire cérébral invalidant (ALD 1)", "4" },
            { "Maladie d'Alzheimer et autres démences (ALD 15)", "4" }, { "Insuffisance respiratoire chronique grave (ALD 14)", "4" },
            { "Maladie de Parkinson (ALD 16)", "2" }, { "Polyarthrite rhumatoïde évolutive (ALD 22)", "2" } };
    static final double RECOURS_A_LA_C2S = 0.7;
    static final double PART_AME_NES_A_L_ETRANGER = 0.005;
    static final LocalDate PUMA = LocalDate.of(2016, 1, 1);

    private final SplittableRandom aleas;
    private final LocalDate reference;
    private final int totalAffections;

    DroitsSanteSimules(long graine, LocalDate reference) {
        this.aleas = new SplittableRandom(graine ^ 0x5A17EL);
        this.reference = reference;
        int total = 0;
        for (var a : AFFECTIONS) {
            total += Integer.parseInt(a[1]);
        }
        this.totalAffections = total;
    }

    record Droits(List<RepriseDesDroits.DroitsACharger> droits, List<RepriseDesDroits.C2sACharger> c2s, List<RepriseDesDroits.AmeACharger> ame) {
    }

    Droits du(Generateur.Lot lot) {
        var personnes = new HashMap<PersonneId, PersonneACharger>();
        lot.personnes().forEach(p -> personnes.put(p.id(), p));
        var membres = new HashMap<FoyerId, List<PersonneId>>();
        var roles = new HashMap<PersonneId, Fait.RoleDansLeFoyer>();
        var ressources = new HashMap<FoyerId, Fait.Ressources>();
        for (var f : lot.faits()) {
            if (f.fait() instanceof Fait.ArriveeAuFoyer a && f.foyer() != null) {
                membres.computeIfAbsent(f.foyer(), k -> new ArrayList<>()).add(a.membre());
                roles.put(a.membre(), a.role());
            } else if (f.fait() instanceof Fait.Ressources r && f.foyer() != null) {
                ressources.merge(f.foyer(), r, (x, y) -> x.annee() >= y.annee() ? x : y);
            }
        }
        var droits = new ArrayList<RepriseDesDroits.DroitsACharger>();
        var c2s = new ArrayList<RepriseDesDroits.C2sACharger>();
        var ame = new ArrayList<RepriseDesDroits.AmeACharger>();
        var traitees = new java.util.HashSet<PersonneId>();
        for (var foyer : lot.foyers()) {
            var liste = membres.getOrDefault(foyer.id(), List.of());
            traitees.addAll(liste);
            if (aleas.nextDouble() >= PART_DES_HABITANTS_COUVERTS) {
                continue;
            }
            var adultes = liste.stream().filter(m -> roles.get(m) != Fait.RoleDansLeFoyer.ENFANT || age(personnes.get(m)) >= 18).toList();
            var ouvrants = liste.stream().filter(m -> roles.get(m) != Fait.RoleDansLeFoyer.ENFANT).map(PersonneId::valeur).toList();
            var couverts = new ArrayList<PersonneACharger>();
            for (var m : liste) {
                var p = personnes.get(m);
                couverts.add(p);
                droits.add(adultes.contains(m) ? aTitrePersonnel(p) : ayantDroit(p, ouvrants));
            }
            var r = ressources.get(foyer.id());
            // Demande des foyers modestes (heuristique de la simulation ; la règle décide du droit).
            if (r != null && r.montant().compareTo(Montant.euros(16_000L + 7_000L * (couverts.size() - 1))) <= 0 && aleas.nextDouble() < RECOURS_A_LA_C2S) {
                var deposee = reference.minusDays(15 + aleas.nextInt(350));
                c2s.add(new RepriseDesDroits.C2sACharger(couverts.stream().map(p -> p.id().valeur()).toList(),
                        couverts.stream().map(p -> p.personne().dateDeNaissance()).toList(), r.montant(), deposee,
                        deposee.plusDays(5 + aleas.nextInt(25))));
            }
        }
        for (var p : lot.personnes()) {
            if (traitees.contains(p.id())) {
                continue;
            }
            if (aleas.nextDouble() < PART_DES_HABITANTS_COUVERTS) {
                droits.add(aTitrePersonnel(p));
            } else if (p.personne().paysDeNaissance() != null && age(p) >= 18 && aleas.nextDouble() < PART_AME_NES_A_L_ETRANGER / (1 - PART_DES_HABITANTS_COUVERTS)) {
                ame.add(new RepriseDesDroits.AmeACharger(p.id().valeur(), p.personne().nomDeNaissance() + " " + p.personne().prenoms(),
                        p.personne().dateDeNaissance(), reference.minusDays(aleas.nextInt(360))));
            }
        }
        return new Droits(droits, c2s, ame);
    }

    private int age(PersonneACharger p) {
        var n = p.personne().dateDeNaissance();
        return n.isAfter(reference) ? 0 : java.time.Period.between(n, reference).getYears();
    }

    private RepriseDesDroits.DroitsACharger aTitrePersonnel(PersonneACharger p) {
        int age = age(p);
        var titre = age >= 18 && age < AGE_DE_LA_RETRAITE && aleas.nextDouble() < PART_EN_ACTIVITE ? TitreDAffiliation.ACTIVITE
                : TitreDAffiliation.RESIDENCE;
        var naissance = p.personne().dateDeNaissance();
        var debut = max(age >= 18 ? naissance.plusYears(18) : naissance, PUMA);
        return droits(p, titre, List.of(), debut);
    }

    private RepriseDesDroits.DroitsACharger ayantDroit(PersonneACharger p, List<UUID> ouvrants) {
        return droits(p, TitreDAffiliation.AYANT_DROIT, ouvrants.size() > 2 ? ouvrants.subList(0, 2) : ouvrants,
                max(p.personne().dateDeNaissance(), PUMA));
    }

    private RepriseDesDroits.DroitsACharger droits(PersonneACharger p, TitreDAffiliation titre, List<UUID> ouvrants, LocalDate debut) {
        var personne = p.personne();
        int age = age(p);
        var ald = new ArrayList<Ald>();
        if (aleas.nextDouble() < ALD_PAR_AGE[Math.min(4, age / 20)]) {
            var depuis = max(debut, reference.minusDays(aleas.nextInt(1, 3_650)));
            ald.add(new Ald(affection(), Periode.depuis(depuis), Set.of()));
        }
        Grossesse grossesse = null;
        if (personne.sexe() == Sexe.F && age >= 18 && age <= 42 && aleas.nextDouble() < 0.035) {
            var debutGrossesse = reference.minusDays(aleas.nextInt(250));
            grossesse = new Grossesse(debutGrossesse, debutGrossesse.plusDays(280));
        }
        var carte = age >= 16 ? max(debut, personne.dateDeNaissance().plusYears(16)).plusDays(30) : null;
        if (carte != null && carte.isAfter(reference)) {
            carte = null;
        }
        var nom = (personne.nomDUsage() == null ? personne.nomDeNaissance() : personne.nomDUsage()) + " " + personne.prenoms();
        return new RepriseDesDroits.DroitsACharger(p.id().valeur(), personne.nir(), nom, personne.dateDeNaissance(), titre, ouvrants,
                debut.isAfter(reference) ? reference : debut, ald, grossesse, carte);
    }

    private String affection() {
        int tirage = aleas.nextInt(totalAffections);
        for (var a : AFFECTIONS) {
            tirage -= Integer.parseInt(a[1]);
            if (tirage < 0) {
                return a[0];
            }
        }
        return AFFECTIONS[0][0];
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

}
