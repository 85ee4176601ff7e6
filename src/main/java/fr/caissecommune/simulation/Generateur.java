package fr.caissecommune.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.famille.Dossier;
import fr.caissecommune.referentiel.ChargementEnMasse.FaitACharger;
import fr.caissecommune.referentiel.ChargementEnMasse.FoyerACharger;
import fr.caissecommune.referentiel.ChargementEnMasse.PersonneACharger;
import fr.caissecommune.referentiel.Commune;
import fr.caissecommune.referentiel.Etablissement;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.ProfessionnelDeSante;

/**
 * Engendre, lot par lot, la population d'un département simulé. Tout tirage passe par une seule source d'aléas
 * initialisée par la graine : la même graine donne la même population (identifiants compris).
 */
final class Generateur {

    /** Un lot prêt à charger. */
    record Lot(List<PersonneACharger> personnes, List<FoyerACharger> foyers, List<FaitACharger> faits, List<Dossier> dossiers,
            List<Etablissement> etablissements, List<ProfessionnelDeSante> professionnels) {
    }

    private static final String[][] PAYS = { { "139", "Portugal" }, { "350", "Maroc" }, { "352", "Algérie" }, { "134", "Espagne" },
            { "127", "Italie" }, { "351", "Tunisie" }, { "109", "Allemagne" }, { "131", "Belgique" } };
    private static final String[] VOIES = { "rue de la République", "avenue du Général de Gaulle", "place du Foirail", "rue du Pont",
            "chemin des Écoles", "route de Mende", "rue des Jardins", "boulevard Henri Bourrillon", "rue Basse", "impasse des Acacias",
            "rue de l'Église", "allée des Tilleuls", "avenue Jean Jaurès", "rue Victor Hugo", "chemin du Moulin" };
    private static final String[][] SPECIALITES = { { "Médecine générale", "49" }, { "Chirurgien-dentiste", "33" },
            { "Pharmacien", "33" }, { "Infirmier", "153" }, { "Masseur-kinésithérapeute", "102" }, { "Sage-femme", "15" },
            { "Orthophoniste", "22" }, { "Pédicure-podologue", "12" }, { "Cardiologie", "8" }, { "Pédiatrie", "6" },
            { "Gynécologie", "7" }, { "Ophtalmologie", "6" }, { "Radiologie", "9" }, { "Psychiatrie", "8" }, { "Dermatologie", "4" },
            { "Biologiste", "6" }, { "Transporteur sanitaire", "20" } };
    private static final String[] ACTIVITES = { "BOULANGERIE", "GARAGE", "MENUISERIE", "TRANSPORTS", "RESTAURANT", "HOTEL", "PHARMACIE",
            "BATIMENT", "ELECTRICITE", "PLOMBERIE", "COIFFURE", "AGENCE", "CABINET", "EXPLOITATION FORESTIERE", "FROMAGERIE",
            "BOUCHERIE", "SUPERMARCHE", "AMBULANCES", "EHPAD", "ASSOCIATION", "MAIRIE" };
    private static final String[] NAF = { "10.71C", "45.20A", "16.23Z", "49.41A", "56.10A", "55.10Z", "47.73Z", "41.20A", "43.21A",
            "43.22A", "96.02A", "70.22Z", "69.20Z", "02.20Z", "10.51C", "47.22Z", "47.11D", "86.90A", "87.10A", "94.99Z", "84.11Z" };

    private final Profil profil;
    private final SplittableRandom aleas;
    private final LocalDate reference;
    private final List<Commune> communes;
    private final int[] populationCumulee;
    private final Identifiants identifiants;
    private final String[] noms;
    private final String[] prenomsF;
    private final String[] prenomsM;
    private int prochainNumero = 1_000_001;
    private final List<Simulation.FoyerTemoin> temoins = new ArrayList<>();

