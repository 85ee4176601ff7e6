package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.regles.ParametreIntrouvable;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.sante.calcul.InstructionC2s;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/**
 * La complémentaire santé solidaire (CSS, art. L861-1 et suivants) : dépôt d'une demande pour un foyer, instruction
 * contre les plafonds de ressources publiés pour sa taille, décision (sans participation, avec participation
 * mensuelle par âge, ou refus), droit de douze mois ouvert le premier jour du mois suivant la décision, et
 * renouvellement, qui prend la suite du droit en cours.
 */
@Service
@Transactional
public class ComplementaireSanteSolidaire {

    private final RegistreDesDroits registre;
    private final DroitsSante droits;
    private final Parametres parametres;
    private final JournalDAudit journal;

    ComplementaireSanteSolidaire(RegistreDesDroits registre, DroitsSante droits, Parametres parametres, JournalDAudit journal) {
        this.registre = registre;
        this.droits = droits;
        this.parametres = parametres;
        this.journal = journal;
    }

    /**
     * Dépose une demande pour le foyer (le demandeur et les membres couverts). Un renouvellement désigne la demande
     * accordée dont le droit arrive à échéance.
     */
    public DemandeC2s deposer(UUID demandeur, List<UUID> autresMembres, Montant ressources, LocalDate le, @Nullable UUID renouvellementDe) {
        if (ressources.estNegatif()) {
            throw new ChampInvalide("ressources", "Ressources invalides : le montant ne peut pas être négatif");
        }
        if (le.isAfter(LocalDate.now())) {
            throw new ChampInvalide("deposeeLe", "Date de dépôt invalide : " + le.format(DroitsSante.JJ_MM_AAAA) + " est dans le futur");
        }
        var membres = new ArrayList<UUID>();
        membres.add(demandeur);
        autresMembres.stream().filter(m -> !membres.contains(m)).forEach(membres::add);
        for (var m : membres) {
            droits.connaitre(m);
            var situation = droits.situationDe(m).orElseThrow();
            if (situation.droits().stream().noneMatch(p -> p.contient(le))) {
                var nom = registre.beneficiaire(m).orElseThrow().nom();
                throw new ChampInvalide(m.equals(demandeur) ? "demandeur" : "membres", nom + " n'est pas affilié(e) à l'assurance maladie au "
                        + le.format(DroitsSante.JJ_MM_AAAA) + " : la C2S complète la protection universelle maladie (CSS, art. L861-1)");
            }
        }
        for (var enCours : registre.demandesDe(demandeur)) {
            if (enCours.statut() == DemandeC2s.Statut.DEPOSEE) {
                throw new ChampInvalide("demandeur", "Une demande déposée le " + enCours.deposeeLe().format(DroitsSante.JJ_MM_AAAA)
                        + " est déjà à instruire pour ce demandeur");
            }
        }
        if (renouvellementDe != null) {
            var precedente = registre.demande(renouvellementDe)
                    .orElseThrow(() -> new ChampInvalide("renouvellementDe", "Demande à renouveler inconnue : " + renouvellementDe));
            if (precedente.statut() != DemandeC2s.Statut.ACCORDEE || precedente.droit() == null) {
                throw new ChampInvalide("renouvellementDe", "Seul un droit accordé se renouvelle : la demande du "
                        + precedente.deposeeLe().format(DroitsSante.JJ_MM_AAAA) + " est " + precedente.statut().libelle());
            }
        }
        var id = UUID.randomUUID();
        registre.deposer(id, demandeur, le, ressources, membres, renouvellementDe);
        journal.consigner(JournalDAudit.Action.ECRITURE, demandeur, "Dépôt d'une demande de C2S (" + membres.size() + " personne(s))", "C2S");
        return registre.demande(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<DemandeC2s> demande(UUID id) {
        return registre.demande(id);
    }

    @Transactional(readOnly = true)
    public List<DemandeC2s> aInstruire(int max) {
        return registre.demandesAInstruire(max);
    }

    @Transactional(readOnly = true)
    public List<DemandeC2s> dernieresDecisions(int max) {
        return registre.dernieresDecisions(max);
    }

    /**
     * L'instruction d'une demande à une date de décision : plafonds en vigueur au dépôt, participation et durée en
     * vigueur à l'ouverture du droit. Un renouvellement ouvre son droit le lendemain de la fin du précédent s'il est
     * encore en cours.
     */
    @Transactional(readOnly = true)
    public InstructionC2s.Resultat instruire(UUID id, LocalDate decision) {
        var d = registre.demande(id).orElseThrow(() -> new ChampInvalide("demande", "Demande de C2S inconnue : " + id));
        var naissances = d.membres().stream().map(DemandeC2s.Membre::dateDeNaissance).toList();
        var jeu = parametres.courant();
        var dateDeDecision = decision;
        if (d.renouvellementDe() != null) {
            var precedent = registre.demande(d.renouvellementDe()).orElseThrow().droit();
            if (precedent != null && precedent.fin() != null && precedent.fin().isAfter(decision.withDayOfMonth(1).plusMonths(1))) {
                dateDeDecision = precedent.fin().minusMonths(1);
            }
        }
        try {
            var ouverture = dateDeDecision.withDayOfMonth(1).plusMonths(1);
            return InstructionC2s.instruire(jeu.a(d.deposeeLe()), d.ressources(), naissances, dateDeDecision, jeu.a(ouverture));
        } catch (ParametreIntrouvable e) {
            throw new ChampInvalide("deposeeLe", "Aucun plafond de C2S en vigueur au " + d.deposeeLe().format(DroitsSante.JJ_MM_AAAA)
                    + " dans les paramètres (" + e.getMessage() + ")");
        }
    }

    /**
     * Décide : l'agent suit la proposition de l'instruction ({@code accorder}) ou refuse ; un accord que les
     * ressources ne permettent pas est refusé avec le champ en cause.
     */
    public DemandeC2s decider(UUID id, boolean accorder, LocalDate le, @Nullable String motifDeRefus) {
        var d = registre.demande(id).orElseThrow(() -> new ChampInvalide("demande", "Demande de C2S inconnue : " + id));
        if (d.statut() != DemandeC2s.Statut.DEPOSEE) {
            throw new ChampInvalide("demande", "Demande déjà décidée : " + d.statut().libelle() + " le "
                    + (d.decideeLe() == null ? "?" : d.decideeLe().format(DroitsSante.JJ_MM_AAAA)));
        }
        if (le.isBefore(d.deposeeLe())) {
            throw new ChampInvalide("decideeLe", "Date de décision invalide : elle précède le dépôt (" + d.deposeeLe().format(DroitsSante.JJ_MM_AAAA) + ")");
        }
        var r = instruire(id, le);
        var agent = AgentConnecte.courant().identifiant();
        var explication = String.join("\n", r.explication());
        if (!accorder || r.proposition() == InstructionC2s.Proposition.REFUS) {
            if (accorder) {
                throw new ChampInvalide("ressources", "Accord impossible : " + r.proposition().libelle() + " (ressources "
                        + r.ressources().enFrancais() + ", plafond avec participation " + r.plafondAvecParticipation().enFrancais() + ")");
            }
            if (r.proposition() != InstructionC2s.Proposition.REFUS && (motifDeRefus == null || motifDeRefus.isBlank())) {
                throw new ChampInvalide("motif", "Motif du refus obligatoire : les ressources ouvrent droit à la " + r.proposition().libelle());
            }
            var texte = motifDeRefus == null || motifDeRefus.isBlank() ? explication : explication + "\nRefus : " + motifDeRefus.strip();
            registre.decider(id, DemandeC2s.Statut.REFUSEE, null, null, null, java.util.Map.of(), texte, le, agent);
        } else {
            var forme = r.proposition() == InstructionC2s.Proposition.GRATUITE ? DemandeC2s.Forme.GRATUITE : DemandeC2s.Forme.PARTICIPATION;
            var parMembre = new HashMap<UUID, Montant>();
            for (var p : r.participations()) {
                parMembre.put(d.membres().get(p.rang() - 1).personne(), p.mensuelle());
            }
            registre.decider(id, DemandeC2s.Statut.ACCORDEE, forme, Periode.entre(r.debut(), r.fin()),
                    forme == DemandeC2s.Forme.PARTICIPATION ? r.participationMensuelle() : null, parMembre, explication, le, agent);
        }
        journal.consigner(JournalDAudit.Action.ECRITURE, d.demandeur(), "Décision sur la demande de C2S du " + d.deposeeLe().format(DroitsSante.JJ_MM_AAAA),
                "C2S");
        return registre.demande(id).orElseThrow();
    }
}
