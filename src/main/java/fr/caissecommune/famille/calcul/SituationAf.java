package fr.caissecommune.famille.calcul;

import java.util.List;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'un foyer de France métropolitaine pour le calcul des allocations familiales d'un mois.
 *
 * @param enfants les enfants du foyer, à charge ou non, dans n'importe quel ordre
 * @param ressourcesDeReference ressources du foyer retenues pour la modulation (CSS, art. L521-1 et R532-3) : revenus
 *        nets catégoriels de l'année civile de référence (l'année N-2 pour les mois de l'année N), des parents et des
 *        enfants à charge ; voir {@link RessourcesDeReference}
 */
public record SituationAf(List<Enfant> enfants, Montant ressourcesDeReference) {

    public SituationAf {
        enfants = List.copyOf(enfants);
        Objects.requireNonNull(ressourcesDeReference, "ressources de référence absentes");
    }

    public static SituationAf de(Montant ressourcesDeReference, Enfant... enfants) {
        return new SituationAf(List.of(enfants), ressourcesDeReference);
    }
}
