package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/**
 * La situation datée des personnes et des foyers. Chaque fait est enregistré une fois, avec sa date d'effet,
 * sa source et l'agent ; il est ensuite changé (nouveau fait à une date ultérieure), corrigé (le fait erroné
 * sort de vigueur, le fait juste le remplace) ou annulé. Chaque opération publie {@link SituationModifiee}.
 */
@Service
@Transactional
public class Situations {

    private final Faits faits;
    private final Foyers foyers;
    private final Personnes personnes;
    private final Communes communes;
    private final SituationsCompactes compactes;
    private final JournalDAudit journal;
    private final ApplicationEventPublisher evenements;

    Situations(Faits faits, Foyers foyers, Personnes personnes, Communes communes, SituationsCompactes compactes, JournalDAudit journal,
            ApplicationEventPublisher evenements) {
        this.faits = faits;
        this.foyers = foyers;
        this.personnes = personnes;
        this.communes = communes;
        this.compactes = compactes;
        this.journal = journal;
        this.evenements = evenements;
    }

    /** Enregistre un changement de situation à compter de sa date d'effet. */
    public FaitId enregistrer(PersonneId personne, @Nullable FoyerId foyer, Fait fait, LocalDate dateEffet, Source source,
            @Nullable String motif) {
        verifier(personne, foyer, fait, dateEffet);
        var id = ecrire(personne, foyer, fait, dateEffet, source, Operation.CHANGEMENT, null, motif);
        publier(id, personne, foyer, fait, Operation.CHANGEMENT, dateEffet, source);
        if (fait instanceof Fait.Deces) {
            // Dites-le nous une fois : le décès fait sortir la personne de chaque foyer où elle est présente.
            var prenom = personnes.findParId(personne).map(Personne::prenoms).orElse("");
            for (var f : foyers.duMembre(personne)) {
                if (situationDuFoyer(f.id()).membres().stream().anyMatch(m -> m.personne().equals(personne) && m.presence().contient(dateEffet))) {
                    enregistrer(personne, f.id(), new Fait.DepartDuFoyer(personne, prenom, "Décès"), dateEffet, source, motif);
                }
            }
        }
        return id;
    }

    /** Corrige un fait enregistré à tort : il sort de vigueur et le fait juste le remplace, à sa propre date d'effet. */
    public FaitId corriger(FaitId ancienId, Fait fait, LocalDate dateEffet, Source source, String motif) {
        var ancien = getFait(ancienId);
        if (!ancien.enVigueur()) {
            throw new IllegalStateException("Le fait " + ancienId + " n'est plus en vigueur (déjà corrigé ou annulé)");
        }
        if (ancien.fait().nature() != fait.nature()) {
            throw new ChampInvalide("nature", "Une correction remplace un fait de même nature : " + ancien.fait().nature().libelle()
                    + " attendu, " + fait.nature().libelle() + " reçu");
        }
        faits.retirerDeVigueur(ancienId);
        verifier(ancien.personne(), ancien.foyer(), fait, dateEffet);
        var id = ecrire(ancien.personne(), ancien.foyer(), fait, dateEffet, source, Operation.CORRECTION, ancienId, motif);
        var aCompterDu = dateEffet.isBefore(ancien.dateEffet()) ? dateEffet : ancien.dateEffet();
        publier(id, ancien.personne(), ancien.foyer(), fait, Operation.CORRECTION, aCompterDu, source);
        return id;
    }

    /** Annule un fait enregistré à tort : la situation redevient ce qu'elle était sans lui. */
    public void annuler(FaitId id, Source source, String motif) {
        var ancien = getFait(id);
        if (!ancien.enVigueur()) {
            throw new IllegalStateException("Le fait " + id + " n'est plus en vigueur (déjà corrigé ou annulé)");
        }
        faits.retirerDeVigueur(id);
        var trace = ecrire(ancien.personne(), ancien.foyer(), ancien.fait(), ancien.dateEffet(), source, Operation.ANNULATION, id, motif);
        faits.retirerDeVigueur(trace);
        actualiser(ancien.foyer() != null ? List.of(ancien.foyer()) : foyers.duMembre(ancien.personne()).stream()
                .filter(f -> f.allocataire().equals(ancien.personne())).map(Foyer::id).toList());
        publier(trace, ancien.personne(), ancien.foyer(), ancien.fait(), Operation.ANNULATION, ancien.dateEffet(), source);
    }

    @Transactional(readOnly = true)
    public FaitEnregistre getFait(FaitId id) {
        return faits.findParId(id).orElseThrow(() -> new PersonneIntrouvable(id));
    }

