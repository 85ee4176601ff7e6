package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.famille.calcul.AllocationsFamiliales;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.ParametresAf;
import fr.caissecommune.famille.calcul.ResultatAf;
import fr.caissecommune.famille.calcul.SituationAf;
import fr.caissecommune.finances.PlanComptable;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.SituationDuFoyer;

/**
 * Passe de la situation datée du foyer (référentiel) à la situation d'un mois au sens de chaque prestation, puis aux
 * montants : les faits deviennent des droits selon les règles d'ouverture et de fin de droit. Chaque prestation
 * servie a sa {@link RegleMensuelle}, enregistrée par une ligne dans le constructeur ; la paie, le réexamen et la
 * vue du dossier passent tous par {@link #droitsDuMois} ou {@link #droitsDuLot}, si bien qu'une prestation ajoutée
 * est aussitôt payée, réexaminée (rappels et indus) et expliquée. Une prestation suspendue pour un mois (déclaration
 * trimestrielle non reçue) n'est pas due ce mois-là.
 */
@Component
class CalculDesDroits {

    private final Parametres parametres;
    private final Suspensions suspensions;
    private final Map<YearMonth, ParametresAf> parMois = new ConcurrentHashMap<>();
    private final Map<Prestation, RegleMensuelle> regles = new EnumMap<>(Prestation.class);
    private final Map<Prestation, String> comptesDeCharge = new EnumMap<>(Prestation.class);

    CalculDesDroits(Parametres parametres, Suspensions suspensions) {
        this.parametres = parametres;
        this.suspensions = suspensions;
        // Une ligne par prestation servie : son compte de charge au plan comptable et la règle qui calcule le droit du mois.
        servir(Prestation.AF, PlanComptable.ALLOCATIONS_FAMILIALES, this::allocationsFamilialesDuMois);
    }

    void servir(Prestation prestation, String compteDeCharge, RegleMensuelle regle) {
        regles.put(prestation, regle);
        comptesDeCharge.put(prestation, compteDeCharge);
    }

    /** Le compte de charge de la prestation (classe 6 du plan comptable des organismes de sécurité sociale). */
    String compteDeCharge(Prestation prestation) {
        return comptesDeCharge.getOrDefault(prestation, PlanComptable.ALLOCATIONS_FAMILIALES);
    }

    /** Les prestations que la caisse sait calculer, dans l'ordre de l'énumération. */
    java.util.Set<Prestation> prestationsServies() {
        return java.util.Collections.unmodifiableSet(regles.keySet());
    }

    /**
     * Les droits du mois d'un foyer, une ligne par prestation servie (y compris nulle, avec sa raison quand
     * l'explication est demandée), compte tenu des suspensions en cours.
     */
    List<DroitDuMois> droitsDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var sesSuspensions = suspensions.couvrant(mois, List.of(situation.foyer())).getOrDefault(situation.foyer(), List.of());
        return calculer(situation, mois, avecExplication, sesSuspensions);
    }

    /** Les droits du mois des foyers d'un lot de paie, sans explication : une requête pour les suspensions du lot. */
    Map<FoyerId, List<DroitDuMois>> droitsDuLot(Map<FoyerId, SituationDuFoyer> situations, YearMonth mois) {
        var lesSuspensions = suspensions.couvrant(mois, situations.keySet());
        var resultat = new HashMap<FoyerId, List<DroitDuMois>>(situations.size() * 2);
        situations.forEach((foyer, situation) -> resultat.put(foyer,
                calculer(situation, mois, false, lesSuspensions.getOrDefault(foyer, List.of()))));
        return resultat;
    }

    private List<DroitDuMois> calculer(SituationDuFoyer situation, YearMonth mois, boolean avecExplication,
            Collection<Suspensions.Suspension> sesSuspensions) {
        var droits = new ArrayList<DroitDuMois>(regles.size());
        regles.forEach((prestation, regle) -> {
            var suspension = sesSuspensions.stream().filter(s -> s.prestation() == prestation).findFirst();
            if (suspension.isPresent()) {
                droits.add(DroitDuMois.nul(prestation, mois, avecExplication ? prestation.libelle() + " : versement suspendu depuis "
                        + suspension.get().depuis() + " — " + suspension.get().motif() : null));
            } else {
                droits.add(regle.calculer(situation, mois, avecExplication));
            }
        });
        return droits;
    }

    private DroitDuMois allocationsFamilialesDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var af = avecExplication ? allocationsFamiliales(situation, mois) : allocationsFamilialesSansExplication(situation, mois);
        return new DroitDuMois(Prestation.AF, mois, af.total(), af.crds(), af.montantVerse(),
                avecExplication ? af.explication().enTexte() : null);
    }

    /** Le délai de prescription des prestations familiales, en années (CSS L553-1). */
    int delaiDePrescription(YearMonth mois) {
        return parametres.a(mois.atDay(1)).entier("prestations_familiales/delai_de_prescription");
    }

    String version() {
        return parametres.version();
    }

    /** Les allocations familiales du mois, avec leur explication (écrans, réexamens). */
    ResultatAf allocationsFamiliales(SituationDuFoyer situation, YearMonth mois) {
        return AllocationsFamiliales.calculer(situationAf(situation, mois), mois, parametresAf(mois));
    }

    /** Les mêmes montants, sans construire l'explication : c'est le chemin de la paie de masse. */
    ResultatAf allocationsFamilialesSansExplication(SituationDuFoyer situation, YearMonth mois) {
        return AllocationsFamiliales.calculerSansExplication(situationAf(situation, mois), mois, parametresAf(mois));
    }

    private SituationAf situationAf(SituationDuFoyer situation, YearMonth mois) {
        var enfants = enfantsOuvrantDroit(situation, mois).stream().map(m -> Enfant.neLe(m.dateDeNaissance())).toList();
        return new SituationAf(enfants, ressourcesDeReference(situation, mois));
    }

    /** Les paramètres des AF d'un mois, lus une fois (le jeu de paramètres ne change pas sans redémarrage). */
    private ParametresAf parametresAf(YearMonth mois) {
        return parMois.computeIfAbsent(mois, m -> ParametresAf.de(parametres.a(m.atDay(1))));
    }

    /**
     * Les enfants ouvrant droit pour le mois : les prestations sont dues à compter du premier jour du mois civil
     * suivant celui où les conditions sont réunies, et cessent au premier jour du mois civil où elles cessent de
     * l'être (CSS art. L552-1). Rien n'est dû pour les mois qui suivent le décès de l'allocataire.
     */
    static List<SituationDuFoyer.Membre> enfantsOuvrantDroit(SituationDuFoyer situation, YearMonth mois) {
        var deces = situation.decesAllocataire();
        if (deces != null && YearMonth.from(deces).isBefore(mois)) {
            return List.of();
        }
        return situation.membres().stream()
                .filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && ouvreDroit(m.presence(), mois))
                .toList();
    }

    static boolean ouvreDroit(Periode presence, YearMonth mois) {
        LocalDate premierJour = mois.atDay(1);
        return presence.debut().isBefore(premierJour)
                && presence.finExclue().map(fin -> !fin.isBefore(mois.plusMonths(1).atDay(1))).orElse(true);
    }

    /** Les ressources de l'année civile N-2 (CSS art. R532-3) ; inconnues, elles sont retenues pour zéro. */
    static Montant ressourcesDeReference(SituationDuFoyer situation, YearMonth mois) {
        return situation.ressourcesDe(mois.getYear() - 2).orElse(Montant.ZERO);
    }
}
