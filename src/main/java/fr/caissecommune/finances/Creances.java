package fr.caissecommune.finances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;

/**
 * Les créances de la caisse sur ses tiers : indus de prestations aujourd'hui, cotisations et majorations
 * demain. Une créance est constatée par l'ordonnateur, puis apurée par retenue sur les prestations à payer
 * (dans la limite d'un plafond que fixe le module métier), par encaissement, ou par remise de dette. Chaque
 * opération passe son écriture au grand livre et publie son événement, dans la transaction de l'appelant.
 */
@Service
public class Creances {

    private final RegistreDesCreances registre;
    private final Comptabilite comptabilite;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    Creances(RegistreDesCreances registre, Comptabilite comptabilite, ApplicationEventPublisher evenements, ObjectProvider<Clock> horloge) {
        this.registre = registre;
        this.comptabilite = comptabilite;
        this.evenements = evenements;
        this.horloge = horloge.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Constate la créance : débit du compte de tiers de sa nature, crédit du compte de contrepartie. Constater
     * une référence déjà connue rend la créance existante sans rien passer de nouveau.
     *
     * @throws IllegalStateException si la référence désigne déjà une autre créance (autre tiers, nature ou montant)
     * @throws IllegalArgumentException si le compte de contrepartie n'existe pas au plan
     */
    @Transactional
    public CreanceId constater(NouvelleCreance nouvelle) {
        var existante = registre.findParReference(nouvelle.reference());
        if (existante.isPresent()) {
            var creance = existante.get();
            if (!creance.tiers().equals(nouvelle.tiers()) || creance.nature() != nouvelle.nature() || !creance.montant().equals(nouvelle.montant())) {
                throw new IllegalStateException("Créance " + nouvelle.reference() + " déjà constatée pour " + creance.tiers() + " ("
                        + creance.nature() + ", " + creance.montant().enFrancais() + ") : cette référence ne peut désigner une autre créance");
            }
            return creance.id();
        }
        var id = CreanceId.nouveau();
        var nature = nouvelle.nature();
        comptabilite.passer(new Ecriture(Journal.CREANCES, nouvelle.dateConstatation(), "Constatation : " + nouvelle.libelle(),
                nouvelle.reference(), List.of(
                        LigneEcriture.debit(nature.compteDeTiers(), nouvelle.montant(), nouvelle.tiers()),
                        LigneEcriture.credit(nouvelle.compteDeContrepartie(), nouvelle.montant()))));
        registre.enregistrer(id, nouvelle, LocalDateTime.now(horloge));
        evenements.publishEvent(new CreanceConstatee(id, nouvelle.tiers(), nouvelle.origine(), nouvelle.reference(), nature,
                nouvelle.montant(), nouvelle.dateConstatation()));
        return id;
    }

    /**
     * Retient sur les prestations à payer au tiers jusqu'à {@code plafond}, sur ses créances ouvertes récupérables
     * par retenue, de la plus ancienne à la plus récente : débit des prestations à payer, crédit du compte de
     * tiers débiteur. Le module métier déduit le montant rendu du paiement qu'il ordonnance.
     *
     * @param plafond la retenue maximale, calculée par le module métier (par exemple selon CSS art. L553-2)
     * @param piece la pièce justificative, par exemple la référence du paiement sur lequel on retient
     * @return le montant retenu : jamais plus que le plafond ni que le reste dû
     */
    @Transactional
    public Montant retenir(String tiers, Montant plafond, LocalDate date, String piece) {
        Controles.texte(piece, "Retenue", "pièce", 100);
        if (plafond.estNegatif()) {
            throw new IllegalArgumentException("Retenue invalide : le plafond doit être positif ou nul (" + plafond + " reçu)");
        }
        var disponible = Controles.auCentime(plafond, "Retenue", "plafond");
        var imputations = new ArrayList<RegistreDesCreances.Imputation>();
        for (var creance : registre.retenablesPourMiseAJour(tiers)) {
            if (!disponible.estPositif()) {
                break;
            }
            var part = creance.resteDu().min(disponible);
            imputations.add(new RegistreDesCreances.Imputation(creance, part));
            disponible = disponible.moins(part);
        }
        if (imputations.isEmpty()) {
            return Montant.ZERO;
        }
        var lignes = new ArrayList<LigneEcriture>();
        var debits = new LinkedHashMap<String, Montant>();
        var credits = new LinkedHashMap<String, Montant>();
        for (var imputation : imputations) {
            var nature = imputation.creance().nature();
            debits.merge(nature.compteDeRetenue(), imputation.montant(), Montant::plus);
            credits.merge(nature.compteDeTiers(), imputation.montant(), Montant::plus);
        }
        debits.forEach((compte, montant) -> lignes.add(LigneEcriture.debit(compte, montant, tiers)));
        credits.forEach((compte, montant) -> lignes.add(LigneEcriture.credit(compte, montant, tiers)));
        long ecriture = comptabilite.passer(new Ecriture(Journal.CREANCES, date, "Retenue sur prestations", piece, lignes));
        registre.imputer(imputations, RegistreDesCreances.Mouvement.recouvrement(ModeDeRecouvrement.RETENUE, date, piece, ecriture));
        var retenu = Montant.ZERO;
        for (var imputation : imputations) {
            var creance = imputation.creance();
            retenu = retenu.plus(imputation.montant());
            evenements.publishEvent(new CreanceRecouvree(creance.id(), tiers, imputation.montant(), ModeDeRecouvrement.RETENUE, date,
                    creance.resteDu().moins(imputation.montant())));
        }
        return retenu;
    }

    /**
     * Enregistre un règlement reçu sur la créance : débit du compte bancaire des encaissements, crédit du
     * compte de tiers débiteur.
     *
     * @return la créance après l'encaissement
     * @throws IllegalStateException si la créance est soldée ou si le montant dépasse son reste dû
     */
    @Transactional
    public Creance encaisser(CreanceId id, Montant montant, LocalDate date, ModeDeRecouvrement mode) {
        if (mode == ModeDeRecouvrement.RETENUE) {
            throw new IllegalArgumentException("Encaissement invalide : une retenue sur prestations passe par retenir(), pas par encaisser()");
        }
        var creance = registre.getPourMiseAJour(id);
        montant = Controles.montantPositif(montant, "Encaissement sur la créance " + creance.reference(), "montant");
        exigerAuPlusLeResteDu(creance, montant, "Encaissement refusé");
        long ecriture = comptabilite.passer(new Ecriture(Journal.ENCAISSEMENTS, date, "Encaissement (" + mode.name().toLowerCase() + ") : "
                + creance.libelle(), creance.reference(), List.of(
                        LigneEcriture.debit(PlanComptable.BANQUE_ENCAISSEMENTS, montant),
                        LigneEcriture.credit(creance.nature().compteDeTiers(), montant, creance.tiers()))));
        registre.imputer(List.of(new RegistreDesCreances.Imputation(creance, montant)),
                RegistreDesCreances.Mouvement.recouvrement(mode, date, creance.reference(), ecriture));
        var resteDu = creance.resteDu().moins(montant);
        evenements.publishEvent(new CreanceRecouvree(id, creance.tiers(), montant, mode, date, resteDu));
        return avecResteDu(creance, resteDu);
    }

    /**
     * Accorde une remise de dette sur la créance, à la date du jour : débit du compte de remises de sa nature,
     * crédit du compte de tiers débiteur.
     *
     * @param motif la motivation de la décision (précarité, bonne foi…)
     * @param decideur qui a décidé (directeur, CRA du …)
     * @return la créance après la remise
     * @throws IllegalStateException si la créance est soldée ou si la remise dépasse son reste dû
     */
    @Transactional
    public Creance remettre(CreanceId id, Montant montant, String motif, String decideur) {
        Controles.texte(motif, "Remise de dette", "motif", 500);
        Controles.texte(decideur, "Remise de dette", "décideur", 100);
        var creance = registre.getPourMiseAJour(id);
        montant = Controles.montantPositif(montant, "Remise de dette sur la créance " + creance.reference(), "montant");
        exigerAuPlusLeResteDu(creance, montant, "Remise de dette refusée");
        var date = LocalDate.now(horloge);
        long ecriture = comptabilite.passer(new Ecriture(Journal.CREANCES, date, "Remise de dette : " + creance.libelle(),
                creance.reference(), List.of(
                        LigneEcriture.debit(creance.nature().compteDeRemise(), montant),
                        LigneEcriture.credit(creance.nature().compteDeTiers(), montant, creance.tiers()))));
        registre.imputer(List.of(new RegistreDesCreances.Imputation(creance, montant)),
                RegistreDesCreances.Mouvement.remise(date, creance.reference(), motif, decideur, ecriture));
        var resteDu = creance.resteDu().moins(montant);
        evenements.publishEvent(new CreanceRemise(id, creance.tiers(), montant, motif, decideur, date, resteDu));
        return avecResteDu(creance, resteDu);
    }

    /** Les créances ouvertes du tiers, de la plus ancienne à la plus récente. */
    @Transactional(readOnly = true)
    public List<Creance> ouvertes(String tiers) {
        return registre.ouvertes(tiers);
    }

    /** Ce que le tiers doit encore, toutes créances confondues. */
    @Transactional(readOnly = true)
    public Montant resteDu(String tiers) {
        return registre.resteDu(tiers);
    }

    /** Parmi ces tiers, ceux qui ont au moins une créance ouverte : une requête par paquet de mille, pas par tiers. */
    @Transactional(readOnly = true)
    public Set<String> tiersAvecCreancesOuvertes(Collection<String> tiers) {
        return registre.tiersAvecCreancesOuvertes(tiers);
    }

    private static void exigerAuPlusLeResteDu(Creance creance, Montant montant, String refus) {
        if (!creance.estOuverte()) {
            throw new IllegalStateException(refus + " : la créance " + creance.reference() + " est soldée, il n'en reste rien à recouvrer");
        }
        if (montant.compareTo(creance.resteDu()) > 0) {
            throw new IllegalStateException(refus + " sur la créance " + creance.reference() + " : le montant demandé ("
                    + montant.enFrancais() + ") dépasse le reste dû (" + creance.resteDu().enFrancais() + ")");
        }
    }

    private static Creance avecResteDu(Creance creance, Montant resteDu) {
        return new Creance(creance.id(), creance.reference(), creance.tiers(), creance.origine(), creance.nature(), creance.libelle(),
                creance.montant(), resteDu, creance.dateConstatation());
    }
}
