package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Introuvable;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/**
 * L'instruction des demandes de prestation par le technicien famille : dépôt avec les pièces jointes, réception des
 * pièces manquantes, prise en charge, décision. Un accord est motivé par le calcul du droit du premier mois (avec son
 * explication) et ouvre le dossier du foyer s'il ne l'est pas ; un rejet porte son motif et son fondement. La
 * lettre de notification reprend la décision. Chaque étape date l'horloge de la demande et publie son événement.
 */
@Service
@Transactional
public class InstructionDesDemandes {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Demandes demandes;
    private final DossiersFamille dossiers;
    private final CalculDesDroits calcul;
    private final Situations situations;
    private final Registre registre;
    private final CourrierDeDecision courrier;
    private final JournalDAudit journal;
    private final ApplicationEventPublisher evenements;

    InstructionDesDemandes(Demandes demandes, DossiersFamille dossiers, CalculDesDroits calcul, Situations situations, Registre registre,
            CourrierDeDecision courrier, JournalDAudit journal, ApplicationEventPublisher evenements) {
        this.demandes = demandes;
        this.dossiers = dossiers;
        this.calcul = calcul;
        this.situations = situations;
        this.registre = registre;
        this.courrier = courrier;
        this.journal = journal;
        this.evenements = evenements;
    }

    /** La demande est introuvable. */
    public static final class DemandeIntrouvable extends Introuvable {
        DemandeIntrouvable(DemandeId id) {
            super("Demande introuvable : " + id);
        }
    }

    /**
     * Enregistre une demande reçue, avec les pièces jointes à la réception ; les autres pièces attendues sont
     * manquantes. Une seule demande en cours par foyer et par prestation.
     */
    public Demande deposer(FoyerId foyer, Prestation prestation, Source canal, LocalDate recueLe, Collection<PieceJustificative> jointes) {
        var leFoyer = registre.getFoyer(foyer);
        if (recueLe.isAfter(LocalDate.now())) {
            throw new ChampInvalide("recueLe", "Date de réception invalide : " + recueLe.format(JOUR) + " est dans le futur");
        }
        demandes.enCours(foyer, prestation).ifPresent(d -> {
            throw new ChampInvalide("prestation", "Une demande de " + prestation.libelle().toLowerCase(java.util.Locale.FRENCH)
                    + " est déjà en cours pour ce foyer (n° " + d.numero() + ", reçue le " + d.recueLe().format(JOUR) + ")");
        });
        var attendues = PieceJustificative.attenduesPour(prestation);
        var recues = new java.util.EnumMap<PieceJustificative, LocalDate>(PieceJustificative.class);
        for (var piece : jointes) {
            if (!attendues.contains(piece)) {
                throw new ChampInvalide("pieces", "Pièce non attendue pour une demande de " + prestation.libelle() + " : " + piece.libelle());
            }
            recues.put(piece, recueLe);
        }
        var id = DemandeId.nouveau();
        var ligne = new Demandes.Ligne(id, demandes.prochainNumero(recueLe), foyer, leFoyer.allocataire(), prestation, canal, recueLe,
                Demande.Statut.RECUE, null, null, null, null, null, null, null, null);
        demandes.inserer(ligne, attendues, recues);
        journal.consigner(JournalDAudit.Action.ECRITURE, leFoyer.allocataire().valeur(), "Demande de " + prestation.libelle() + " n° "
                + ligne.numero(), "Dépôt de demande");
        evenements.publishEvent(new DemandeDeposee(id, foyer, prestation, prestation.estUnMinimumSocial(), canal, recueLe));
        return get(id);
    }

