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

    static final String PRESTATIONS_LEGALES = "PRESTATIONS_LEGALES";
    static final String MINIMA_SOCIAUX = "MINIMA_SOCIAUX";

    /**
     * Les délais du rapport d'activité pour un mois (de décision ou de paiement), calculés sur les horloges des
     * demandes : délai moyen de démarche des prestations légales, délai moyen des demandes de minima sociaux, délai
     * moyen de paiement des bénéficiaires de minima sociaux, en jours ; nuls quand aucune demande n'est comptée.
     */
    public record DelaisDuMois(String mois, BigDecimal demandesDecidees, BigDecimal demandesRejetees, BigDecimal delaiDeDemarche,
            BigDecimal delaiMinimaSociaux, BigDecimal delaiDePaiementMinimaSociaux) {
    }

    private final Series series;

    TableauDeBord(Series series) {
        this.series = series;
    }

    public List<MoisFamille> famille() {
        var foyers = parPeriode(Indicateur.FOYERS_BENEFICIAIRES, "AF");
        var du = toutesDimensions(Indicateur.MONTANT_DU_BRUT);
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

    /** Les foyers bénéficiaires de chaque prestation au dernier mois payé, par libellé de prestation. */
    public Map<String, BigDecimal> beneficiairesDuDernierMois() {
        var points = series.de(Indicateur.FOYERS_BENEFICIAIRES);
        var dernier = points.stream().map(Series.Point::periode).max(String::compareTo);
        var resultat = new java.util.LinkedHashMap<String, BigDecimal>();
        dernier.ifPresent(mois -> java.util.Arrays.stream(fr.caissecommune.famille.Prestation.values()).forEach(prestation -> {
            var foyers = points.stream().filter(p -> p.periode().equals(mois) && p.dimension().equals(prestation.name()))
                    .map(Series.Point::valeur).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (foyers.signum() > 0) {
                resultat.put(prestation.libelle(), foyers);
            }
        }));
        return resultat;
    }

    public List<DelaisDuMois> delais() {
        var decidees = parPeriode(Indicateur.DEMANDES_DECIDEES, PRESTATIONS_LEGALES);
        var rejetees = parPeriode(Indicateur.DEMANDES_REJETEES, PRESTATIONS_LEGALES);
        var jours = parPeriode(Indicateur.JOURS_JUSQU_A_LA_DECISION, PRESTATIONS_LEGALES);
        var decideesMinima = parPeriode(Indicateur.DEMANDES_DECIDEES, MINIMA_SOCIAUX);
        var joursMinima = parPeriode(Indicateur.JOURS_JUSQU_A_LA_DECISION, MINIMA_SOCIAUX);
        var payeesMinima = parPeriode(Indicateur.DEMANDES_PAYEES, MINIMA_SOCIAUX);
        var joursPaiementMinima = parPeriode(Indicateur.JOURS_JUSQU_AU_PAIEMENT, MINIMA_SOCIAUX);
        var mois = new java.util.TreeSet<String>(decidees.keySet());
        mois.addAll(payeesMinima.keySet());
        return mois.stream().map(m -> new DelaisDuMois(m, decidees.getOrDefault(m, BigDecimal.ZERO), rejetees.getOrDefault(m, BigDecimal.ZERO),
                moyenne(jours.get(m), decidees.get(m)), moyenne(joursMinima.get(m), decideesMinima.get(m)),
                moyenne(joursPaiementMinima.get(m), payeesMinima.get(m)))).toList();
    }

    /** Les mêmes délais sur toute la période observée. */
    public DelaisDuMois delaisCumules() {
        BigDecimal decidees = somme(Indicateur.DEMANDES_DECIDEES, PRESTATIONS_LEGALES);
        return new DelaisDuMois("toute la période", decidees, somme(Indicateur.DEMANDES_REJETEES, PRESTATIONS_LEGALES),
                moyenne(somme(Indicateur.JOURS_JUSQU_A_LA_DECISION, PRESTATIONS_LEGALES), decidees),
                moyenne(somme(Indicateur.JOURS_JUSQU_A_LA_DECISION, MINIMA_SOCIAUX), somme(Indicateur.DEMANDES_DECIDEES, MINIMA_SOCIAUX)),
                moyenne(somme(Indicateur.JOURS_JUSQU_AU_PAIEMENT, MINIMA_SOCIAUX), somme(Indicateur.DEMANDES_PAYEES, MINIMA_SOCIAUX)));
    }

    private BigDecimal somme(Indicateur indicateur, String dimension) {
        return parPeriode(indicateur, dimension).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal moyenne(BigDecimal cumul, BigDecimal nombre) {
        if (cumul == null || nombre == null || nombre.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return cumul.divide(nombre, 2, java.math.RoundingMode.HALF_UP);
    }

    public Regularisations regularisations() {
        return new Regularisations(parDimension(Indicateur.REGULARISATIONS_NOMBRE), parDimension(Indicateur.REGULARISATIONS_MONTANT));
    }

    private Map<String, BigDecimal> parPeriode(Indicateur indicateur, String dimension) {
        return series.de(indicateur).stream().filter(p -> p.dimension().equals(dimension))
                .collect(Collectors.toMap(Series.Point::periode, Series.Point::valeur, BigDecimal::add, TreeMap::new));
    }

    private Map<String, BigDecimal> toutesDimensions(Indicateur indicateur) {
        return series.de(indicateur).stream()
                .collect(Collectors.toMap(Series.Point::periode, Series.Point::valeur, BigDecimal::add, TreeMap::new));
    }

    private Map<String, BigDecimal> parDimension(Indicateur indicateur) {
        return series.de(indicateur).stream()
                .collect(Collectors.toMap(Series.Point::dimension, Series.Point::valeur, BigDecimal::add, TreeMap::new));
    }
}
