package fr.caissecommune.famille.calcul;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'un foyer pour la prestation d'accueil du jeune enfant (PAJE) d'un mois.
 *
 * @param enfants les enfants du foyer, nés ou à naître (date de naissance prévue pour un enfant à naître)
 * @param adoptions les enfants adoptés ou confiés en vue d'adoption, avec la date de leur arrivée au foyer
 * @param enCouple l'allocataire vit en couple (sinon, plafond majoré de la personne seule)
 * @param biactif couple dont chaque membre a un revenu professionnel au moins égal au plancher ({@link Biactivite})
 * @param ressourcesDeReference ressources de l'année N-2 (CSS, art. R532-3)
 */
public record SituationPaje(List<Enfant> enfants, List<Adoption> adoptions, boolean enCouple, boolean biactif, Montant ressourcesDeReference) {

    /** Un enfant adopté ou confié en vue d'adoption (CSS, art. L531-2 et L531-3). */
    public record Adoption(Enfant enfant, LocalDate arrivee) {

        public Adoption {
            Objects.requireNonNull(enfant, "enfant adopté absent");
            Objects.requireNonNull(arrivee, "date d'arrivée au foyer absente");
        }
    }

    public SituationPaje {
        enfants = List.copyOf(enfants);
        adoptions = List.copyOf(adoptions);
        Objects.requireNonNull(ressourcesDeReference, "ressources de référence absentes");
    }
}
