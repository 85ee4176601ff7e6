package fr.caissecommune.famille.calcul;

import java.util.List;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'un foyer pour l'allocation de rentrée scolaire.
 *
 * @param enfants les enfants du foyer
 * @param ressourcesDeReference ressources de l'année N-2 de l'année de la rentrée (CSS, art. R532-3)
 */
public record SituationArs(List<Enfant> enfants, Montant ressourcesDeReference) {

    public SituationArs {
        enfants = List.copyOf(enfants);
        Objects.requireNonNull(ressourcesDeReference, "ressources de référence absentes");
    }
}