    /** Enregistre la réception d'une pièce attendue. */
    public Demande recevoirPiece(DemandeId id, PieceJustificative piece, LocalDate le) {
        var demande = get(id);
        exigerNonDecidee(demande);
        if (demande.pieces().stream().noneMatch(p -> p.piece() == piece)) {
            throw new ChampInvalide("piece", "Pièce non attendue pour cette demande : " + piece.libelle());
        }
        if (le.isBefore(demande.recueLe()) || le.isAfter(LocalDate.now())) {
            throw new ChampInvalide("recueLe", "Date de réception de la pièce invalide : " + le.format(JOUR) + " (entre la demande du "
                    + demande.recueLe().format(JOUR) + " et aujourd'hui)");
        }
        demandes.recevoirPiece(id, piece, le);
        journal.consigner(JournalDAudit.Action.ECRITURE, demande.demandeur().valeur(), "Pièce reçue pour la demande n° " + demande.numero()
                + " : " + piece.libelle(), "Instruction");
        return get(id);
    }

    /** Le technicien connecté prend la demande en charge. */
    public Demande prendreEnCharge(DemandeId id) {
        var demande = get(id);
        exigerNonDecidee(demande);
        demandes.prendreEnCharge(id, AgentConnecte.courant().nom());
        return get(id);
    }

    /**
     * Le droit que la demande ouvrirait à compter d'un mois, calculé sur la situation actuelle du foyer, avec son
     * explication : ce que le technicien voit avant de décider.
     */
    @Transactional(readOnly = true)
    public DroitDuMois droitEnvisage(DemandeId id, YearMonth aCompterDu) {
        var demande = get(id);
        return calcul.droitsDuMois(situations.situationDuFoyer(demande.foyer()), aCompterDu, true).stream()
                .filter(d -> d.prestation() == demande.prestation()).findFirst()
                .orElse(DroitDuMois.nul(demande.prestation(), aCompterDu, demande.prestation().libelle()
                        + " : le calcul de cette prestation n'est pas encore mis en œuvre par la caisse"));
    }

    /** Le premier mois de droit proposé : le mois qui suit la réception de la demande (CSS art. L552-1). */
    public static YearMonth premierMoisPropose(Demande demande) {
        return YearMonth.from(demande.recueLe()).plusMonths(1);
    }

    /**
     * Accorde la demande à compter d'un mois : toutes les pièces doivent être reçues et le droit calculé pour ce mois
     * doit être ouvert ; le dossier du foyer est ouvert s'il ne l'est pas, ce qui verse en rappel les mois déjà payés.
     */
    public Demande accorder(DemandeId id, YearMonth aCompterDu, LocalDate le) {
        var demande = get(id);
        exigerNonDecidee(demande);
        if (!demande.estComplete()) {
            throw new ChampInvalide("pieces", "Accord impossible : pièces manquantes (" + demande.piecesManquantes().stream()
                    .map(p -> p.piece().libelle()).collect(java.util.stream.Collectors.joining(" ; ")) + ")");
        }
        if (aCompterDu.isBefore(YearMonth.from(demande.recueLe()).minusMonths(calcul.delaiDePrescription(aCompterDu) * 12L))) {
            throw new ChampInvalide("aCompterDu", "Premier mois invalide : " + aCompterDu + " est au-delà du délai de prescription");
        }
        var droit = droitEnvisage(id, aCompterDu);
        if (!droit.estOuvert()) {
            throw new ChampInvalide("aCompterDu", "Accord impossible : aucun droit calculé pour " + aCompterDu
                    + " — la demande est à rejeter (conditions non remplies) ou la situation à compléter.\n" + droit.explication());
        }
        var agent = AgentConnecte.courant().nom();
        demandes.decider(id, Demande.Statut.ACCORDEE, le, agent, aCompterDu, droit.net(), null, droit.explication());
        if (dossiers.find(demande.foyer()).isEmpty()) {
            dossiers.ouvrir(demande.foyer(), aCompterDu.atDay(1)); // les mois déjà payés depuis sont versés en rappel
        }
        publierLaDecision(demande, true, null, le);
        return get(id);
    }