    /** L'historique de la personne et de ses foyers : tous les faits, en vigueur ou non, du plus récent au plus ancien. */
    @Transactional(readOnly = true)
    public List<FaitEnregistre> historique(PersonneId personne) {
        var ids = foyers.duMembre(personne).stream().map(f -> f.id().valeur()).toList();
        return faits.historique(personne, ids);
    }

    /** La situation d'une personne à une date : le dernier fait en vigueur de chaque nature. */
    @Transactional(readOnly = true)
    public Map<Fait.Nature, FaitEnregistre> situationDeLaPersonne(PersonneId personne, LocalDate date) {
        var resultat = new LinkedHashMap<Fait.Nature, FaitEnregistre>();
        faits.historique(personne, List.of()).stream()
                .filter(f -> f.enVigueur() && f.foyer() == null && !f.dateEffet().isAfter(date))
                .sorted(Comparator.comparing(FaitEnregistre::dateEffet).thenComparing(FaitEnregistre::enregistreLe))
                .forEach(f -> resultat.put(f.fait().nature(), f));
        return resultat;
    }

    @Transactional(readOnly = true)
    public SituationDuFoyer situationDuFoyer(FoyerId foyer) {
        var situation = situationsDesFoyers(List.of(foyer)).get(foyer);
        if (situation == null) {
            throw new PersonneIntrouvable(foyer);
        }
        return situation;
    }

    /**
     * Les situations de plusieurs foyers, lues sous leur forme compacte (une ligne par foyer) : c'est la lecture des
     * traitements de masse. Une situation absente (foyer créé avant la forme compacte) est reconstruite et gardée.
     */
    @Transactional
    public Map<FoyerId, SituationDuFoyer> situationsDesFoyers(Collection<FoyerId> ids) {
        var resultat = new HashMap<FoyerId, SituationDuFoyer>(compactes.lire(ids));
        if (resultat.size() < ids.size()) {
            var manquants = ids.stream().filter(id -> !resultat.containsKey(id)).toList();
            var reconstruites = reconstruire(manquants);
            compactes.ecrire(reconstruites.values());
            resultat.putAll(reconstruites);
        }
        return resultat;
    }

    /** Reconstruit puis garde la forme compacte de ces foyers, après des écritures faites hors de ce service (reprise). */
    @Transactional
    public void actualiser(Collection<FoyerId> ids) {
        compactes.ecrire(reconstruire(ids).values());
    }

    /** Reconstruit les situations à partir des faits en vigueur, en quatre requêtes. */
    Map<FoyerId, SituationDuFoyer> reconstruire(Collection<FoyerId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var lesFoyers = foyers.parIds(ids.stream().map(FoyerId::valeur).toList());
        var faitsParFoyer = faits.enVigueurDesFoyers(lesFoyers.stream().map(f -> f.id().valeur()).toList()).stream()
                .collect(Collectors.groupingBy(FaitEnregistre::foyer));
        var idsPersonnes = new java.util.HashSet<UUID>();
        lesFoyers.forEach(f -> idsPersonnes.add(f.allocataire().valeur()));
        faitsParFoyer.values().forEach(l -> l.forEach(f -> idsPersonnes.add(f.personne().valeur())));
        var parPersonne = personnes.parIds(List.copyOf(idsPersonnes)).stream()
                .collect(Collectors.toMap(Personne::id, p -> p));
        var faitsDesAllocataires = faits.enVigueurDesPersonnesToutesNatures(lesFoyers.stream().map(f -> f.allocataire().valeur()).toList())
                .stream().collect(Collectors.groupingBy(FaitEnregistre::personne));
        var resultat = new HashMap<FoyerId, SituationDuFoyer>();
        for (var foyer : lesFoyers) {
            resultat.put(foyer.id(), construire(foyer, parPersonne, faitsParFoyer.getOrDefault(foyer.id(), List.of()),
                    faitsDesAllocataires.getOrDefault(foyer.allocataire(), List.of())));
        }
        return resultat;
    }

