package fr.caissecommune.famille.calcul;

import java.util.List;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'un foyer pour l'allocation de soutien familial d'un mois.
 *
 * @param enfantsPrivesDeLAideDUnParent enfants orphelins de père ou de mère, ou dont l'un des parents ne fait pas face
 *        à son obligation d'entretien (CSS, art. L523-1 1° à 3°)
 * @param enfantsPrivesDeLAideDesDeuxParents enfants orphelins de père et de mère, ou privés de l'aide des deux
 * @param enCouple l'allocataire vit en couple : pas d'ASF (art. L523-2)
 * @param pensionsAlimentairesPercues pensions alimentaires perçues ce mois-ci pour ces enfants : l'ASF complète une
 *        pension inférieure à son montant (art. L523-1 4°)
 */
public record SituationAsf(List<Enfant> enfantsPrivesDeLAideDUnParent, List<Enfant> enfantsPrivesDeLAideDesDeuxParents, boolean enCouple,
        Montant pensionsAlimentairesPercues) {

    public SituationAsf {
        enfantsPrivesDeLAideDUnParent = List.copyOf(enfantsPrivesDeLAideDUnParent);
        enfantsPrivesDeLAideDesDeuxParents = List.copyOf(enfantsPrivesDeLAideDesDeuxParents);
        Objects.requireNonNull(pensionsAlimentairesPercues, "pensions alimentaires perçues absentes");
    }
}
