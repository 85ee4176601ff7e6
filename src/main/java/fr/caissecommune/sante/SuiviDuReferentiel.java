package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.Operation;
import fr.caissecommune.referentiel.PersonneInscrite;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.SituationModifiee;
import fr.caissecommune.referentiel.Situations;

/**
 * Les changements de situation publiés par le référentiel qui touchent les droits santé : une personne inscrite
 * devient connue de l'assurance maladie ; un enfant mineur qui arrive dans un foyer (naissance, adoption) devient
 * ayant droit des assurés du foyer, et la naissance clôt la grossesse de sa mère ; un emploi ouvre l'affiliation au
 * titre de l'activité, sa fin la ramène au titre de la résidence (continuité des droits, CSS art. L160-1) ; un
 * décès clôt les droits ; un départ hors du département met fin aux droits auprès de la caisse (mutation), un
 * retour les rouvre.
 */
@Component
class SuiviDuReferentiel {

    private static final Logger LOG = LoggerFactory.getLogger(SuiviDuReferentiel.class);
    static final String MUTATION = "Départ hors du département";

    private final DroitsSante droits;
    private final RegistreDesDroits registre;
    private final Registre referentiel;
    private final Situations situations;
    private final String departement;

    SuiviDuReferentiel(DroitsSante droits, RegistreDesDroits registre, Registre referentiel, Situations situations,
            @Value("${caisse.departement:48}") String departement) {
        this.droits = droits;
        this.registre = registre;
        this.referentiel = referentiel;
        this.situations = situations;
        this.departement = departement;
    }

    @ApplicationModuleListener(id = "sante.inscription")
    void surPersonneInscrite(PersonneInscrite inscrite) {
        droits.connaitre(inscrite.personne().valeur());
    }

    @ApplicationModuleListener(id = "sante.situation")
    void surSituationModifiee(SituationModifiee m) {
        if (m.operation() == Operation.ANNULATION) {
            LOG.info("Annulation d'un fait ({}) : les droits santé sont à revoir par un technicien", m.libelle());
            return;
        }
        var personne = m.personne().valeur();
        var fait = situations.getFait(m.fait()).fait();
        var date = m.aCompterDu();
        switch (fait) {
            case Fait.ArriveeAuFoyer a when a.role() == Fait.RoleDansLeFoyer.ENFANT && m.foyer() != null -> arriveeDUnEnfant(a, m, date);
            case Fait.Deces d -> droits.constaterLeDeces(personne, date);
            case Fait.Emploi e -> changerDeTitre(personne, TitreDAffiliation.ACTIVITE, date, "Emploi : " + e.libelle());
            case Fait.FinDEmploi f -> {
                if (enCours(personne) != null && enCours(personne).titre() == TitreDAffiliation.ACTIVITE) {
                    changerDeTitre(personne, TitreDAffiliation.RESIDENCE, date, "Fin d'emploi : continuité des droits au titre de la résidence");
                }
            }
            case Fait.Adresse a -> demenagement(personne, a, date);
            default -> {
            }
        }
    }

    private void arriveeDUnEnfant(Fait.ArriveeAuFoyer a, SituationModifiee m, LocalDate date) {
        var enfant = a.membre().valeur();
        droits.connaitre(enfant);
        var foyer = situations.situationDuFoyer(m.foyer());
        var parents = new ArrayList<UUID>();
        parents.add(foyer.allocataire().valeur());
        foyer.conjointA(date).ifPresent(c -> parents.add(c.personne().valeur()));
        var assures = parents.stream().filter(p -> {
            var aff = registre.affiliations(p).stream().filter(x -> x.periode().contient(date) && x.titre().aTitrePersonnel()).findFirst();
            return aff.isPresent();
        }).toList();
        var naissance = referentiel.getPersonne(a.membre()).dateDeNaissance();
        if (date.equals(naissance)) {
            for (var parent : parents) {
                if (referentiel.getPersonne(new fr.caissecommune.referentiel.PersonneId(parent)).sexe() == Sexe.F) {
                    droits.constaterUnAccouchement(parent, naissance);
                }
            }
        }
        if (assures.isEmpty()) {
            LOG.info("Enfant arrivé au foyer {} : aucun parent assuré à titre personnel au {}, pas de rattachement", foyer.numero(), date);
            return;
        }
        try {
            droits.rattacherAyantDroit(enfant, assures, date, a.motif() + " : ayant droit de ses parents assurés");
        } catch (fr.caissecommune.commun.ChampInvalide e) {
            LOG.info("Enfant arrivé au foyer {} non rattaché : {}", foyer.numero(), e.getMessage());
        }
    }

    private @org.jspecify.annotations.Nullable Affiliation enCours(UUID personne) {
        return registre.affiliations(personne).stream().filter(a -> a.periode().estOuverte()).findFirst().orElse(null);
    }

    private void changerDeTitre(UUID personne, TitreDAffiliation titre, LocalDate date, String motif) {
        droits.connaitre(personne);
        var a = enCours(personne);
        if (a != null && (a.titre() == titre || !date.isAfter(a.periode().debut()))) {
            return;
        }
        try {
            droits.affilier(personne, titre, date, motif);
        } catch (fr.caissecommune.commun.ChampInvalide e) {
            LOG.info("Affiliation non modifiée ({}) : {}", motif, e.getMessage());
        }
    }

    private void demenagement(UUID personne, Fait.Adresse adresse, LocalDate date) {
        var code = adresse.commune().valeur();
        var dep = code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
        var a = enCours(personne);
        if (!dep.equals(departement)) {
            if (a != null && date.isAfter(a.periode().debut())) {
                droits.mettreFin(personne, date, MUTATION + " (" + adresse.nomDeCommune() + ", " + dep + ") : droits transférés à la caisse du lieu de résidence",
                        false);
            }
        } else if (a == null && registre.affiliations(personne).stream().anyMatch(x -> x.motifDeFin() != null && x.motifDeFin().startsWith(MUTATION))) {
            var derniere = registre.affiliations(personne).getLast();
            var titre = derniere.titre() == TitreDAffiliation.AYANT_DROIT ? TitreDAffiliation.RESIDENCE : derniere.titre();
            if (derniere.periode().fin() != null && !date.isBefore(derniere.periode().fin())) {
                droits.affilier(personne, titre, date, "Retour dans le département (" + adresse.nomDeCommune() + ") : réouverture des droits");
            }
        }
    }
}
