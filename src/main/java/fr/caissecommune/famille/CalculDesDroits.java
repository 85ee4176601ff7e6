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
    private final Map<YearMonth, fr.caissecommune.regles.Instantane> instantanes = new ConcurrentHashMap<>();
    private final Map<Prestation, RegleMensuelle> regles = new EnumMap<>(Prestation.class);
    private final Map<Prestation, String> comptesDeCharge = new EnumMap<>(Prestation.class);

    CalculDesDroits(Parametres parametres, Suspensions suspensions) {
        this.parametres = parametres;
        this.suspensions = suspensions;
        // Une ligne par prestation servie : son compte de charge au plan comptable et la règle qui calcule le droit du mois.
        servir(Prestation.AF, PlanComptable.ALLOCATIONS_FAMILIALES, this::allocationsFamilialesDuMois);
        servir(Prestation.CF, PlanComptable.COMPLEMENT_FAMILIAL, this::complementFamilialDuMois);
        servir(Prestation.ARS, PlanComptable.ALLOCATION_DE_RENTREE_SCOLAIRE, this::allocationDeRentreeScolaireDuMois);
        servir(Prestation.ASF, PlanComptable.ALLOCATION_DE_SOUTIEN_FAMILIAL, this::allocationDeSoutienFamilialDuMois);
        servir(Prestation.NAISSANCE, PlanComptable.PAJE, this::primeALaNaissanceDuMois);
        servir(Prestation.PAJE_BASE, PlanComptable.PAJE, this::allocationDeBaseDuMois);
        servir(Prestation.AEEH, PlanComptable.AEEH, this::allocationDEducationDeLEnfantHandicapeDuMois);
        servir(Prestation.AAH, PlanComptable.AAH, this::allocationAuxAdultesHandicapesDuMois);
        servir(Prestation.RSA, PlanComptable.RSA, this::revenuDeSolidariteActiveDuMois);
        servir(Prestation.PPA, PlanComptable.PRIME_D_ACTIVITE, this::primeDActiviteDuMois);
    }

    /**
     * RSA : calculé pour le trimestre civil du mois sur les ressources déclarées des trois mois qui le précèdent (CASF
     * art. R262-7) ; sans déclaration de ces trois mois, pas de RSA (le foyer n'en relève pas, ou sa déclaration est
     * attendue). Composition : conjoint présent, enfants ouvrant droit ; majoration pour isolement si l'allocataire
     * seul attend un enfant ou a un enfant de moins de trois ans (CASF art. L262-9 ; le cas des douze mois qui suivent
     * l'isolement n'est pas encore connu du référentiel). Logement : propriété ou hébergement gratuit font déduire le
     * forfait logement ; l'aide au logement n'est pas encore servie. Les AF et le CF du mois comptent dans les
     * ressources (CASF art. R262-6). La neutralisation des revenus interrompus (R262-13) suppose de savoir qu'ils ont
     * cessé : elle n'est appliquée que si les ressources du premier mois du droit sont déclarées (une ressource non
     * encore déclarée n'est pas une ressource interrompue). Conditions générales : 25 ans, ou un enfant à charge ou une grossesse (L262-4).
     * Le RSA n'est pas soumis à la CRDS.
     */
    private DroitDuMois revenuDeSolidariteActiveDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var trimestre = DeclarationTrimestrielle.trimestreDe(mois);
        var reference = fr.caissecommune.famille.calcul.ressources.TrimestreDeReference.troisMoisAvant(trimestre);
        if (reference.stream().anyMatch(m -> !situation.ressourcesDeclareesPour(m))) {
            return DroitDuMois.nul(Prestation.RSA, mois, avecExplication ? "Revenu de solidarité active : pas de ressources déclarées pour "
                    + reference.getFirst() + " à " + reference.getLast() + " (trimestre de référence, CASF art. R262-7)." : null);
        }
        var premierJour = mois.atDay(1);
        boolean enCouple = situation.conjointA(premierJour).isPresent();
        var enfants = enfantsOuvrantDroit(situation, mois);
        boolean grossesse = situation.grossesseA(premierJour).isPresent();
        boolean jeuneEnfant = enfants.stream().anyMatch(e -> e.dateDeNaissance().plusYears(3).isAfter(premierJour));
        var composition = new fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer(enCouple, enfants.size(),
                !enCouple && (grossesse || jeuneEnfant), grossesse && !enCouple);
        var occupation = situation.logementA(premierJour).map(l -> switch (l.statut()) {
            case PROPRIETAIRE -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.PROPRIETAIRE;
            case HEBERGE -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.HEBERGE_GRATUITEMENT;
            case LOCATAIRE, ACCEDANT, FOYER -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.LOCATAIRE_OU_ACCEDANT;
        }).orElse(fr.caissecommune.famille.calcul.rsa.Logement.Occupation.AUTRE);
        var ressources = fr.caissecommune.famille.calcul.ressources.TrimestreDeReference.etablir(ressourcesDeclarees(situation, reference), trimestre,
                situation.ressourcesDeclareesPour(trimestre));
        var prestationsFamiliales = allocationsFamilialesDuMois(situation, mois, false).net()
                .plus(complementFamilialDuMois(situation, mois, false).net());
        boolean conditions = enfants.size() > 0 || grossesse || !situation.dateDeNaissanceAllocataire().plusYears(25).isAfter(premierJour);
        var rsa = fr.caissecommune.famille.calcul.rsa.Rsa.calculer(new fr.caissecommune.famille.calcul.rsa.SituationRsa(composition,
                new fr.caissecommune.famille.calcul.rsa.Logement(occupation, Montant.ZERO), ressources, prestationsFamiliales, conditions), mois,
                instantane(mois));
        return new DroitDuMois(Prestation.RSA, mois, rsa.verse(), Montant.ZERO, rsa.verse(), avecExplication ? composition.enFrancais() : null,
                avecExplication ? rsa.explication().enTexte() : null);
    }

    /**
     * Les ressources déclarées des mois de référence, une ligne par personne : l'allocataire, puis le conjoint, puis
     * les autres membres (l'ordre des bonifications individuelles de la prime d'activité, CSS art. D843-2).
     */
    private static List<fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles> ressourcesDeclarees(SituationDuFoyer situation,
            List<YearMonth> reference) {
        var parPersonne = new java.util.LinkedHashMap<String, fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles>();
        parPersonne.put(situation.allocataire().toString(), fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles.aucune(situation.allocataire().toString()));
        situation.membres().stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.CONJOINT).map(m -> m.personne().toString()).distinct()
                .forEach(c -> parPersonne.put(c, fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles.aucune(c)));
        for (var m : reference) {
            for (var r : situation.ressourcesDeclareesDu(m)) {
                var cle = r.membre().toString();
                var personne = parPersonne.getOrDefault(cle, fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles.aucune(cle))
                        .avec(m, fr.caissecommune.famille.calcul.ressources.NatureDeRessource.SALAIRE, r.revenusDActivite())
                        .avec(m, fr.caissecommune.famille.calcul.ressources.NatureDeRessource.INDEMNITES_CHOMAGE, r.revenusDeRemplacement())
                        .avec(m, fr.caissecommune.famille.calcul.ressources.NatureDeRessource.AUTRE, r.autresRessources());
                parPersonne.put(cle, personne);
            }
        }
        return List.copyOf(parPersonne.values());
    }

    /** L'occupation du logement à une date, au sens du forfait logement du RSA et de la prime d'activité. */
    private static fr.caissecommune.famille.calcul.rsa.Logement.Occupation occupation(SituationDuFoyer situation, LocalDate date) {
        return situation.logementA(date).map(l -> switch (l.statut()) {
            case PROPRIETAIRE -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.PROPRIETAIRE;
            case HEBERGE -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.HEBERGE_GRATUITEMENT;
            case LOCATAIRE, ACCEDANT, FOYER -> fr.caissecommune.famille.calcul.rsa.Logement.Occupation.LOCATAIRE_OU_ACCEDANT;
        }).orElse(fr.caissecommune.famille.calcul.rsa.Logement.Occupation.AUTRE);
    }

    /** La composition du foyer un mois, au sens du RSA et de la prime d'activité. */
    private static fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer composition(SituationDuFoyer situation, YearMonth mois) {
        var premierJour = mois.atDay(1);
        boolean enCouple = situation.conjointA(premierJour).isPresent();
        var enfants = enfantsOuvrantDroit(situation, mois);
        boolean grossesse = situation.grossesseA(premierJour).isPresent();
        boolean jeuneEnfant = enfants.stream().anyMatch(e -> e.dateDeNaissance().plusYears(3).isAfter(premierJour));
        return new fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer(enCouple, enfants.size(), !enCouple && (grossesse || jeuneEnfant),
                grossesse && !enCouple);
    }

    /**
     * Prime d'activité : comme le RSA, droit calculé au premier mois de chaque trimestre civil sur les ressources
     * déclarées des trois mois qui le précèdent et fixé pour les trois mois du trimestre (CSS art. L843-4) ; sans
     * déclaration de ces trois mois, pas de prime. Pour chaque mois de référence : la composition du foyer du mois du
     * droit, le logement du mois (forfait logement, CSS art. R844-3), les AF et le CF du mois comptés dans les
     * ressources (R844-2) et la condition d'âge de dix-huit ans de l'allocataire (L842-1). Pas de CRDS.
     */
    private DroitDuMois primeDActiviteDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var trimestre = DeclarationTrimestrielle.trimestreDe(mois);
        var reference = fr.caissecommune.famille.calcul.ressources.TrimestreDeReference.troisMoisAvant(trimestre);
        if (reference.stream().anyMatch(m -> !situation.ressourcesDeclareesPour(m))) {
            return DroitDuMois.nul(Prestation.PPA, mois, avecExplication ? "Prime d'activité : pas de ressources déclarées pour "
                    + reference.getFirst() + " à " + reference.getLast() + " (trimestre de référence, CSS art. L843-4)." : null);
        }
        var composition = composition(situation, trimestre);
        var ressources = fr.caissecommune.famille.calcul.ressources.TrimestreDeReference.etablir(ressourcesDeclarees(situation, reference),
                trimestre, false);
        var logements = new HashMap<YearMonth, fr.caissecommune.famille.calcul.rsa.Logement>();
        var prestations = new HashMap<YearMonth, Montant>();
        var ouvrantDroit = new java.util.HashSet<YearMonth>();
        for (var m : reference) {
            logements.put(m, new fr.caissecommune.famille.calcul.rsa.Logement(occupation(situation, m.atDay(1)), Montant.ZERO));
            prestations.put(m, allocationsFamilialesDuMois(situation, m, false).net().plus(complementFamilialDuMois(situation, m, false).net()));
            if (!situation.dateDeNaissanceAllocataire().plusYears(18).isAfter(m.atDay(1))) {
                ouvrantDroit.add(m);
            }
        }
        var ppa = new fr.caissecommune.famille.calcul.primeactivite.SituationPrimeActivite(composition, ressources, logements, prestations,
                ouvrantDroit);
        var resultat = avecExplication
                ? fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite.calculer(ppa, trimestre, this::instantane)
                : fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite.calculerSansExplication(ppa, trimestre, this::instantane);
        return new DroitDuMois(Prestation.PPA, mois, resultat.verse(), Montant.ZERO, resultat.verse(),
                avecExplication ? composition.enFrancais() : null, avecExplication ? resultat.explication().enTexte() : null);
    }

    /** Les paramètres en vigueur le premier jour du mois, lus une fois par mois. */
    private fr.caissecommune.regles.Instantane instantane(YearMonth mois) {
        return instantanes.computeIfAbsent(mois, m -> parametres.a(m.atDay(1)));
    }

    /** Les enfants ouvrant droit du mois (CSS art. L552-1), au sens des calculs purs. */
    private static List<Enfant> enfants(SituationDuFoyer situation, YearMonth mois) {
        return enfantsOuvrantDroit(situation, mois).stream().map(m -> Enfant.neLe(m.dateDeNaissance())).toList();
    }

    /**
     * Un droit tiré du résultat d'un calcul pur de prestation familiale : la CRDS est précomptée sur le montant brut
     * (ordonnance 96-50, art. 19).
     */
    private DroitDuMois droitFamilial(Prestation prestation, fr.caissecommune.famille.calcul.ResultatPrestation resultat, YearMonth mois,
            boolean avecExplication) {
        var brut = resultat.montant();
        var crds = fr.caissecommune.famille.calcul.Crds.retenue(brut, instantane(mois));
        return new DroitDuMois(prestation, mois, brut, crds, brut.moins(crds), null,
                avecExplication ? resultat.explication().enTexte() : null);
    }

    /**
     * Complément familial : enfants du mois, couple selon le conjoint présent, ressources N-2 ; la biactivité n'est
     * pas connue du référentiel (plafond sans majoration de biactivité) ; pas de cumul avec l'allocation de base de la
     * PAJE due le même mois (CSS art. L531-3).
     */
    private DroitDuMois complementFamilialDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var cf = new fr.caissecommune.famille.calcul.SituationCf(enfants(situation, mois), situation.conjointA(mois.atDay(1)).isPresent(), false,
                ressourcesDeReference(situation, mois), allocationDeBaseDuMois(situation, mois, false).estOuvert());
        var p = instantane(mois);
        return droitFamilial(Prestation.CF, avecExplication ? fr.caissecommune.famille.calcul.ComplementFamilial.calculer(cf, mois, p)
                : fr.caissecommune.famille.calcul.ComplementFamilial.calculerSansExplication(cf, mois, p), mois, avecExplication);
    }

    /** Allocation de rentrée scolaire : versée en août, sur les enfants du foyer et les ressources N-2. */
    private DroitDuMois allocationDeRentreeScolaireDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        if (!avecExplication && mois.getMonth() != fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire.MOIS_DE_VERSEMENT) {
            return DroitDuMois.nul(Prestation.ARS, mois, null); // chemin de la paie : rien hors du mois de versement
        }
        var ars = new fr.caissecommune.famille.calcul.SituationArs(enfants(situation, mois), ressourcesDeReference(situation, mois));
        var p = instantane(mois);
        return droitFamilial(Prestation.ARS, avecExplication ? fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire.calculer(ars, mois, p)
                : fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire.calculerSansExplication(ars, mois, p), mois, avecExplication);
    }

    /**
     * AEEH : les enfants du mois dont la CDAPH a reconnu un taux d'incapacité d'au moins 80 % (CSS art. L541-1, R541-1),
     * avec la catégorie de complément qu'elle a retenue ; entre 50 et 80 %, l'ouverture suppose un établissement ou
     * des soins que le référentiel ne connaît pas encore : ces enfants ne sont pas retenus.
     */
    private DroitDuMois allocationDEducationDeLEnfantHandicapeDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        if (situation.handicaps().isEmpty()) {
            return DroitDuMois.nul(Prestation.AEEH, mois, avecExplication ? "Aucun enfant du foyer n'a de handicap reconnu par la CDAPH." : null);
        }
        var premierJour = mois.atDay(1);
        var handicapes = new ArrayList<fr.caissecommune.famille.calcul.SituationAeeh.EnfantHandicape>();
        for (var membre : enfantsOuvrantDroit(situation, mois)) {
            situation.handicapA(membre.personne(), premierJour).filter(h -> h.tauxDIncapacite() >= 80)
                    .ifPresent(h -> handicapes.add(new fr.caissecommune.famille.calcul.SituationAeeh.EnfantHandicape(
                            Enfant.neLe(membre.dateDeNaissance()), h.categorieAeeh().ordinal())));
        }
        if (handicapes.isEmpty()) {
            return DroitDuMois.nul(Prestation.AEEH, mois, avecExplication
                    ? "Aucun enfant ouvrant droit n'a, ce mois-ci, un taux d'incapacité reconnu d'au moins 80 %." : null);
        }
        var aeeh = new fr.caissecommune.famille.calcul.SituationAeeh(handicapes, situation.conjointA(premierJour).isEmpty());
        var p = instantane(mois);
        return droitFamilial(Prestation.AEEH, avecExplication
                ? fr.caissecommune.famille.calcul.AllocationDEducationDeLEnfantHandicape.calculer(aeeh, mois, p)
                : fr.caissecommune.famille.calcul.AllocationDEducationDeLEnfantHandicape.calculerSansExplication(aeeh, mois, p), mois,
                avecExplication);
    }

    /**
     * Allocation de soutien familial : les enfants ouvrant droit du mois que le référentiel dit orphelins ou privés de
     * l'aide d'un ou de leurs deux parents au premier jour du mois (CSS art. L523-1), l'allocataire ne vivant pas en
     * couple (L523-2) ; les pensions alimentaires perçues pour ces enfants rendent l'ASF différentielle (L523-1 4°).
     */
    private DroitDuMois allocationDeSoutienFamilialDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var premierJour = mois.atDay(1);
        var unParent = new ArrayList<Enfant>();
        var deuxParents = new ArrayList<Enfant>();
        var pensions = Montant.ZERO;
        for (var membre : enfantsOuvrantDroit(situation, mois)) {
            var soutien = situation.soutienA(membre.personne(), premierJour).orElse(null);
            if (soutien == null || soutien.privation() == Fait.PrivationDeSoutien.AUCUNE) {
                continue;
            }
            (soutien.privation() == Fait.PrivationDeSoutien.D_UN_PARENT ? unParent : deuxParents).add(Enfant.neLe(membre.dateDeNaissance()));
            pensions = pensions.plus(soutien.pensionAlimentaireMensuelle());
        }
        if (unParent.isEmpty() && deuxParents.isEmpty()) {
            return DroitDuMois.nul(Prestation.ASF, mois, avecExplication
                    ? "Aucun enfant ouvrant droit n'est, ce mois-ci, orphelin ou privé de l'aide d'un parent (CSS art. L523-1)." : null);
        }
        var asf = new fr.caissecommune.famille.calcul.SituationAsf(unParent, deuxParents, situation.conjointA(premierJour).isPresent(), pensions);
        var p = instantane(mois);
        return droitFamilial(Prestation.ASF, avecExplication ? fr.caissecommune.famille.calcul.AllocationDeSoutienFamilial.calculer(asf, mois, p)
                : fr.caissecommune.famille.calcul.AllocationDeSoutienFamilial.calculerSansExplication(asf, mois, p), mois, avecExplication);
    }

    /**
     * La situation du mois au sens de la PAJE : les enfants présents au premier jour du mois, et ceux qu'attend une
     * grossesse déclarée dont l'accouchement présumé est à venir (autant que d'enfants attendus, à la date présumée) ;
     * couple selon le conjoint présent ; ressources N-2 (CSS art. R532-3). La biactivité et l'adoption ne sont pas
     * encore connues du référentiel.
     */
    private fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant.ResultatPaje paje(SituationDuFoyer situation, YearMonth mois,
            boolean avecExplication) {
        var premierJour = mois.atDay(1);
        var enfants = new ArrayList<Enfant>();
        var deces = situation.decesAllocataire();
        if (deces == null || !YearMonth.from(deces).isBefore(mois)) {
            situation.enfantsA(premierJour).forEach(m -> enfants.add(Enfant.neLe(m.dateDeNaissance())));
            situation.grossesseA(premierJour).filter(g -> g.datePresumeeDAccouchement().isAfter(premierJour)).ifPresent(g -> {
                for (int i = 0; i < g.enfantsAttendus(); i++) {
                    enfants.add(Enfant.neLe(g.datePresumeeDAccouchement()));
                }
            });
        }
        var paje = new fr.caissecommune.famille.calcul.SituationPaje(enfants, List.of(), situation.conjointA(premierJour).isPresent(), false,
                ressourcesDeReference(situation, mois));
        var p = instantane(mois);
        return avecExplication ? fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant.calculer(paje, mois, p)
                : fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant.calculerSansExplication(paje, mois, p);
    }

    /** Un droit de la PAJE (montant d'une de ses composantes), CRDS précomptée. */
    private DroitDuMois droitPaje(Prestation prestation, Montant brut, fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant.ResultatPaje r,
            YearMonth mois, boolean avecExplication) {
        var crds = fr.caissecommune.famille.calcul.Crds.retenue(brut, instantane(mois));
        return new DroitDuMois(prestation, mois, brut, crds, brut.moins(crds), null, avecExplication ? r.explication().enTexte() : null);
    }

    /**
     * Prime à la naissance de la PAJE : par enfant attendu, sous plafond de ressources N-2, versée au septième mois de
     * grossesse, soit deux mois civils avant le mois de l'accouchement présumé déclaré (CSS art. L531-2, D531-2 ; la
     * grossesse est celle que le référentiel connaît au premier jour de ce mois).
     */
    private DroitDuMois primeALaNaissanceDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        if (situation.grossesses().isEmpty()) {
            return DroitDuMois.nul(Prestation.NAISSANCE, mois, avecExplication ? "Aucune grossesse déclarée." : null);
        }
        var r = paje(situation, mois, avecExplication);
        return droitPaje(Prestation.NAISSANCE, r.primeALaNaissance(), r, mois, avecExplication);
    }

    /**
     * Allocation de base de la PAJE : pour un enfant de moins de trois ans, à taux plein ou partiel selon les
     * ressources N-2 et le nombre d'enfants (CSS art. L531-3, R531-1, D531-3).
     */
    private DroitDuMois allocationDeBaseDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var premierJour = mois.atDay(1);
        if (situation.membres().stream().noneMatch(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && m.dateDeNaissance().plusYears(3).isAfter(premierJour))) {
            return DroitDuMois.nul(Prestation.PAJE_BASE, mois, avecExplication ? "Aucun enfant de moins de trois ans au foyer." : null);
        }
        var r = paje(situation, mois, avecExplication);
        return droitPaje(Prestation.PAJE_BASE, r.allocationDeBase(), r, mois, avecExplication);
    }

    /**
     * AAH : pour l'allocataire et son conjoint, chacun selon le handicap que la CDAPH lui reconnaît au premier jour du
     * mois (taux d'au moins 80 %, ou de 50 à 79 % avec restriction substantielle et durable d'accès à l'emploi, CSS
     * art. L821-1 et L821-2 ; l'âge est vérifié par le calcul). Ressources (R821-4) : qui a déclaré ses ressources des
     * trois mois précédents (activité en milieu ordinaire) est évalué sur ce trimestre, annualisé ; sinon, la base
     * mensuelle est le douzième des ressources N-2 du foyer connues du référentiel. L'AAH n'est pas soumise à la CRDS.
     */
    private DroitDuMois allocationAuxAdultesHandicapesDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        if (situation.handicaps().isEmpty() || mois.isBefore(fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes.PREMIER_MOIS)) {
            return DroitDuMois.nul(Prestation.AAH, mois, avecExplication ? "Aucun adulte du foyer n'a de handicap reconnu par la CDAPH." : null);
        }
        var premierJour = mois.atDay(1);
        var deces = situation.decesAllocataire();
        var conjoint = situation.conjointA(premierJour);
        var adultes = new ArrayList<java.util.Map.Entry<fr.caissecommune.referentiel.PersonneId, LocalDate>>();
        if (deces == null || !deces.isBefore(premierJour)) {
            adultes.add(java.util.Map.entry(situation.allocataire(), situation.dateDeNaissanceAllocataire()));
        }
        conjoint.ifPresent(c -> adultes.add(java.util.Map.entry(c.personne(), c.dateDeNaissance())));
        var p = instantane(mois);
        int enfantsACharge = fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes.nombreDEnfantsACharge(enfants(situation, mois), mois, p);
        var total = Montant.ZERO;
        var explications = new StringBuilder();
        for (var adulte : adultes) {
            var handicap = situation.handicapA(adulte.getKey(), premierJour).filter(h -> h.tauxDIncapacite() >= 50).orElse(null);
            if (handicap == null) {
                continue;
            }
            var autre = adultes.stream().map(java.util.Map.Entry::getKey).filter(a -> !a.equals(adulte.getKey())).findFirst();
            var aah = new fr.caissecommune.famille.calcul.SituationAah(adulte.getValue(),
                    java.math.BigDecimal.valueOf(handicap.tauxDIncapacite()).movePointLeft(2), handicap.restrictionDAccesALEmploi(), false,
                    conjoint.isPresent(), enfantsACharge, ressourcesAah(situation, mois, adulte.getKey(), autre.orElse(null)), null);
            var resultat = avecExplication ? fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes.calculer(aah, mois, p)
                    : fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes.calculerSansExplication(aah, mois, p);
            total = total.plus(resultat.montant());
            if (avecExplication) {
                explications.append(resultat.explication().enTexte()).append('\n');
            }
        }
        if (avecExplication && explications.isEmpty()) {
            return DroitDuMois.nul(Prestation.AAH, mois, "Ni l'allocataire ni son conjoint n'a, ce mois-ci, un taux d'incapacité reconnu d'au moins 50 %.");
        }
        return new DroitDuMois(Prestation.AAH, mois, total, Montant.ZERO, total, null, avecExplication ? explications.toString().strip() : null);
    }

    /** Les ressources d'un adulte au sens de l'AAH (CSS art. R821-4), voir {@link #allocationAuxAdultesHandicapesDuMois}. */
    private static fr.caissecommune.famille.calcul.SituationAah.Ressources ressourcesAah(SituationDuFoyer situation, YearMonth mois,
            fr.caissecommune.referentiel.PersonneId personne, fr.caissecommune.referentiel.@org.jspecify.annotations.Nullable PersonneId conjoint) {
        var trimestre = List.of(mois.minusMonths(3), mois.minusMonths(2), mois.minusMonths(1));
        boolean declarees = trimestre.stream().allMatch(m -> situation.ressourcesDeclareesDu(m).stream().anyMatch(r -> r.membre().equals(personne)));
        if (!declarees) {
            return fr.caissecommune.famille.calcul.SituationAah.Ressources.connues(Montant.euros(
                    ressourcesDeReference(situation, mois).valeur().divide(java.math.BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP)));
        }
        var activite = Montant.ZERO;
        var autres = Montant.ZERO;
        var duConjoint = Montant.ZERO;
        for (var m : trimestre) {
            for (var r : situation.ressourcesDeclareesDu(m)) {
                if (r.membre().equals(personne)) {
                    activite = activite.plus(r.revenusDActivite());
                    autres = autres.plus(r.revenusDeRemplacement()).plus(r.autresRessources());
                } else if (r.membre().equals(conjoint)) {
                    duConjoint = duConjoint.plus(r.revenusDActivite());
                }
            }
        }
        return new fr.caissecommune.famille.calcul.SituationAah.Ressources(true, activite.fois(java.math.BigDecimal.valueOf(4)), false,
                autres.fois(java.math.BigDecimal.valueOf(4)), duConjoint.fois(java.math.BigDecimal.valueOf(4)), null);
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

    /**
     * Les droits du mois d'un foyer sans suspension en cours, sans explication : le calcul par foyer de la paie (le même
     * que {@link #droitsDuLot}, moins la lecture des suspensions), pour mesurer les règles seules.
     */
    List<DroitDuMois> droitsSansSuspension(SituationDuFoyer situation, YearMonth mois) {
        return calculer(situation, mois, false, List.of());
    }

    /** Le droit du mois d'une seule prestation servie, sans explication ni suspension (mesure par prestation). */
    DroitDuMois droitSansSuspension(Prestation prestation, SituationDuFoyer situation, YearMonth mois) {
        return regles.get(prestation).calculer(situation, mois, false);
    }

    private List<DroitDuMois> calculer(SituationDuFoyer situation, YearMonth mois, boolean avecExplication,
            Collection<Suspensions.Suspension> sesSuspensions) {
        var droits = new ArrayList<DroitDuMois>(regles.size());
        regles.forEach((prestation, regle) -> {
            var suspension = sesSuspensions.stream().filter(s -> s.prestation() == prestation).findFirst();
            if (suspension.isPresent()) {
                droits.add(new DroitDuMois(prestation, mois, Montant.ZERO, Montant.ZERO, Montant.ZERO, avecExplication ? "Versement suspendu" : null,
                        avecExplication ? prestation.libelle() + " : versement suspendu depuis " + suspension.get().depuis() + " — "
                                + suspension.get().motif() : null));
            } else {
                droits.add(regle.calculer(situation, mois, avecExplication));
            }
        });
        return droits;
    }

    private DroitDuMois allocationsFamilialesDuMois(SituationDuFoyer situation, YearMonth mois, boolean avecExplication) {
        var af = avecExplication ? allocationsFamiliales(situation, mois) : allocationsFamilialesSansExplication(situation, mois);
        return new DroitDuMois(Prestation.AF, mois, af.total(), af.crds(), af.montantVerse(),
                avecExplication ? af.nombreEnfantsACharge() + " enfant(s) à charge ouvrant droit" : null,
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