    static SituationDuFoyer construire(Foyer foyer, Map<PersonneId, Personne> personnes, List<FaitEnregistre> faitsDuFoyer,
            List<FaitEnregistre> faitsDeLAllocataire) {
        var chronologie = faitsDuFoyer.stream()
                .sorted(Comparator.comparing(FaitEnregistre::dateEffet).thenComparing(FaitEnregistre::enregistreLe)).toList();
        var membres = new ArrayList<SituationDuFoyer.Membre>();
        var ouverts = new LinkedHashMap<PersonneId, FaitEnregistre>();
        var ressources = new HashMap<Integer, Montant>();
        var logements = new TreeMap<LocalDate, Fait.Logement>();
        var handicaps = new ArrayList<SituationDuFoyer.HandicapReconnu>();
        var declarees = new ArrayList<Fait.RessourcesDeclarees>();
        var grossesses = new ArrayList<SituationDuFoyer.GrossesseDeclaree>();
        var gardes = new ArrayList<SituationDuFoyer.GardeDeclaree>();
        var soutiens = new ArrayList<SituationDuFoyer.SoutienDeclare>();
        for (var f : chronologie) {
            switch (f.fait()) {
                case Fait.ArriveeAuFoyer a -> ouverts.putIfAbsent(f.personne(), f);
                case Fait.DepartDuFoyer d -> {
                    var arrivee = ouverts.remove(f.personne());
                    if (arrivee != null) {
                        membres.add(membre(arrivee, f.dateEffet(), personnes));
                    }
                }
                case Fait.Ressources r -> ressources.put(r.annee(), r.montant());
                case Fait.Logement l -> logements.put(f.dateEffet(), l);
                case Fait.Handicap h -> handicaps.add(new SituationDuFoyer.HandicapReconnu(f.dateEffet(), h));
                case Fait.RessourcesDeclarees r -> declarees.add(r);
                case Fait.Grossesse g -> grossesses.add(new SituationDuFoyer.GrossesseDeclaree(f.dateEffet(), g));
                case Fait.ModeDeGarde g -> gardes.add(new SituationDuFoyer.GardeDeclaree(f.dateEffet(), g));
                case Fait.SoutienDeLEnfant s -> soutiens.add(new SituationDuFoyer.SoutienDeclare(f.dateEffet(), s));
                default -> {
                }
            }
        }
        ouverts.values().forEach(arrivee -> membres.add(membre(arrivee, null, personnes)));
        var comptes = new TreeMap<LocalDate, Fait.CompteBancaire>();
        LocalDate deces = null;
        for (var f : faitsDeLAllocataire.stream().sorted(Comparator.comparing(FaitEnregistre::enregistreLe)).toList()) {
            switch (f.fait()) {
                case Fait.CompteBancaire c -> comptes.put(f.dateEffet(), c);
                case Fait.Deces d -> deces = f.dateEffet();
                default -> {
                }
            }
        }
        var allocataire = personnes.get(foyer.allocataire());
        return new SituationDuFoyer(foyer.id(), foyer.numero(), foyer.allocataire(), allocataire.nomComplet(),
                allocataire.dateDeNaissance(), membres, ressources, comptes, deces, logements, handicaps, declarees, grossesses, gardes,
                soutiens);
    }

    private static SituationDuFoyer.Membre membre(FaitEnregistre arrivee, @Nullable LocalDate depart, Map<PersonneId, Personne> personnes) {
        var a = (Fait.ArriveeAuFoyer) arrivee.fait();
        var personne = personnes.get(arrivee.personne());
        var fin = depart != null && depart.isBefore(arrivee.dateEffet()) ? arrivee.dateEffet() : depart;
        return new SituationDuFoyer.Membre(arrivee.personne(), a.prenom(), personne.dateDeNaissance(), a.role(),
                new Periode(arrivee.dateEffet(), fin));
    }

