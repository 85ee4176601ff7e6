package fr.caissecommune.sante;

import java.util.Collection;
import java.util.Map;

/**
 * D'où la liquidation enregistrée tient la situation des bénéficiaires (droits PUMa, C2S, AME, ALD, grossesses,
 * médecin traitant), en masse : une question par tranche de feuilles, jamais une par feuille. Le service des
 * droits de la branche santé en fournit l'implémentation de référence ; en attendant, la situation enregistrée
 * dans le schéma {@code sante} ({@link BeneficiairesEnregistres}) en tient lieu.
 */
public interface SituationsDesBeneficiaires {

    /**
     * Les situations des bénéficiaires donnés par leur NIR (15 caractères, clé comprise) ; un NIR absent de la
     * réponse est celui d'un bénéficiaire inconnu de la caisse.
     */
    Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs);
}
