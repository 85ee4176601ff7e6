package fr.caissecommune.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.referentiel.ChargementEnMasse;
import fr.caissecommune.referentiel.Communes;
import fr.caissecommune.sante.RepriseDesDroits;

/**
 * Charge un département simulé dans une base vide, par lots de foyers (chaque lot dans sa transaction : personnes,
 * foyers, faits de situation et dossiers famille ensemble).
 */
@Service
public class Simulation {

    /** Ce qui a été chargé, et en combien de temps ; les foyers témoins servent à simuler ensuite une activité. */
    public record Bilan(Profil profil, long graine, long personnes, int foyers, int etablissements, int professionnels, Duration duree,
            java.util.List<FoyerTemoin> temoins, java.util.List<fr.caissecommune.referentiel.FoyerId> identifiantsDesFoyers) {
    }

    /** Un foyer d'au moins deux enfants de la simulation : ses identifiants, pour y enregistrer des changements. */
    public record FoyerTemoin(fr.caissecommune.referentiel.FoyerId foyer, fr.caissecommune.referentiel.PersonneId allocataire, String nom,
            java.util.List<fr.caissecommune.referentiel.PersonneId> enfants, java.util.List<LocalDate> naissances,
            fr.caissecommune.commun.CodeCommune commune) {
    }

    static final int FOYERS_PAR_LOT = 2_000;
    /** Part des bénéficiaires de 16 ans et plus qui ont un médecin traitant : le rapport 2023 de la CCSS de la Lozère donne « Déclarations médecin traitant : 90,12 % », retenu comme cette part. */
    static final double PART_AVEC_MEDECIN_TRAITANT = 0.9012;

    private final ChargementEnMasse chargement;
    private final DossiersFamille famille;
    private final Communes communes;
    private final TransactionTemplate transactions;
    private final RepriseDesDroits sante;

    Simulation(ChargementEnMasse chargement, DossiersFamille famille, Communes communes, TransactionTemplate transactions, RepriseDesDroits sante) {
        this.sante = sante;
        this.chargement = chargement;
        this.famille = famille;
        this.communes = communes;
        this.transactions = transactions;
    }

    public boolean baseVide() {
        return chargement.nombreDePersonnes() == 0;
    }

    /**
     * Engendre et charge le département. {@code progression} reçoit le nombre d'habitants chargés à chaque lot.
     *
     * @throws IllegalStateException si le référentiel contient déjà des personnes
     */
    public Bilan simuler(Profil profil, long graine, LocalDate reference, IntConsumer progression) {
        if (!baseVide()) {
            throw new IllegalStateException("Le référentiel contient déjà " + chargement.nombreDePersonnes()
                    + " personnes : la simulation se charge dans une base vide (supprimez ./data ou choisissez une autre base)");
        }
        var debut = System.nanoTime();
        var generateur = new Generateur(profil, graine, reference, communes.duDepartement(profil.departement()));
        var droitsSante = new DroitsSanteSimules(graine, reference);
        long personnes = 0;
        var identifiants = new java.util.ArrayList<fr.caissecommune.referentiel.FoyerId>(profil.allocataires());
        for (int fait = 0; fait < profil.allocataires(); fait += FOYERS_PAR_LOT) {
            int nombre = Math.min(FOYERS_PAR_LOT, profil.allocataires() - fait);
            var lot = generateur.foyers(nombre);
            lot.foyers().forEach(f -> identifiants.add(f.id()));
            // Les autres habitants, au prorata des foyers déjà engendrés : le total atteint exactement le profil.
            long cible = (long) profil.habitants() * (fait + nombre) / profil.allocataires();
            generateur.ajouterDesHabitants(lot, (int) Math.max(0, cible - personnes - lot.personnes().size()));
            transactions.executeWithoutResult(t -> {
                chargement.charger(lot.personnes(), lot.foyers(), lot.faits(), java.util.List.of(), java.util.List.of());
                famille.ouvrirEnMasse(lot.dossiers());
                var d = droitsSante.du(lot);
                sante.charger(d.droits(), d.c2s(), d.ame());
            });
            personnes += lot.personnes().size();
            progression.accept(lot.personnes().size());
        }
        var employeurs = generateur.employeursEtProfessionnels();
        transactions.executeWithoutResult(t -> chargement.charger(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                employeurs.etablissements(), employeurs.professionnels()));
        // Les médecins traitants, une fois les médecins généralistes du département engendrés (part des déclarations : seeds).
        var generalistes = employeurs.professionnels().stream().filter(p -> p.specialite().equals("Médecine générale"))
                .map(p -> new RepriseDesDroits.Medecin(p.rpps(), "Dr " + p.prenom() + " " + p.nom())).toList();
        transactions.executeWithoutResult(t -> sante.attribuerDesMedecinsTraitants(generalistes, PART_AVEC_MEDECIN_TRAITANT, 16, graine, reference));
        sante.analyser();
        chargement.recalerLaNumerotation();
        chargement.analyser();
        famille.analyser();
        return new Bilan(profil, graine, personnes, profil.allocataires(), employeurs.etablissements().size(),
                employeurs.professionnels().size(), Duration.ofNanos(System.nanoTime() - debut), generateur.temoins(), identifiants);
    }
}
