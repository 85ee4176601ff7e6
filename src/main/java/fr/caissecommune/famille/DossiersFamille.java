package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.famille.calcul.ResultatAf;
import fr.caissecommune.finances.Creances;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/** Les dossiers d'allocataires : ouverture, consultation, droit du mois expliqué. */
@Service
@Transactional
public class DossiersFamille {

    private final Dossiers dossiers;
    private final Droits droits;
    private final Regularisations regularisations;
    private final CalculDesDroits calcul;
    private final Situations situations;
    private final Registre registre;
    private final Creances creances;
    private final ReexamenDesDroits reexamen;
    private final JournalDAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Demandes demandes;
    private final DeclarationsTrimestrielles declarations;
    private final RecouvrementDesIndus recouvrement;

    DossiersFamille(Dossiers dossiers, Droits droits, Regularisations regularisations, CalculDesDroits calcul, Situations situations,
            Registre registre, Creances creances, ReexamenDesDroits reexamen, JournalDAudit journal, ApplicationEventPublisher evenements,
            Demandes demandes, DeclarationsTrimestrielles declarations, RecouvrementDesIndus recouvrement) {
        this.demandes = demandes;
        this.declarations = declarations;
        this.recouvrement = recouvrement;
        this.dossiers = dossiers;
        this.droits = droits;
        this.regularisations = regularisations;
        this.calcul = calcul;
        this.situations = situations;
        this.registre = registre;
        this.creances = creances;
        this.reexamen = reexamen;
        this.journal = journal;
        this.evenements = evenements;
    }

    /**
     * Ouvre le dossier d'allocataire du foyer à compter d'une date : les droits des mois déjà payés depuis cette date
     * (dans la limite de la prescription) sont versés en rappel, les suivants à chaque paie.
     */
    public Dossier ouvrir(FoyerId foyer, LocalDate le) {
        var leFoyer = registre.getFoyer(foyer);
        if (dossiers.find(foyer).isPresent()) {
            throw new ChampInvalide("foyer", "Le foyer n° " + leFoyer.numero() + " a déjà un dossier famille");
        }
        var dossier = new Dossier(foyer, leFoyer.numero(), le, Dossier.Statut.OUVERT);
        dossiers.inserer(dossier, AgentConnecte.courant().identifiant());
        journal.consigner(JournalDAudit.Action.ECRITURE, leFoyer.allocataire().valeur(), "Ouverture du dossier famille n° " + leFoyer.numero(),
                "Ouverture de dossier");
        evenements.publishEvent(new DossierOuvert(foyer, leFoyer.numero(), le));
        reexamen.reexaminer(foyer, YearMonth.from(le), "Ouverture du dossier à compter du "
                + le.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), null, false);
        return dossier;
    }

    /** Ouverture en masse (reprise de données, département simulé), sans événement par dossier. */
    public void ouvrirEnMasse(List<Dossier> lesDossiers) {
        dossiers.insererEnMasse(lesDossiers, "reprise");
    }

    /** Met à jour les statistiques du planificateur sur les tables de la branche, après une reprise (PostgreSQL). */
    public void analyser() {
        dossiers.analyser();
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> find(FoyerId foyer) {
        return dossiers.find(foyer);
    }

    @Transactional(readOnly = true)
    public long nombreDeDossiersOuverts() {
        return dossiers.nombreOuverts();
    }

    /** Le droit du mois aux allocations familiales, calculé sur la situation actuelle, avec son explication. */
    @Transactional(readOnly = true)
    public ResultatAf droitDuMois(FoyerId foyer, YearMonth mois) {
        return calcul.allocationsFamiliales(situations.situationDuFoyer(foyer), mois);
    }

    /** Le droit du mois à chaque prestation servie, calculé sur la situation actuelle, avec son explication. */
    @Transactional(readOnly = true)
    public List<DroitDuMois> droitsDuMois(FoyerId foyer, YearMonth mois) {
        return calcul.droitsDuMois(situations.situationDuFoyer(foyer), mois, true);
    }

    @Transactional(readOnly = true)
    public Optional<VueDuDossier> vue(FoyerId foyer, YearMonth moisCourant) {
        return dossiers.find(foyer).map(dossier -> {
            var droitsDuMois = calcul.droitsDuMois(situations.situationDuFoyer(foyer), moisCourant, true);
            var echeances = droits.echeancesDu(foyer).stream()
                    .map(e -> new VueDuDossier.EcheanceVersee(e.mois(), e.du(), e.rappels(), e.reliquats(), e.retenue(), e.verse(),
                            e.statut().libelle(), e.referencePaiement(), e.datePaiement()))
                    .toList();
            return new VueDuDossier(dossier, moisCourant, droitsDuMois, echeances, regularisations.duFoyer(foyer),
                    creances.resteDu(PaiementMensuel.tiers(foyer)), demandes.duFoyer(foyer).stream()
                            .map(d -> new VueDuDossier.DemandeDuFoyer(d.id(), d.numero(), d.prestation(), d.recueLe(), d.statut(), d.decideeLe(),
                                    d.payeeLe())).toList(),
                    declarations.duFoyer(foyer), recouvrement.enCours(foyer).orElse(null));
        });
    }
}