    /** Rejette la demande pour un motif ; le rejet pour pièces non fournies suppose qu'il en manque. */
    public Demande rejeter(DemandeId id, MotifDeRejet motif, String precision, LocalDate le) {
        var demande = get(id);
        exigerNonDecidee(demande);
        if (motif == MotifDeRejet.PIECES_NON_FOURNIES && demande.estComplete()) {
            throw new ChampInvalide("motif", "Rejet pour pièces non fournies impossible : toutes les pièces ont été reçues");
        }
        if (precision.isBlank() || precision.length() > 1000) {
            throw new ChampInvalide("precision", "Précision obligatoire (1 000 caractères au plus) : elle figure dans la lettre de notification");
        }
        demandes.decider(id, Demande.Statut.REJETEE, le, AgentConnecte.courant().nom(), null, null, motif, precision.strip());
        publierLaDecision(demande, false, motif, le);
        return get(id);
    }

    private void publierLaDecision(Demande demande, boolean accordee, @Nullable MotifDeRejet motif, LocalDate le) {
        if (le.isBefore(demande.recueLe())) {
            throw new ChampInvalide("decideeLe", "Date de décision invalide : elle précède la réception de la demande");
        }
        journal.consigner(JournalDAudit.Action.ECRITURE, demande.demandeur().valeur(), (accordee ? "Accord" : "Rejet")
                + " de la demande n° " + demande.numero(), "Décision");
        evenements.publishEvent(new DemandeDecidee(demande.id(), demande.foyer(), demande.prestation(), demande.prestation().estUnMinimumSocial(),
                accordee, motif, demande.recueLe(), le));
    }

    /**
     * Reprend des demandes en masse, par paquets, avec leurs décisions : le droit des demandes décidées est calculé
     * comme à l'instruction (sans explication détaillée : le montant du premier mois) et les événements de l'horloge
     * sont publiés, si bien que les délais du pilotage en sont tirés. Rend le nombre de demandes reprises.
     */
    public int reprendreEnMasse(List<DemandeAReprendre> aReprendre, String agent) {
        var foyers = aReprendre.stream().map(DemandeAReprendre::foyer).distinct().toList();
        var lesSituations = situations.situationsDesFoyers(foyers);
        var lignes = new java.util.ArrayList<Demandes.Ligne>();
        var attendues = new java.util.HashMap<DemandeId, List<PieceJustificative>>();
        var recues = new java.util.HashMap<DemandeId, Map<PieceJustificative, LocalDate>>();
        for (var d : aReprendre) {
            var situation = lesSituations.get(d.foyer());
            var id = DemandeId.nouveau();
            var pieces = PieceJustificative.attenduesPour(d.prestation());
            var parPiece = new java.util.EnumMap<PieceJustificative, LocalDate>(PieceJustificative.class);
            pieces.stream().filter(d.piecesRecues()::contains).forEach(p -> parPiece.put(p, d.recueLe()));
            attendues.put(id, pieces);
            recues.put(id, parPiece);
            var statut = Demande.Statut.RECUE;
            YearMonth aCompterDu = null;
            fr.caissecommune.commun.Montant montant = null;
            MotifDeRejet motif = null;
            String explication = null;
            if (d.decideeLe() != null) {
                if (parPiece.size() < pieces.size()) {
                    statut = Demande.Statut.REJETEE;
                    motif = MotifDeRejet.PIECES_NON_FOURNIES;
                    explication = "Pièces demandées non reçues dans le délai imparti.";
                } else {
                    var mois = YearMonth.from(d.recueLe()).plusMonths(1);
                    var droit = calcul.droitsDuMois(situation, mois, false).stream().filter(x -> x.prestation() == d.prestation()).findFirst();
                    if (droit.isPresent() && droit.get().estOuvert()) {
                        statut = Demande.Statut.ACCORDEE;
                        aCompterDu = mois;
                        montant = droit.get().net();
                        explication = d.prestation().libelle() + " de " + mois + " : " + montant.enFrancais() + " nets (calcul de la reprise).";
                    } else {
                        statut = Demande.Statut.REJETEE;
                        motif = MotifDeRejet.CONDITIONS_NON_REMPLIES;
                        explication = "Aucun droit calculé pour " + mois + " sur la situation du foyer.";
                    }
                }
            } else if (!parPiece.isEmpty() && parPiece.size() < pieces.size()) {
                statut = Demande.Statut.EN_INSTRUCTION;
            }
            lignes.add(new Demandes.Ligne(id, demandes.prochainNumero(d.recueLe()), d.foyer(), situation.allocataire(), d.prestation(), d.canal(),
                    d.recueLe(), statut, statut == Demande.Statut.RECUE ? null : agent, d.decideeLe(), d.decideeLe() == null ? null : agent,
                    aCompterDu, montant, motif, explication, null));
        }
        demandes.insererEnMasse(lignes, attendues, recues);
        for (var l : lignes) {
            evenements.publishEvent(new DemandeDeposee(l.id(), l.foyer(), l.prestation(), l.prestation().estUnMinimumSocial(), l.canal(), l.recueLe()));
            if (l.decideeLe() != null) {
                evenements.publishEvent(new DemandeDecidee(l.id(), l.foyer(), l.prestation(), l.prestation().estUnMinimumSocial(),
                        l.statut() == Demande.Statut.ACCORDEE, l.motifDeRejet(), l.recueLe(), l.decideeLe()));
            }
        }
        return lignes.size();
    }

