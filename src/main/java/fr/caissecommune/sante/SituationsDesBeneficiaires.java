package fr.caissecommune.sante;

import java.util.Collection;
import java.util.Map;

/**
 * D'où la liquidation enregistrée tient la situation des bénéficiaires (droits PUMa, C2S, AME, ALD, grossesses,
 * médecin traitant), en masse : une question par tranche de feuilles, jamais une par feuille. Implémentation
 * retenue : {@link SituationsPourLaLiquidation} (les droits, {@link DroitsSante}, puis pour les NIR qu'ils ne
 * connaissent pas la situation enregistrée pour la liquidation, {@link BeneficiairesEnregistres}).
 */
public interface SituationsDesBeneficiaires {

    /**
     * Les situations des bénéficiaires donnés par leur NIR (15 caractères, clé comprise) ; un NIR absent de la
     * réponse est celui d'un bénéficiaire inconnu de la caisse.
     */
    Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs);
}
