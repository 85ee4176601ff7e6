package fr.caissecommune.famille.calcul;

import java.util.List;
import java.util.Objects;

/**
 * La situation d'un foyer pour l'allocation d'éducation de l'enfant handicapé (AEEH) d'un mois.
 *
 * @param enfants les enfants handicapés dont la CDAPH a reconnu le taux d'incapacité ouvrant droit (CSS, art. L541-1),
 *        avec la catégorie du complément accordé
 * @param parentIsole l'allocataire assume seul la charge de l'enfant (majoration pour parent isolé, art. L541-4)
 */
public record SituationAeeh(List<EnfantHandicape> enfants, boolean parentIsole) {

    /**
     * Un enfant handicapé.
     *
     * @param categorieDuComplement 0 sans complément, sinon de 1 à 6 (CSS, art. R541-2, D541-2)
     */
    public record EnfantHandicape(Enfant enfant, int categorieDuComplement) {

        public EnfantHandicape {
            Objects.requireNonNull(enfant, "enfant absent");
            if (categorieDuComplement < 0 || categorieDuComplement > 6) {
                throw new IllegalArgumentException("Catégorie du complément d'AEEH : de 0 (aucun) à 6 attendue, " + categorieDuComplement + " reçue");
            }
        }
    }

    public SituationAeeh {
        enfants = List.copyOf(enfants);
    }
}
