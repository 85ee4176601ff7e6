package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.Creances;
import fr.caissecommune.finances.NatureDeCreance;
import fr.caissecommune.finances.NouvelleCreance;
import fr.caissecommune.finances.PlanComptable;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.SituationModifiee;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Le réexamen des droits : quand la situation d'un foyer change à une date passée, chaque mois déjà payé depuis
 * cette date est recalculé avec les paramètres en vigueur ce mois-là. L'écart net devient un rappel, versé à la
 * paie suivante, ou un indu, constaté comme créance et récupéré par retenue sur les prestations à venir.
 */
@Service
public class ReexamenDesDroits {

    private static final Logger LOG = LoggerFactory.getLogger(ReexamenDesDroits.class);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final Dossiers dossiers;
    private final Droits droits;
    private final Regularisations regularisations;
    private final CalculDesDroits calcul;
    private final Situations situations;
    private final Registre registre;
    private final Creances creances;
    private final ApplicationEventPublisher evenements;

    ReexamenDesDroits(Dossiers dossiers, Droits droits, Regularisations regularisations, CalculDesDroits calcul, Situations situations,
            Registre registre, Creances creances, ApplicationEventPublisher evenements) {
        this.dossiers = dossiers;
        this.droits = droits;
        this.regularisations = regularisations;
        this.calcul = calcul;
        this.situations = situations;
        this.registre = registre;
        this.evenements = evenements;
        this.creances = creances;
    }

    /** Un changement de la composition, des ressources ou un décès ouvre un réexamen des foyers concernés. */
    @ApplicationModuleListener(id = "famille.reexamen")
    void surSituationModifiee(SituationModifiee modification) {
        if (!modification.nature().concerneLeFoyer()) {
            return;
        }
        var foyers = modification.foyer() != null ? java.util.List.of(modification.foyer())
                : registre.foyersDe(modification.personne()).stream().map(f -> f.id()).toList();
        var depuis = YearMonth.from(modification.aCompterDu());
        if (modification.nature() == Fait.Nature.RESSOURCES) {
            depuis = YearMonth.of(modification.aCompterDu().getYear() + 2, 1); // ressources de N : droits de N+2 (CSS R532-3)
        }
        var cause = modification.operation().libelle() + " — " + modification.libelle() + " (à compter du "
                + modification.aCompterDu().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", " + modification.source().libelle() + ")";
        for (var foyer : foyers) {
            reexaminer(foyer, depuis, cause, modification.fait().valeur(), modification.source() == Source.CONTROLE);
        }
    }

    /**
     * Recalcule les mois dont la paie est terminée à partir de {@code depuis} et constate l'écart. Un mois sans
     * droit établi pour le foyer (dossier ouvert après la paie du mois) compte pour zéro : son droit est versé en
     * rappel. On ne remonte pas au-delà de l'ouverture du dossier ni du délai de prescription (CSS L553-1). Rend
     * la régularisation, ou rien si aucun mois ne change.
     */
    @Transactional
    public Optional<Regularisation> reexaminer(FoyerId foyer, YearMonth depuis, String cause, @Nullable UUID fait, boolean controle) {
        var dossier = dossiers.find(foyer);
        if (dossier.isEmpty()) {
            return Optional.empty();
        }
        var prescription = YearMonth.now().minusYears(calcul.delaiDePrescription(YearMonth.now()));
        var moisPayes = droits.paiesTermineesDepuis(plusTardif(plusTardif(depuis, YearMonth.from(dossier.get().ouvertLe())), prescription));
        if (moisPayes.isEmpty()) {
            return Optional.empty(); // les mois à venir seront calculés à la paie
        }
        var situation = situations.situationDuFoyer(foyer);
        var anciens = droits.droitsDu(foyer);
        var lignes = new ArrayList<Regularisation.Ligne>();
        var nouveauxDroits = new ArrayList<Droits.DroitMensuel>();
        var explication = new StringBuilder(cause).append("\n\n");
        var dejaExpliquees = java.util.EnumSet.noneOf(Prestation.class);
        for (var mois : moisPayes) {
            var anciensDuMois = anciens.getOrDefault(mois, java.util.Map.of());
            for (var droit : calcul.droitsDuMois(situation, mois, true)) {
                var ancien = Optional.ofNullable(anciensDuMois.get(droit.prestation())).map(Droits.DroitMensuel::net).orElse(Montant.ZERO);
                if (droit.estOuvert() || anciensDuMois.containsKey(droit.prestation())) {
                    nouveauxDroits.add(new Droits.DroitMensuel(foyer, mois, droit.prestation(), droit.brut(), droit.crds(), droit.net(),
                            calcul.version()));
                }
                if (!droit.net().equals(ancien)) {
                    lignes.add(new Regularisation.Ligne(mois, droit.prestation(), ancien, droit.net()));
                    explication.append(MOIS.format(mois)).append(" — ").append(droit.prestation().libelle().toLowerCase(Locale.FRENCH))
                            .append(" : ").append(ancien.enFrancais()).append(" → ").append(droit.net().enFrancais()).append('\n');
                    if (dejaExpliquees.add(droit.prestation()) && droit.explication() != null) {
                        explication.append(droit.explication()).append('\n');
                    }
                }
            }
        }
        if (lignes.isEmpty()) {
            return Optional.empty();
        }
        droits.enregistrerDroits(nouveauxDroits);
        var net = lignes.stream().map(Regularisation.Ligne::ecart).reduce(Montant.ZERO, Montant::plus);
        var nature = net.estNegatif() ? NatureDeRegularisation.INDU : NatureDeRegularisation.RAPPEL;
        var id = UUID.randomUUID();
        explication.append('\n').append(nature == NatureDeRegularisation.RAPPEL ? "Rappel à verser à la prochaine paie : "
                : "Indu à récupérer par retenue sur les prestations à venir (CSS art. L553-2) : ").append(net.max(net.negatif()).enFrancais());
        var reference = (nature == NatureDeRegularisation.INDU ? "IND-" : "RAP-") + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var regularisation = new Regularisation(id, foyer, fait, nature, net.max(net.negatif()), tronquer(cause), controle,
                explication.toString(), calcul.version(),
                nature == NatureDeRegularisation.INDU ? Regularisation.Statut.EN_RECOUVREMENT : Regularisation.Statut.A_VERSER,
                LocalDateTime.now(), null, nature == NatureDeRegularisation.INDU ? reference : null, lignes);
        regularisations.inserer(regularisation);
        if (nature == NatureDeRegularisation.INDU) {
            creances.constater(new NouvelleCreance(PaiementMensuel.tiers(foyer), "famille", reference,
                    NatureDeCreance.INDU_PRESTATION, regularisation.montant(),
                    "Indu de prestations familiales — " + tronquer(cause), PlanComptable.ALLOCATIONS_FAMILIALES, LocalDate.now()));
        }
        evenements.publishEvent(new RegularisationConstatee(id, foyer, nature, regularisation.montant(), lignes.get(0).mois(),
                lignes.get(lignes.size() - 1).mois(), controle, regularisation.constateeLe().toLocalDate()));
        LOG.info("Foyer {} : {} de {} sur {} mois", foyer, nature.libelle(), regularisation.montant(), lignes.size());
        return Optional.of(regularisation);
    }

    private static YearMonth plusTardif(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static String tronquer(String texte) {
        return texte.length() <= 400 ? texte : texte.substring(0, 399) + "…";
    }
}
