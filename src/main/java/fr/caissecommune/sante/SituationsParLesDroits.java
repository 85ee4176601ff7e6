package fr.caissecommune.sante;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * La situation des bénéficiaires que la liquidation enregistrée consulte : celle des droits gérés par la caisse
 * ({@link DroitsSante} : affiliations, C2S, AME, ALD, grossesses, médecin traitant), et, pour les NIR que les droits
 * ne connaissent pas, la situation de liquidation reprise telle quelle ({@link BeneficiairesEnregistres} : lots
 * simulés et reprises de données). Deux lectures par tranche de feuilles au plus, jamais une par feuille.
 */
@Service
@Primary
class SituationsParLesDroits implements SituationsDesBeneficiaires {

    private final DroitsSante droits;
    private final BeneficiairesEnregistres reprises;

    SituationsParLesDroits(DroitsSante droits, BeneficiairesEnregistres reprises) {
        this.droits = droits;
        this.reprises = reprises;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs) {
        var resultat = new HashMap<>(droits.situations(nirs));
        if (resultat.size() < nirs.size()) {
            var inconnus = new ArrayList<String>(nirs.size() - resultat.size());
            for (var nir : nirs) {
                if (!resultat.containsKey(nir)) {
                    inconnus.add(nir);
                }
            }
            resultat.putAll(reprises.situations(inconnus));
        }
        return resultat;
    }
}
