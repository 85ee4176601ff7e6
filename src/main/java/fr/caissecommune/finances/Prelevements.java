package fr.caissecommune.finances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.EcrivainPain008;
import fr.caissecommune.finances.sepa.EnTeteDeMessage;
import fr.caissecommune.finances.sepa.FormatSepa;
import fr.caissecommune.finances.sepa.LotDePrelevements;
import fr.caissecommune.finances.sepa.Prelevement;

/**
 * Les prélèvements SEPA de la caisse (cotisations des employeurs et des travailleurs indépendants) : un fichier
 * {@code pain.008.001.08} par remise, validé contre son schéma, avec l'écriture d'encaissement (débit du compte
 * bancaire des encaissements, crédit des comptes de tiers, tiers par tiers).
 */
@Service
public class Prelevements {

    private final OrdresDePrelevement ordres;
    private final FichiersSepa fichiers;
    private final DepotDeFichiers depot;
    private final Comptabilite comptabilite;
    private final CoordonneesBancaires banque;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    Prelevements(OrdresDePrelevement ordres, FichiersSepa fichiers, DepotDeFichiers depot, Comptabilite comptabilite,
            CoordonneesBancaires banque, ApplicationEventPublisher evenements, ObjectProvider<Clock> horloge) {
        this.ordres = ordres;
        this.fichiers = fichiers;
        this.depot = depot;
        this.comptabilite = comptabilite;
        this.banque = banque;
        this.evenements = evenements;
        this.horloge = horloge.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Un lot du fichier : les prélèvements d'un même schéma, d'une même séquence et d'une même échéance. */
    private record CleDeLot(SchemaDePrelevement schema, SequenceDePrelevement sequence, LocalDate dateEcheance) {
        static final Comparator<CleDeLot> ORDRE = Comparator.comparing(CleDeLot::dateEcheance)
                .thenComparing(CleDeLot::schema).thenComparing(CleDeLot::sequence);
    }

    /**
     * Émet les ordres dans un fichier de prélèvements validé par l'agent comptable {@code comptable}. Les
     * références déjà émises (ou répétées dans la liste) sont écartées : un débiteur n'est jamais prélevé deux
     * fois pour le même ordre. Si le fichier n'est pas conforme à son schéma, rien n'est enregistré ni conservé.
     *
     * @return le fichier produit, ou rien si tous les ordres étaient déjà émis
     * @throws IllegalArgumentException si un compte de tiers n'existe pas au plan de comptes
     * @throws IllegalStateException si le fichier produit n'est pas conforme au schéma
     */
    @Transactional
    public Optional<FichierSepa> transmettre(List<OrdreDePrelevement> aEmettre, String comptable) {
        Controles.texte(comptable, "Émission des prélèvements", "agent comptable", 100);
        comptabilite.exigerComptesConnus(aEmettre.stream().map(OrdreDePrelevement::compteDeTiers).distinct().toList(), "Ordres de prélèvement");
        var nouveaux = References.nouvelles(aEmettre, OrdreDePrelevement::reference, ordres::referencesConnues);
        if (nouveaux.isEmpty()) {
            return Optional.empty();
        }
        var lots = new TreeMap<CleDeLot, List<OrdreDePrelevement>>(CleDeLot.ORDRE);
        nouveaux.forEach(o -> lots.computeIfAbsent(new CleDeLot(o.schema(), o.sequence(), o.dateEcheance()), cle -> new ArrayList<>()).add(o));
        var total = somme(nouveaux);
        var id = FichierId.nouveau();
        var maintenant = LocalDateTime.now(horloge);
        var msgId = FichiersSepa.msgId("PRLV", id, maintenant);
        var chemin = depot.chemin(TypeDeFichier.PRELEVEMENTS, msgId);
        fichiers.preparer(id, TypeDeFichier.PRELEVEMENTS, FormatSepa.PAIN_008_001_08, msgId, chemin.toString(), lots.lastKey().dateEcheance(),
                comptable, maintenant);
        ordres.enregistrer(nouveaux, id);
        var enTete = new EnTeteDeMessage(msgId, maintenant, nouveaux.size(), total.valeur(), banque.titulaire());
        var ecrit = depot.deposer(chemin, FormatSepa.PAIN_008_001_08, sortie -> {
            var ecrivain = new EcrivainPain008(sortie, enTete);
            int rang = 0;
            for (var lot : lots.entrySet()) {
                var cle = lot.getKey();
                ecrivain.ouvrirLot(new LotDePrelevements(msgId + "-" + ++rang, cle.schema().name(), cle.sequence().name(), cle.dateEcheance(),
                        lot.getValue().size(), somme(lot.getValue()).valeur(), banque.compte(), banque.ics()));
                lot.getValue().forEach(o -> ecrivain.ecrire(prelevement(o)));
                ecrivain.fermerLot();
            }
            ecrivain.terminer();
        });
        var fichier = fichiers.completer(id, nouveaux.size(), total, ecrit.sha256());
        comptabilite.passer(ecritureDEncaissement(nouveaux, total, maintenant.toLocalDate(), msgId));
        evenements.publishEvent(new PrelevementsTransmis(id, nouveaux.size(), total));
        return Optional.of(fichier);
    }

    private static Prelevement prelevement(OrdreDePrelevement ordre) {
        return new Prelevement(ordre.reference(), ordre.montant().valeur(), ordre.mandat().rum(), ordre.mandat().dateDeSignature(),
                ordre.debiteur(), ordre.iban().valeur(), ordre.bic() == null ? null : ordre.bic().valeur(), ordre.libelle());
    }

    private static Montant somme(List<OrdreDePrelevement> ordres) {
        return ordres.stream().map(OrdreDePrelevement::montant).reduce(Montant.ZERO, Montant::plus);
    }

    private static Ecriture ecritureDEncaissement(List<OrdreDePrelevement> ordres, Montant total, LocalDate date, String msgId) {
        record CompteEtTiers(String compte, String tiers) {
        }
        var credits = new LinkedHashMap<CompteEtTiers, Montant>();
        ordres.forEach(o -> credits.merge(new CompteEtTiers(o.compteDeTiers(), o.tiers()), o.montant(), Montant::plus));
        var lignes = new ArrayList<LigneEcriture>();
        lignes.add(LigneEcriture.debit(PlanComptable.BANQUE_ENCAISSEMENTS, total));
        for (Map.Entry<CompteEtTiers, Montant> credit : credits.entrySet()) {
            lignes.add(LigneEcriture.credit(credit.getKey().compte(), credit.getValue(), credit.getKey().tiers()));
        }
        return new Ecriture(Journal.PRELEVEMENTS, date, "Prélèvements SEPA " + msgId, msgId, lignes);
    }
}
