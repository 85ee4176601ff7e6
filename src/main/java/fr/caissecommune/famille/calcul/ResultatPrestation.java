package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Le droit d'un mois à une prestation : le montant brut (avant CRDS), arrondi au centime selon la règle de la
 * prestation, les grandeurs intermédiaires (plafond, base de ressources, nombre d'enfants…) et l'explication en
 * français avec les paramètres appliqués, leur date d'effet et leur référence.
 *
 * @param prestation code de la prestation (cf, ars, asf, paje_base…)
 * @param intermediaires grandeurs intermédiaires, sous les noms des variables d'OpenFisca-France
 */
public record ResultatPrestation(String prestation, YearMonth mois, Montant montant, Map<String, BigDecimal> intermediaires,
        Explication explication) {

    public ResultatPrestation {
        intermediaires = Map.copyOf(intermediaires);
    }
}