    Generateur(Profil profil, long graine, LocalDate reference, List<Commune> communes) {
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("Aucune commune chargée pour le département " + profil.departement());
        }
        this.profil = profil;
        this.aleas = new SplittableRandom(graine);
        this.reference = reference;
        this.communes = List.copyOf(communes);
        this.populationCumulee = new int[communes.size()];
        int cumul = 0;
        for (int i = 0; i < communes.size(); i++) {
            cumul += Math.max(1, communes.get(i).population());
            populationCumulee[i] = cumul;
        }
        this.identifiants = new Identifiants(aleas);
        var listes = lireLesNoms();
        this.noms = listes.get(0);
        this.prenomsF = listes.get(1);
        this.prenomsM = listes.get(2);
    }

    /** Un lot de foyers allocataires, chacun avec ses membres, ses faits de situation et son dossier famille. */
    Lot foyers(int nombre) {
        var lot = new Lot(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), List.of(), List.of());
        for (int i = 0; i < nombre; i++) {
            foyer(lot);
        }
        return lot;
    }

    /** Ajoute au lot des habitants qui ne sont pas dans un foyer allocataire (âge selon la pyramide). */
    void ajouterDesHabitants(Lot lot, int nombre) {
        for (int i = 0; i < nombre; i++) {
            var sexe = aleas.nextBoolean() ? Sexe.F : Sexe.M;
            var commune = commune();
            var id = personne(lot, noms[aleas.nextInt(noms.length)], sexe, naissanceSelonLaPyramide(0));
            if (aleas.nextDouble() < 0.8) {
                adresse(lot, id, commune, reference.minusYears(aleas.nextInt(1, 30)));
            }
        }
    }

    /** Les foyers d'au moins deux enfants engendrés jusqu'ici (300 au plus), pour simuler ensuite une activité. */
    List<Simulation.FoyerTemoin> temoins() {
        return List.copyOf(temoins);
    }

    private void foyer(Lot lot) {
        int enfants = tirage(profil.enfantsParFoyer());
        var commune = commune();
        var nom = noms[aleas.nextInt(noms.length)];
        var sexeAllocataire = aleas.nextDouble() < (enfants > 0 ? 0.6 : 0.5) ? Sexe.F : Sexe.M;
        int ageMin = enfants > 0 ? 22 : 18;
        int ageMax = enfants > 0 ? 50 : 85;
        var naissanceAllocataire = naissanceEntre(ageMin, ageMax);
        var allocataire = personne(lot, nom, sexeAllocataire, naissanceAllocataire);
        boolean enCouple = aleas.nextDouble() < (enfants > 0 ? 0.65 : profil.partEnCouple() * 0.6);

        // Enfants : l'aîné naît quand l'allocataire a entre 20 et 38 ans, les suivants tous les 1 à 5 ans.
        var naissancesEnfants = new ArrayList<LocalDate>();
        var naissance = naissanceAllocataire.plusYears(aleas.nextInt(20, 36)).plusDays(aleas.nextInt(365));
        for (int e = 0; e < enfants && !naissance.isAfter(reference.minusDays(1)); e++) {
            naissancesEnfants.add(naissance);
            naissance = naissance.plusYears(aleas.nextInt(1, 5)).plusDays(aleas.nextInt(365));
        }
        naissancesEnfants.removeIf(d -> d.isBefore(reference.minusYears(21)));
        var creation = naissancesEnfants.isEmpty() ? reference.minusYears(aleas.nextInt(0, 12)).minusDays(aleas.nextInt(365))
                : naissancesEnfants.getFirst().minusMonths(aleas.nextInt(0, 24));
        var majorite = naissanceAllocataire.plusYears(18);
        if (creation.isBefore(majorite)) {
            creation = majorite;
        }
        if (creation.isBefore(LocalDate.of(2000, 1, 1))) {
            creation = LocalDate.of(2000, 1, 1);
        }
        if (creation.isAfter(reference)) {
            creation = reference;
        }
        var foyer = new FoyerId(uuid());
        var numero = String.format("%07d", prochainNumero++);
        lot.foyers().add(new FoyerACharger(foyer, numero, allocataire, creation));
        lot.dossiers().add(new Dossier(foyer, numero, creation, Dossier.Statut.OUVERT));
        lot.faits().add(new FaitACharger(allocataire, foyer, new Fait.ArriveeAuFoyer(allocataire, Fait.RoleDansLeFoyer.ALLOCATAIRE,
                prenom(lot, allocataire), "Ouverture du foyer"), creation));
        adresse(lot, allocataire, commune, creation);
        if (aleas.nextDouble() < 0.98) {
            var compte = identifiants.compte();
            lot.faits().add(new FaitACharger(allocataire, null, new Fait.CompteBancaire(compte.iban(), compte.bic(),
                    prenom(lot, allocataire) + " " + nom), creation));
        }
        if (enCouple) {
            var conjoint = personne(lot, aleas.nextDouble() < 0.8 ? nom : noms[aleas.nextInt(noms.length)],
                    sexeAllocataire == Sexe.F ? Sexe.M : Sexe.F, naissanceAllocataire.plusDays(aleas.nextInt(-1500, 1500)));
            var arrivee = creation.isBefore(lot.personnes().getLast().personne().dateDeNaissance().plusYears(18))
                    ? lot.personnes().getLast().personne().dateDeNaissance().plusYears(18) : creation;
            lot.faits().add(new FaitACharger(conjoint, foyer, new Fait.ArriveeAuFoyer(conjoint, Fait.RoleDansLeFoyer.CONJOINT,
                    prenom(lot, conjoint), "Vie en couple"), arrivee));
            lot.faits().add(new FaitACharger(conjoint, null, new Fait.SituationMaritale(Fait.StatutMarital.MARIE), arrivee));
        }
        var enfantsDuFoyer = new ArrayList<PersonneId>();
        for (var dateEnfant : naissancesEnfants) {
            var enfant = personne(lot, nom, aleas.nextBoolean() ? Sexe.F : Sexe.M, dateEnfant);
            enfantsDuFoyer.add(enfant);
            lot.faits().add(new FaitACharger(enfant, foyer, new Fait.ArriveeAuFoyer(enfant, Fait.RoleDansLeFoyer.ENFANT,
                    prenom(lot, enfant), "Naissance"), dateEnfant.isBefore(creation) ? creation : dateEnfant));
        }
        if (enfantsDuFoyer.size() >= 2 && temoins.size() < 300) {
            temoins.add(new Simulation.FoyerTemoin(foyer, allocataire, nom.replace('_', ' '), List.copyOf(enfantsDuFoyer),
                    List.copyOf(naissancesEnfants), commune.code()));
        }
        // Ressources des quatre dernières années (revenus nets catégoriels du foyer), base des droits de N+2.
        double revenu = profil.revenuMedian() * Math.exp(0.6 * aleas.nextGaussian()) * (enCouple ? 1.7 : 1.0);
        if (aleas.nextDouble() < 0.12) {
            revenu *= 0.2; // foyers aux revenus très modestes
        }
        for (int annee = reference.getYear() - 4; annee < reference.getYear(); annee++) {
            double indexe = revenu * Math.pow(1.02, annee - reference.getYear());
            lot.faits().add(new FaitACharger(allocataire, foyer, new Fait.Ressources(annee, Montant.euros(Math.round(indexe))),
                    LocalDate.of(annee, 1, 1)));
        }
    }

    private String prenom(Lot lot, PersonneId id) {
        for (int i = lot.personnes().size() - 1; i >= 0; i--) {
            if (lot.personnes().get(i).id().equals(id)) {
                return lot.personnes().get(i).personne().prenoms();
            }
        }
        throw new IllegalStateException("personne absente du lot");
    }

    private PersonneId personne(Lot lot, String nom, Sexe sexe, LocalDate naissance) {
        var id = new PersonneId(uuid());
        var prenoms = sexe == Sexe.F ? prenomsF : prenomsM;
        var prenom = prenoms[aleas.nextInt(prenoms.length)];
        CodeCommune communeDeNaissance = null;
        String pays = null;
        // Les nouveau-nés de moins de trois mois n'ont pas toujours encore leur NIR.
        boolean sansNir = naissance.isAfter(reference.minusMonths(3)) && aleas.nextBoolean();
        Nir nir = null;
        do {
            if (aleas.nextDouble() < 0.06) {
                var p = PAYS[aleas.nextInt(PAYS.length)];
                communeDeNaissance = null;
                pays = p[1];
                if (!sansNir) {
                    nir = identifiants.nir(sexe.chiffreNir(), naissance.getYear(), naissance.getMonthValue(), "99" + p[0]).orElse(null);
                }
            } else {
                communeDeNaissance = commune().code();
                pays = null;
                if (!sansNir) {
                    nir = identifiants.nir(sexe.chiffreNir(), naissance.getYear(), naissance.getMonthValue(), communeDeNaissance.valeur())
                            .orElse(null);
                }
            }
        } while (!sansNir && nir == null);
        var telephone = aleas.nextDouble() < 0.7 && naissance.isBefore(reference.minusYears(16))
                ? String.format("0%d %02d %02d %02d %02d", aleas.nextBoolean() ? 6 : 7, aleas.nextInt(100), aleas.nextInt(100),
                        aleas.nextInt(100), aleas.nextInt(100))
                : null;
        lot.personnes().add(new PersonneACharger(id, new NouvellePersonne(nir, nom.replace('_', ' '), null, prenom, sexe, naissance,
                communeDeNaissance, pays, telephone, null)));
        return id;
    }

    private void adresse(Lot lot, PersonneId personne, Commune commune, LocalDate depuis) {
        var codePostal = commune.codesPostaux().isBlank() ? commune.code().valeur() : commune.codesPostaux().split(" ")[0];
        lot.faits().add(new FaitACharger(personne, null, new Fait.Adresse((1 + aleas.nextInt(80)) + " " + VOIES[aleas.nextInt(VOIES.length)],
                null, codePostal, commune.code(), commune.nom()), depuis));
    }

    /** Les employeurs et les professionnels de santé du département. */
    Lot employeursEtProfessionnels() {
        var etablissements = new ArrayList<Etablissement>();
        for (int i = 0; i < profil.cotisants(); i++) {
            int activite = aleas.nextInt(ACTIVITES.length);
            var commune = commune();
            var raison = ACTIVITES[activite] + (activite == ACTIVITES.length - 1 ? " DE " + commune.nom().toUpperCase(java.util.Locale.FRENCH)
                    : " " + noms[aleas.nextInt(noms.length)].replace('_', ' '));
            int effectif = (int) Math.min(2_000, Math.round(Math.exp(1.1 * Math.abs(aleas.nextGaussian()) * 2)) - 1);
            etablissements.add(new Etablissement(identifiants.siret(), raison, NAF[activite], commune.code(), Math.max(0, effectif)));
        }
        var professionnels = new ArrayList<ProfessionnelDeSante>();
        int totalLozere = Arrays.stream(SPECIALITES).mapToInt(s -> Integer.parseInt(s[1])).sum();
        for (var specialite : SPECIALITES) {
            int nombre = (int) Math.round(Integer.parseInt(specialite[1]) * (double) profil.professionnelsDeSante() / totalLozere);
            for (int i = 0; i < nombre; i++) {
                var sexe = aleas.nextBoolean() ? Sexe.F : Sexe.M;
                professionnels.add(new ProfessionnelDeSante(identifiants.rpps(), noms[aleas.nextInt(noms.length)].replace('_', ' '),
                        (sexe == Sexe.F ? prenomsF : prenomsM)[aleas.nextInt(30)], specialite[0],
                        aleas.nextDouble() < 0.85 ? 1 : 2, commune().code()));
            }
        }
        return new Lot(List.of(), List.of(), List.of(), List.of(), etablissements, professionnels);
    }

    private Commune commune() {
        int tirage = aleas.nextInt(populationCumulee[populationCumulee.length - 1]);
        int index = Arrays.binarySearch(populationCumulee, tirage + 1);
        return communes.get(index >= 0 ? index : -index - 1);
    }

    private LocalDate naissanceSelonLaPyramide(int ageMinimal) {
        int tranche = tirage(profil.pyramide());
        int age = Math.max(ageMinimal, tranche * 5 + aleas.nextInt(5));
        return reference.minusYears(age).minusDays(aleas.nextInt(365));
    }

    private LocalDate naissanceEntre(int ageMin, int ageMax) {
        return reference.minusYears(aleas.nextInt(ageMin, ageMax + 1)).minusDays(aleas.nextInt(365));
    }

    private int tirage(double[] repartition) {
        double total = Arrays.stream(repartition).sum();
        double u = aleas.nextDouble() * total;
        for (int i = 0; i < repartition.length; i++) {
            u -= repartition[i];
            if (u < 0) {
                return i;
            }
        }
        return repartition.length - 1;
    }

    private UUID uuid() {
        return new UUID((aleas.nextLong() & 0xffffffffffff0fffL) | 0x4000L, (aleas.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    private static List<String[]> lireLesNoms() {
        try {
            var texte = new ClassPathResource("simulation/noms.txt").getContentAsString(StandardCharsets.UTF_8);
            var parties = texte.split("#[FM]\n");
            return List.of(parties[0].trim().split("\\s+"), parties[1].trim().split("\\s+"), parties[2].trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