    /** Après la paie d'un mois : les demandes accordées dont le premier versement vient d'être émis sont payées. */
    public int constaterLesPaiements(YearMonth mois) {
        var date = PaiementMensuel.datePaiement(mois);
        var payees = demandes.marquerPayees(mois, date);
        payees.forEach(d -> evenements.publishEvent(new DemandePayee(d.id(), d.foyer(), d.prestation(), d.prestation().estUnMinimumSocial(),
                d.recueLe(), date)));
        return payees.size();
    }

    @Transactional(readOnly = true)
    public Demande get(DemandeId id) {
        return completer(List.of(demandes.find(id).orElseThrow(() -> new DemandeIntrouvable(id)))).getFirst();
    }

    /** Les demandes à instruire, les plus anciennes d'abord. */
    @Transactional(readOnly = true)
    public List<Demande> aInstruire(@Nullable Prestation prestation, int combien) {
        return completer(demandes.aInstruire(prestation, combien));
    }

    @Transactional(readOnly = true)
    public Map<Prestation, Long> nombreAInstruire() {
        return demandes.nombreAInstruire();
    }

    @Transactional(readOnly = true)
    public List<Demande> duFoyer(FoyerId foyer) {
        return completer(demandes.duFoyer(foyer));
    }

    /** La lettre de notification de la décision (PDF) ; sa production est consignée au journal d'audit. */
    public byte[] lettreDeNotification(DemandeId id) {
        var demande = get(id);
        if (!demande.statut().estDecidee()) {
            throw new IllegalStateException("La demande n° " + demande.numero() + " n'est pas décidée (" + demande.statut().libelle()
                    + ") : pas de lettre de notification");
        }
        var adresse = situations.situationDeLaPersonne(demande.demandeur(), LocalDate.now())
                .get(fr.caissecommune.referentiel.Fait.Nature.ADRESSE);
        journal.consigner(JournalDAudit.Action.CONSULTATION, demande.demandeur().valeur(), "Lettre de notification de la demande n° "
                + demande.numero(), "Notification");
        return courrier.ecrire(demande, adresse == null ? null : adresse.fait().libelle());
    }

    private List<Demande> completer(List<Demandes.Ligne> lignes) {
        var pieces = demandes.pieces(lignes.stream().map(Demandes.Ligne::id).toList());
        return lignes.stream().map(l -> new Demande(l.id(), l.numero(), l.foyer(), registre.getFoyer(l.foyer()).numero(), l.demandeur(),
                registre.getPersonne(l.demandeur()).nomComplet(), l.prestation(), l.canal(), l.recueLe(), l.statut(), l.instructeur(),
                l.decideeLe(), l.decideePar(), l.aCompterDu(), l.montantMensuel(), l.motifDeRejet(), l.explication(), l.payeeLe(),
                pieces.getOrDefault(l.id(), List.of()))).toList();
    }

    private static void exigerNonDecidee(Demande demande) {
        if (demande.statut().estDecidee()) {
            throw new IllegalStateException("La demande n° " + demande.numero() + " est déjà décidée (" + demande.statut().libelle() + ")");
        }
    }
}
