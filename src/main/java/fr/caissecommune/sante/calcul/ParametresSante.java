package fr.caissecommune.sante.calcul;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.regles.ParametreIntrouvable;
import fr.caissecommune.regles.ValeurAppliquee;
import fr.caissecommune.sante.nomenclatures.ClasseDeMedicament;

/**
 * Les paramètres législatifs de la liquidation en vigueur à une date (regles/parametres/sante/), chacun avec sa
 * date d'effet et sa référence juridique pour l'explication.
 */
public record ParametresSante(LocalDate date, String version, TauxParCategorie taux, ValeurAppliquee ageMinimumDuParcours,
        ParametresDeLaParticipation participationForfaitaire, ParametresDesFranchises franchises, ValeurAppliquee moisDeGrossesseOuvrantLExoneration,
        ValeurAppliquee joursApresLAccouchement, ValeurAppliquee delaiDePrescription, Map<String, ValeurAppliquee> lettresCles) {

    static final String RACINE = "sante/";
    static final String NGAP = RACINE + "ngap/";

    /** Les taux de remboursement par catégorie de soins. */
    public record TauxParCategorie(ValeurAppliquee honorairesMedicaux, ValeurAppliquee honorairesSagesFemmes, ValeurAppliquee soinsDentaires,
            ValeurAppliquee auxiliairesMedicaux, ValeurAppliquee biologie, ValeurAppliquee transports, ValeurAppliquee hospitalisation,
            ValeurAppliquee horsParcours, Map<ClasseDeMedicament, ValeurAppliquee> medicaments) {
    }

    /** La participation forfaitaire : montant, nombre maximal par jour et par professionnel, plafond annuel, âge. */
    public record ParametresDeLaParticipation(ValeurAppliquee montant, ValeurAppliquee nombreMaximumParJour, ValeurAppliquee plafondAnnuel,
            ValeurAppliquee ageMinimum) {
    }

    /** Les franchises médicales : montants unitaires, plafonds journaliers et annuel, âge. */
    public record ParametresDesFranchises(ValeurAppliquee medicament, ValeurAppliquee acteParamedical, ValeurAppliquee transport,
            ValeurAppliquee plafondJournalierActesParamedicaux, ValeurAppliquee plafondJournalierTransports, ValeurAppliquee plafondAnnuel,
            ValeurAppliquee ageMinimum) {
    }

    public ParametresSante {
        lettresCles = Map.copyOf(lettresCles);
    }

    /** La valeur de la lettre clé NGAP à cette date, si elle en a une. */
    public Optional<ValeurAppliquee> lettreCle(String code) {
        return Optional.ofNullable(lettresCles.get(code));
    }

    /**
     * Lit les paramètres à la date de l'instantané ; {@link ParametreIntrouvable} si l'un d'eux n'a pas de valeur
     * à cette date (avant le début de l'historique tenu).
     */
    public static ParametresSante a(Instantane i, Iterable<String> cheminsDesLettresCles) {
        var medicaments = new EnumMap<ClasseDeMedicament, ValeurAppliquee>(ClasseDeMedicament.class);
        for (var classe : ClasseDeMedicament.values()) {
            medicaments.put(classe, i.applique(classe.parametre()));
        }
        var taux = new TauxParCategorie(i.applique(RACINE + "taux/honoraires_medicaux"), i.applique(RACINE + "taux/honoraires_sages_femmes"),
                i.applique(RACINE + "taux/soins_dentaires"), i.applique(RACINE + "taux/auxiliaires_medicaux"),
                i.applique(RACINE + "taux/biologie"), i.applique(RACINE + "taux/transports"), i.applique(RACINE + "taux/hospitalisation"),
                i.applique(RACINE + "taux/hors_parcours"), medicaments);
        var pf = new ParametresDeLaParticipation(i.applique(RACINE + "participation_forfaitaire/montant"),
                i.applique(RACINE + "participation_forfaitaire/nombre_maximum_par_jour"),
                i.applique(RACINE + "participation_forfaitaire/plafond_annuel"), i.applique(RACINE + "participation_forfaitaire/age_minimum"));
        var franchises = new ParametresDesFranchises(i.applique(RACINE + "franchises/medicament"), i.applique(RACINE + "franchises/acte_paramedical"),
                i.applique(RACINE + "franchises/transport"), i.applique(RACINE + "franchises/plafond_journalier_actes_paramedicaux"),
                i.applique(RACINE + "franchises/plafond_journalier_transports"), i.applique(RACINE + "franchises/plafond_annuel"),
                i.applique(RACINE + "franchises/age_minimum"));
        var lettres = new HashMap<String, ValeurAppliquee>();
        for (var chemin : cheminsDesLettresCles) {
            if (i.existe(chemin)) {
                lettres.put(chemin.substring(NGAP.length()).toUpperCase(Locale.ROOT), i.applique(chemin));
            }
        }
        return new ParametresSante(i.date(), i.version(), taux, i.applique(RACINE + "parcours/age_minimum"), pf, franchises,
                i.applique(RACINE + "maternite/debut_exoneration_mois_de_grossesse"),
                i.applique(RACINE + "maternite/fin_exoneration_jours_apres_accouchement"), i.applique(RACINE + "prescription/delai"), lettres);
    }

    /**
     * Les paramètres à chaque date, lus une fois par date puis gardés : une feuille de soins ne relit pas les
     * fichiers de paramètres.
     */
    public static ParametresALaDate enCache(JeuDeParametres jeu) {
        var lettresCles = jeu.tous().stream().map(p -> p.chemin()).filter(c -> c.startsWith(NGAP)).toList();
        var cache = new ConcurrentHashMap<LocalDate, Optional<ParametresSante>>();
        return date -> cache.computeIfAbsent(date, d -> {
            try {
                return Optional.of(a(jeu.a(d), lettresCles));
            } catch (ParametreIntrouvable e) {
                return Optional.empty();
            }
        });
    }
}
