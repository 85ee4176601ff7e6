package fr.caissecommune.sante;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * La situation des bénéficiaires que lit la liquidation enregistrée : celle des droits de l'assurance maladie
 * ({@link DroitsSante}, affiliations, C2S, AME, ALD, maternité, médecin traitant) ; pour un NIR que les droits ne
 * connaissent pas encore, la situation enregistrée pour la liquidation ({@link BeneficiairesEnregistres} : reprise
 * en masse, département simulé). Une question par tranche de feuilles, pour tous ses NIR.
 */
@Primary
@Component
class SituationsPourLaLiquidation implements SituationsDesBeneficiaires {

    private final DroitsSante droits;
    private final BeneficiairesEnregistres enregistres;

    SituationsPourLaLiquidation(DroitsSante droits, BeneficiairesEnregistres enregistres) {
        this.droits = droits;
        this.enregistres = enregistres;
    }

    @Override
    public Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs) {
        var resultat = new HashMap<>(droits.situations(nirs));
        if (resultat.size() < nirs.size()) {
            var inconnus = new ArrayList<String>(nirs.size() - resultat.size());
            for (var nir : nirs) {
                if (!resultat.containsKey(nir)) {
                    inconnus.add(nir);
                }
            }
            resultat.putAll(enregistres.situations(inconnus));
        }
        return resultat;
    }
}
