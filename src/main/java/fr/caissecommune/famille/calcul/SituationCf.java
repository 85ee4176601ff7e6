package fr.caissecommune.famille.calcul;

import java.util.List;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'un foyer de France métropolitaine pour le complément familial d'un mois.
 *
 * @param enfants les enfants du foyer
 * @param enCouple l'allocataire vit en couple (sinon, personne seule : plafond majoré)
 * @param biactif couple dont chaque membre a un revenu professionnel au moins égal au plancher ({@link Biactivite})
 * @param ressourcesDeReference ressources de l'année N-2 (CSS, art. R532-3)
 * @param allocationDeBasePaje le foyer perçoit ce mois-ci l'allocation de base de la PAJE, non cumulable (art. L531-3)
 */
public record SituationCf(List<Enfant> enfants, boolean enCouple, boolean biactif, Montant ressourcesDeReference,
        boolean allocationDeBasePaje) {

    public SituationCf {
        enfants = List.copyOf(enfants);
        Objects.requireNonNull(ressourcesDeReference, "ressources de référence absentes");
    }
}
