package fr.caissecommune.finances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.EcrivainPain001;
import fr.caissecommune.finances.sepa.EnTeteDeMessage;
import fr.caissecommune.finances.sepa.FormatSepa;
import fr.caissecommune.finances.sepa.LotDeVirements;

/**
 * Le paiement des prestations, en deux temps séparés : l'ordonnateur (un module métier) ordonnance, l'agent
 * comptable valide et transmet. La validation produit un unique fichier de virements SEPA, validé contre son
 * schéma, et passe l'écriture de mise en paiement (débit des comptes de tiers, crédit de la banque).
 *
 * <p>Conçu pour la paie mensuelle (jusqu'à un million d'ordres) : enregistrement par lots JDBC, idempotent sur
 * la référence (une paie interrompue se relance sans rien payer deux fois), fichier écrit en flux.
 */
@Service
public class Paiements {

    private final OrdresDePaiement ordres;
    private final FichiersSepa fichiers;
    private final DepotDeFichiers depot;
    private final Comptabilite comptabilite;
    private final CoordonneesBancaires banque;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    Paiements(OrdresDePaiement ordres, FichiersSepa fichiers, DepotDeFichiers depot, Comptabilite comptabilite,
            CoordonneesBancaires banque, ApplicationEventPublisher evenements, ObjectProvider<Clock> horloge) {
        this.ordres = ordres;
        this.fichiers = fichiers;
        this.depot = depot;
        this.comptabilite = comptabilite;
        this.banque = banque;
        this.evenements = evenements;
        this.horloge = horloge.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Enregistre les ordres au statut {@link StatutPaiement#ORDONNANCE}, dans la transaction de l'appelant. Un
     * ordre dont la référence est déjà connue (ou répétée dans la liste) est écarté et compté, jamais enregistré
     * deux fois. Publie un {@link PaiementsOrdonnances} par origine.
     *
     * @throws IllegalArgumentException si un compte de tiers n'existe pas au plan de comptes
     */
    @Transactional
    public ResultatOrdonnancement ordonnancer(List<OrdreDePaiement> aOrdonnancer) {
        comptabilite.exigerComptesConnus(aOrdonnancer.stream().map(OrdreDePaiement::compteDeTiers).distinct().toList(), "Ordres de paiement");
        var nouveaux = References.nouvelles(aOrdonnancer, OrdreDePaiement::reference, ordres::referencesConnues);
        ordres.ordonnancer(nouveaux, LocalDateTime.now(horloge));
        var parOrigine = new LinkedHashMap<String, PaiementsOrdonnances>();
        nouveaux.forEach(o -> parOrigine.merge(o.origine(), new PaiementsOrdonnances(o.origine(), 1, o.montant()),
                (a, b) -> new PaiementsOrdonnances(a.origine(), a.nombre() + b.nombre(), a.total().plus(b.total()))));
        parOrigine.values().forEach(evenements::publishEvent);
        var total = nouveaux.stream().map(OrdreDePaiement::montant).reduce(Montant.ZERO, Montant::plus);
        return new ResultatOrdonnancement(nouveaux.size(), total, aOrdonnancer.size() - nouveaux.size());
    }

    /**
     * L'agent comptable valide tous les ordres en attente dont la date d'exécution tombe au plus tard à
     * {@code dateExecution} : un fichier {@code pain.001.001.09} (un lot par date d'exécution) est écrit,
     * validé contre son schéma et enregistré ; les ordres passent au statut {@link StatutPaiement#TRANSMIS} ;
     * l'écriture de mise en paiement est passée ; {@link PaiementsTransmis} est publié. Si le fichier n'est pas
     * conforme, rien n'est marqué ni conservé.
     *
     * @param comptable le nom de l'agent comptable qui valide
     * @return le fichier produit, ou rien s'il n'y avait aucun ordre en attente
     * @throws IllegalStateException si le fichier produit n'est pas conforme au schéma
     */
    @Transactional
    public Optional<FichierSepa> validerEtTransmettre(LocalDate dateExecution, String comptable) {
        Controles.texte(comptable, "Validation des paiements", "agent comptable", 100);
        var id = FichierId.nouveau();
        var maintenant = LocalDateTime.now(horloge);
        var msgId = FichiersSepa.msgId("VIR", id, maintenant);
        var chemin = depot.chemin(TypeDeFichier.VIREMENTS, msgId);
        fichiers.preparer(id, TypeDeFichier.VIREMENTS, FormatSepa.PAIN_001_001_09, msgId, chemin.toString(), dateExecution, comptable, maintenant);
        int nombre = ordres.transmettre(id, dateExecution);
        if (nombre == 0) {
            fichiers.supprimer(id);
            return Optional.empty();
        }
        var lots = ordres.totauxParDate(id);
        var total = lots.stream().map(OrdresDePaiement.TotalParDate::total).reduce(Montant.ZERO, Montant::plus);
        var enTete = new EnTeteDeMessage(msgId, maintenant, nombre, total.valeur(), banque.titulaire());
        var ecrit = depot.deposer(chemin, FormatSepa.PAIN_001_001_09, sortie -> {
            var ecrivain = new EcrivainPain001(sortie, enTete);
            var lotsParDate = new LinkedHashMap<LocalDate, LotDeVirements>();
            for (int i = 0; i < lots.size(); i++) {
                var lot = lots.get(i);
                lotsParDate.put(lot.dateExecution(), new LotDeVirements(msgId + "-" + (i + 1), lot.dateExecution(), lot.nombre(),
                        lot.total().valeur(), banque.compte()));
            }
            ordres.parcourir(id, (date, virement) -> ecrivain.ecrire(lotsParDate.get(date), virement));
            ecrivain.terminer();
        });
        var fichier = fichiers.completer(id, nombre, total, ecrit.sha256());
        comptabilite.passer(ecritureDeMiseEnPaiement(ordres.totauxParCompte(id), total, maintenant.toLocalDate(), msgId));
        evenements.publishEvent(new PaiementsTransmis(id, dateExecution, nombre, total));
        return Optional.of(fichier);
    }

    /** Les paiements d'un tiers, du plus récent au plus ancien, avec leur statut et leur fichier. */
    @Transactional(readOnly = true)
    public List<PaiementOrdonne> parTiers(String tiers) {
        return ordres.parTiers(tiers);
    }

    /** Les fichiers de virements et de prélèvements remis à la banque, du plus récent au plus ancien. */
    @Transactional(readOnly = true)
    public List<FichierSepa> fichiers() {
        return fichiers.tous();
    }

    /** Les ordres en attente de validation, totalisés par date d'exécution. */
    @Transactional(readOnly = true)
    public List<PaiementsEnAttente> enAttente() {
        return ordres.enAttente();
    }

    private Ecriture ecritureDeMiseEnPaiement(Map<String, Montant> parCompte, Montant total, LocalDate date, String msgId) {
        var lignes = new ArrayList<LigneEcriture>();
        parCompte.forEach((compte, montant) -> lignes.add(LigneEcriture.debit(compte, montant)));
        lignes.add(LigneEcriture.credit(PlanComptable.BANQUE_PAIEMENTS, total));
        return new Ecriture(Journal.PAIEMENTS, date, "Virements SEPA " + msgId, msgId, lignes);
    }
}
