package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Le tableau de bord de la direction : les séries regroupées par mois, prêtes à afficher. */
@Service
@Transactional(readOnly = true)
public class TableauDeBord {

    /** Une ligne mensuelle du tableau de bord de la branche Famille. */
    public record MoisFamille(String mois, BigDecimal foyersBeneficiairesAf, BigDecimal montantDuBrut, BigDecimal montantVerse,
            BigDecimal rappelsVerses, BigDecimal retenuesSurIndus, BigDecimal paiementsSuspendus) {
    }

    /** Les régularisations constatées, par nature (rappel, indu, et leur part issue de contrôles). */
    public record Regularisations(Map<String, BigDecimal> nombre, Map<String, BigDecimal> montant) {
    }

    private final Series series;

    TableauDeBord(Series series) {
        this.series = series;
    }

    public List<MoisFamille> famille() {
        var foyers = parPeriode(Indicateur.FOYERS_BENEFICIAIRES, "AF");
        var du = parPeriode(Indicateur.MONTANT_DU_BRUT, "AF");
        var verse = parPeriode(Indicateur.MONTANT_VERSE, "TOUTES");
        var rappels = parPeriode(Indicateur.RAPPELS_VERSES, "TOUTES");
        var retenues = parPeriode(Indicateur.RETENUES_SUR_INDUS, "TOUTES");
        var suspendus = parPeriode(Indicateur.FOYERS_SANS_COMPTE_BANCAIRE, "TOUTES");
        var mois = new java.util.TreeSet<String>();
        mois.addAll(foyers.keySet());
        mois.addAll(verse.keySet());
        return mois.stream().map(m -> new MoisFamille(m, foyers.getOrDefault(m, BigDecimal.ZERO), du.getOrDefault(m, BigDecimal.ZERO),
                verse.getOrDefault(m, BigDecimal.ZERO), rappels.getOrDefault(m, BigDecimal.ZERO), retenues.getOrDefault(m, BigDecimal.ZERO),
                suspendus.getOrDefault(m, BigDecimal.ZERO))).toList();
    }

    public Regularisations regularisations() {
        return new Regularisations(parDimension(Indicateur.REGULARISATIONS_NOMBRE), parDimension(Indicateur.REGULARISATIONS_MONTANT));
    }

    private Map<String, BigDecimal> parPeriode(Indicateur indicateur, String dimension) {
        return series.de(indicateur).stream().filter(p -> p.dimension().equals(dimension))
                .collect(Collectors.toMap(Series.Point::periode, Series.Point::valeur, BigDecimal::add, TreeMap::new));
    }

    private Map<String, BigDecimal> parDimension(Indicateur indicateur) {
        return series.de(indicateur).stream()
                .collect(Collectors.toMap(Series.Point::dimension, Series.Point::valeur, BigDecimal::add, TreeMap::new));
    }
}