    private void verifier(PersonneId personne, @Nullable FoyerId foyer, Fait fait, LocalDate dateEffet) {
        var p = personnes.findParId(personne).orElseThrow(() -> new ChampInvalide("personne", "Personne inconnue du référentiel : " + personne));
        if (dateEffet.isAfter(LocalDate.now().plusYears(1))) {
            throw new ChampInvalide("dateEffet", "Date d'effet invalide : " + dateEffet + " est à plus d'un an dans le futur");
        }
        if (dateEffet.isBefore(p.dateDeNaissance()) && !(fait instanceof Fait.Ressources)) {
            throw new ChampInvalide("dateEffet", "Date d'effet invalide : " + dateEffet + " précède la naissance de " + p.prenoms()
                    + " (" + p.dateDeNaissance() + ")");
        }
        if (fait.nature().dUnFoyer() && foyer == null) {
            throw new ChampInvalide("foyer", fait.nature().libelle() + " : le foyer concerné est obligatoire");
        }
        if (foyer != null && foyers.findParId(foyer).isEmpty()) {
            throw new ChampInvalide("foyer", "Foyer inconnu : " + foyer);
        }
        switch (fait) {
            case Fait.Adresse a -> communes.get(a.commune(), "commune");
            case Fait.Deces d -> {
                if (dateEffet.isAfter(LocalDate.now())) {
                    throw new ChampInvalide("dateEffet", "Date de décès invalide : " + dateEffet + " est dans le futur");
                }
            }
            case Fait.Ressources r -> {
                if (r.annee() < 2000 || r.annee() > LocalDate.now().getYear()) {
                    throw new ChampInvalide("annee", "Année de ressources invalide : " + r.annee() + " (de 2000 à l'année en cours)");
                }
            }
            case Fait.Handicap h -> exigerLaPersonneDuFait(h.membre(), personne);
            case Fait.RessourcesDeclarees r -> {
                exigerLaPersonneDuFait(r.membre(), personne);
                if (r.mois().isAfter(java.time.YearMonth.from(LocalDate.now()))) {
                    throw new ChampInvalide("mois", "Mois de ressources invalide : " + r.mois() + " n'est pas encore commencé");
                }
                if (!dateEffet.equals(r.mois().atDay(1))) {
                    throw new ChampInvalide("dateEffet", "Date d'effet invalide : les ressources de " + r.mois() + " prennent effet le "
                            + r.mois().atDay(1) + ", " + dateEffet + " reçu");
                }
            }
            case Fait.Grossesse g -> {
                exigerLaPersonneDuFait(g.mere(), personne);
                if (!g.datePresumeeDAccouchement().isAfter(dateEffet)) {
                    throw new ChampInvalide("datePresumeeDAccouchement", "Date présumée d'accouchement invalide : "
                            + g.datePresumeeDAccouchement() + " ne suit pas la déclaration du " + dateEffet);
                }
            }
            case Fait.ModeDeGarde g -> exigerLaPersonneDuFait(g.enfant(), personne);
            case Fait.SoutienDeLEnfant s -> exigerLaPersonneDuFait(s.enfant(), personne);
            case Fait.ArriveeAuFoyer a -> {
                if (!a.membre().equals(personne)) {
                    throw new ChampInvalide("membre", "L'arrivée doit concerner la personne du fait");
                }
                var presente = situationDuFoyer(java.util.Objects.requireNonNull(foyer)).membres().stream()
                        .anyMatch(m -> m.personne().equals(personne) && (m.presence().contient(dateEffet) || m.presence().estOuverte()));
                if (presente) {
                    throw new ChampInvalide("membre", p.prenoms() + " est déjà présent(e) dans ce foyer à cette date");
                }
            }
            case Fait.DepartDuFoyer d -> {
                var presence = situationDuFoyer(java.util.Objects.requireNonNull(foyer)).membres().stream()
                        .filter(m -> m.personne().equals(personne) && m.presence().estOuverte()).findFirst();
                if (presence.isEmpty()) {
                    throw new ChampInvalide("membre", p.prenoms() + " n'est pas présent(e) dans ce foyer : départ impossible");
                }
                if (!dateEffet.isAfter(presence.get().presence().debut())) {
                    throw new ChampInvalide("dateEffet", "Date de départ invalide : " + dateEffet + " ne suit pas l'arrivée du "
                            + presence.get().presence().debut());
                }
            }
            default -> {
            }
        }
    }

    private static void exigerLaPersonneDuFait(PersonneId membre, PersonneId personne) {
        if (!membre.equals(personne)) {
            throw new ChampInvalide("membre", "Le fait doit concerner la personne à laquelle il est rattaché");
        }
    }

    private FaitId ecrire(PersonneId personne, @Nullable FoyerId foyer, Fait fait, LocalDate dateEffet, Source source,
            Operation operation, @Nullable FaitId corrige, @Nullable String motif) {
        var agent = AgentConnecte.courant();
        var id = FaitId.nouveau();
        faits.inserer(new FaitEnregistre(id, personne, foyer, fait, dateEffet, source, operation, corrige, true, motif,
                agent.identifiant(), LocalDateTime.now()));
        journal.consigner(JournalDAudit.Action.ECRITURE, personne.valeur(),
                operation.libelle() + " : " + fait.nature().libelle() + " au " + dateEffet, motif == null ? source.libelle() : motif);
        actualiser(foyer != null ? List.of(foyer) : foyers.duMembre(personne).stream()
                .filter(f -> f.allocataire().equals(personne)).map(Foyer::id).toList());
        return id;
    }

    private void publier(FaitId id, PersonneId personne, @Nullable FoyerId foyer, Fait fait, Operation operation, LocalDate aCompterDu,
            Source source) {
        evenements.publishEvent(new SituationModifiee(id, personne, foyer, fait.nature(), operation, aCompterDu, source, fait.libelle()));
    }
}
