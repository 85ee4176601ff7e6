package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

/**
 * La situation datée d'un foyer, reconstruite à partir des faits en vigueur : ses membres et leurs périodes
 * de présence, ses ressources par année civile, le compte bancaire de l'allocataire par date, son décès, et les
 * faits dont dépendent les prestations autres que les AF : logement, handicaps reconnus, ressources déclarées
 * mois par mois, grossesses, modes de garde. C'est l'entrée des calculs de droits des branches.
 */
public record SituationDuFoyer(FoyerId foyer, String numero, PersonneId allocataire, String nomAllocataire,
        LocalDate dateDeNaissanceAllocataire, List<Membre> membres, Map<Integer, Montant> ressources,
        NavigableMap<LocalDate, Fait.CompteBancaire> comptes, @Nullable LocalDate decesAllocataire,
        NavigableMap<LocalDate, Fait.Logement> logements, List<HandicapReconnu> handicaps,
        List<Fait.RessourcesDeclarees> ressourcesDeclarees, List<GrossesseDeclaree> grossesses, List<GardeDeclaree> gardes,
        List<SoutienDeclare> soutiens) {

    /** Un membre du foyer pendant une période de présence (un enfant parti puis revenu a deux périodes). */
    public record Membre(PersonneId personne, String prenom, LocalDate dateDeNaissance, Fait.RoleDansLeFoyer role, Periode presence) {
    }

    /** Un handicap reconnu à compter d'une date. */
    public record HandicapReconnu(LocalDate aCompterDu, Fait.Handicap handicap) {
    }

    /** Une grossesse déclarée à une date. */
    public record GrossesseDeclaree(LocalDate declareeLe, Fait.Grossesse grossesse) {
    }

    /** Un mode de garde à compter d'une date. */
    public record GardeDeclaree(LocalDate aCompterDu, Fait.ModeDeGarde garde) {
    }

    /** Le soutien d'un enfant par ses parents, à compter d'une date. */
    public record SoutienDeclare(LocalDate aCompterDu, Fait.SoutienDeLEnfant soutien) {
    }

    public SituationDuFoyer {
        membres = List.copyOf(membres);
        ressources = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(ressources));
        comptes = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(comptes));
        // Une situation compacte écrite avant ces faits n'a pas ces champs : ils valent vide.
        logements = java.util.Collections.unmodifiableNavigableMap(logements == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(logements));
        handicaps = handicaps == null ? List.of() : List.copyOf(handicaps);
        ressourcesDeclarees = ressourcesDeclarees == null ? List.of() : List.copyOf(ressourcesDeclarees);
        grossesses = grossesses == null ? List.of() : List.copyOf(grossesses);
        gardes = gardes == null ? List.of() : List.copyOf(gardes);
        soutiens = soutiens == null ? List.of() : List.copyOf(soutiens);
    }

    /** Une situation sans logement, handicap, ressources déclarées, grossesse ni mode de garde connus. */
    public SituationDuFoyer(FoyerId foyer, String numero, PersonneId allocataire, String nomAllocataire, LocalDate dateDeNaissanceAllocataire,
            List<Membre> membres, Map<Integer, Montant> ressources, NavigableMap<LocalDate, Fait.CompteBancaire> comptes,
            @Nullable LocalDate decesAllocataire) {
        this(foyer, numero, allocataire, nomAllocataire, dateDeNaissanceAllocataire, membres, ressources, comptes, decesAllocataire,
                new java.util.TreeMap<>(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Le logement occupé à une date. */
    public Optional<Fait.Logement> logementA(LocalDate date) {
        return Optional.ofNullable(logements.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** Le handicap reconnu d'un membre à une date : la dernière décision en vigueur, non échue. */
    public Optional<Fait.Handicap> handicapA(PersonneId membre, LocalDate date) {
        return handicaps.stream().filter(h -> h.handicap().membre().equals(membre) && !h.aCompterDu().isAfter(date))
                .max(Comparator.comparing(HandicapReconnu::aCompterDu)).map(HandicapReconnu::handicap)
                .filter(h -> h.finDeDecision() == null || h.finDeDecision().isAfter(date));
    }

    /** Les ressources déclarées pour un mois, une par membre (la dernière déclaration en vigueur). */
    public List<Fait.RessourcesDeclarees> ressourcesDeclareesDu(java.time.YearMonth mois) {
        var parMembre = new java.util.LinkedHashMap<PersonneId, Fait.RessourcesDeclarees>();
        ressourcesDeclarees.stream().filter(r -> r.mois().equals(mois)).forEach(r -> parMembre.put(r.membre(), r));
        return List.copyOf(parMembre.values());
    }

    /** Vrai si au moins une déclaration de ressources couvre ce mois. */
    public boolean ressourcesDeclareesPour(java.time.YearMonth mois) {
        return ressourcesDeclarees.stream().anyMatch(r -> r.mois().equals(mois));
    }

    /** Le total des ressources déclarées pour les trois mois qui précèdent {@code mois} (ressources du trimestre de référence). */
    public Montant ressourcesDeclareesDuTrimestrePrecedant(java.time.YearMonth mois) {
        var total = Montant.ZERO;
        for (int i = 1; i <= 3; i++) {
            for (var r : ressourcesDeclareesDu(mois.minusMonths(i))) {
                total = total.plus(r.total());
            }
        }
        return total;
    }

    /** La grossesse en cours à une date : déclarée avant, accouchement présumé à venir ou dans le mois écoulé. */
    public Optional<Fait.Grossesse> grossesseA(LocalDate date) {
        return grossesses.stream().filter(g -> !g.declareeLe().isAfter(date)
                        && g.grossesse().datePresumeeDAccouchement().plusMonths(1).isAfter(date))
                .max(Comparator.comparing(GrossesseDeclaree::declareeLe)).map(GrossesseDeclaree::grossesse);
    }

    /** Le soutien d'un enfant par ses parents à une date : la dernière déclaration en vigueur. */
    public Optional<Fait.SoutienDeLEnfant> soutienA(PersonneId enfant, LocalDate date) {
        return soutiens.stream().filter(s -> s.soutien().enfant().equals(enfant) && !s.aCompterDu().isAfter(date))
                .max(Comparator.comparing(SoutienDeclare::aCompterDu)).map(SoutienDeclare::soutien);
    }

    /** Le mode de garde d'un enfant à une date. */
    public Optional<Fait.ModeDeGarde> gardeA(PersonneId enfant, LocalDate date) {
        return gardes.stream().filter(g -> g.garde().enfant().equals(enfant) && !g.aCompterDu().isAfter(date))
                .max(Comparator.comparing(GardeDeclaree::aCompterDu)).map(GardeDeclaree::garde);
    }

    /** Les enfants présents au foyer à une date, du plus âgé au plus jeune. */
    public List<Membre> enfantsA(LocalDate date) {
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && m.presence().contient(date))
                .sorted(Comparator.comparing(Membre::dateDeNaissance)).toList();
    }

    /** Tous les enfants présents au foyer à un moment du mois (premier jour inclus), pour un calcul mensuel. */
    public List<Membre> enfantsDuMois(java.time.YearMonth mois) {
        var periode = Periode.du(mois);
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && m.presence().chevauche(periode))
                .sorted(Comparator.comparing(Membre::dateDeNaissance)).toList();
    }

    public Optional<Membre> conjointA(LocalDate date) {
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.CONJOINT && m.presence().contient(date)).findFirst();
    }

    public Optional<Montant> ressourcesDe(int annee) {
        return Optional.ofNullable(ressources.get(annee));
    }

    public Optional<Fait.CompteBancaire> compteA(LocalDate date) {
        return Optional.ofNullable(comptes.floorEntry(date)).map(Map.Entry::getValue);
    }
}
