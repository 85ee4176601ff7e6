package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.recouvrement.CategorieDeCotisant;

/**
 * Le tableau de bord du recouvrement, tiré des seules séries alimentées par les événements : comptes actifs par
 * catégorie, cotisations liquidées et encaissées, restes à recouvrer et taux de RAR par exercice et catégorie,
 * encaissements par mois, plans d'apurement, contrôles.
 */
@Service
@Transactional(readOnly = true)
public class TableauDuRecouvrement {

    /** Une ligne d'exercice : par catégorie (libellé), liquidé, encaissé, éteint, reste à recouvrer et taux en %. */
    public record LigneDeRar(String exercice, String categorie, BigDecimal liquide, BigDecimal encaisse, BigDecimal eteint, BigDecimal restes,
            BigDecimal taux) {
    }

    /** Les contrôles d'un exercice : nombre, redressements et crédits notifiés. */
    public record Controles(String exercice, BigDecimal nombre, BigDecimal redressements, BigDecimal credits) {
    }

    private final Series series;

    TableauDuRecouvrement(Series series) {
        this.series = series;
    }

    /** Comptes actifs par catégorie (ouverts moins radiés), dans l'ordre des catégories des rapports d'activité. */
    public Map<String, BigDecimal> cotisantsParCategorie() {
        var ouverts = parDimension(Indicateur.COTISANTS_IMMATRICULES);
        var radies = parDimension(Indicateur.COTISANTS_RADIES);
        var n = new LinkedHashMap<String, BigDecimal>();
        for (var c : CategorieDeCotisant.values()) {
            n.put(c.libelle(), ouverts.getOrDefault(c.name(), BigDecimal.ZERO).subtract(radies.getOrDefault(c.name(), BigDecimal.ZERO)));
        }
        return n;
    }

    /**
     * Restes à recouvrer par exercice (le plus récent d'abord) et catégorie, les employeurs privés détaillés par tranche
     * d'effectif comme dans les rapports d'activité, avec une ligne « Total » par exercice.
     */
    public List<LigneDeRar> restesARecouvrer() {
        var liquide = parPeriodeEtDimension(Indicateur.COTISATIONS_LIQUIDEES);
        var encaisse = parPeriodeEtDimension(Indicateur.COTISATIONS_ENCAISSEES);
        var eteint = parPeriodeEtDimension(Indicateur.COTISATIONS_ETEINTES);
        var lignes = new ArrayList<LigneDeRar>();
        for (var exercice : liquide.descendingKeySet()) {
            var total = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
            for (var c : CategorieDeCotisant.values()) {
                var segments = c == CategorieDeCotisant.EMPLOYEUR_PRIVE ? List.of(c.name(), "EMPLOYEUR_PRIVE_MOINS_10", "EMPLOYEUR_PRIVE_10_ET_PLUS")
                        : List.of(c.name());
                var l = somme(liquide, exercice, segments);
                if (l.signum() == 0) {
                    continue;
                }
                var e = somme(encaisse, exercice, segments);
                var x = somme(eteint, exercice, segments);
                lignes.add(ligne(exercice, c.libelle(), l, e, x));
                if (c == CategorieDeCotisant.EMPLOYEUR_PRIVE) {
                    for (var tranche : List.of("EMPLOYEUR_PRIVE_MOINS_10", "EMPLOYEUR_PRIVE_10_ET_PLUS")) {
                        var lt = somme(liquide, exercice, List.of(tranche));
                        if (lt.signum() != 0) {
                            lignes.add(ligne(exercice, tranche.endsWith("MOINS_10") ? "dont moins de 10 salariés" : "dont 10 salariés et plus", lt,
                                    somme(encaisse, exercice, List.of(tranche)), somme(eteint, exercice, List.of(tranche))));
                        }
                    }
                }
                total[0] = total[0].add(l);
                total[1] = total[1].add(e);
                total[2] = total[2].add(x);
            }
            lignes.add(ligne(exercice, "Total", total[0], total[1], total[2]));
        }
        return lignes;
    }

    private static BigDecimal somme(Map<String, Map<String, BigDecimal>> valeurs, String exercice, List<String> segments) {
        var parSegment = valeurs.getOrDefault(exercice, Map.of());
        return segments.stream().map(s -> parSegment.getOrDefault(s, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LigneDeRar ligne(String exercice, String categorie, BigDecimal liquide, BigDecimal encaisse, BigDecimal eteint) {
        var restes = liquide.subtract(encaisse).subtract(eteint);
        var taux = liquide.signum() == 0 ? BigDecimal.ZERO : restes.multiply(BigDecimal.valueOf(100)).divide(liquide, 2, RoundingMode.HALF_UP);
        return new LigneDeRar(exercice, categorie, liquide, encaisse, eteint, restes, taux);
    }

    /** Encaissements des cotisants par mois, toutes catégories. */
    public Map<String, BigDecimal> encaissementsParMois() {
        return parPeriode(Indicateur.ENCAISSEMENTS_COTISANTS);
    }

    /** Majorations et pénalités constatées par mois. */
    public Map<String, BigDecimal> majorationsParMois() {
        return parPeriode(Indicateur.MAJORATIONS_CONSTATEES);
    }

    /** Plans accordés, clos par motif (SOLDE, DENONCE, ANNULE) et en cours. */
    public Map<String, BigDecimal> plans() {
        var accordes = parDimension(Indicateur.PLANS_ACCORDES).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var clos = parDimension(Indicateur.PLANS_CLOS);
        var n = new LinkedHashMap<String, BigDecimal>();
        n.put("Accordés", accordes);
        n.put("Soldés", clos.getOrDefault("SOLDE", BigDecimal.ZERO));
        n.put("Dénoncés (versement manqué)", clos.getOrDefault("DENONCE", BigDecimal.ZERO));
        n.put("Annulés", clos.getOrDefault("ANNULE", BigDecimal.ZERO));
        n.put("En cours", accordes.subtract(clos.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        return n;
    }

    /** Contrôles d'employeurs par année de notification. */
    public List<Controles> controles() {
        var nombre = parAnnee(Indicateur.CONTROLES_NOTIFIES);
        var redressements = parAnnee(Indicateur.REDRESSEMENTS_NOTIFIES);
        var credits = parAnnee(Indicateur.CREDITS_NOTIFIES);
        return nombre.descendingKeySet().stream().map(a -> new Controles(a, nombre.get(a), redressements.getOrDefault(a, BigDecimal.ZERO),
                credits.getOrDefault(a, BigDecimal.ZERO))).toList();
    }

    private Map<String, BigDecimal> parDimension(Indicateur indicateur) {
        var m = new TreeMap<String, BigDecimal>();
        series.de(indicateur).forEach(p -> m.merge(p.dimension(), p.valeur(), BigDecimal::add));
        return m;
    }

    private TreeMap<String, BigDecimal> parPeriode(Indicateur indicateur) {
        var m = new TreeMap<String, BigDecimal>();
        series.de(indicateur).forEach(p -> m.merge(p.periode(), p.valeur(), BigDecimal::add));
        return m;
    }

    private TreeMap<String, BigDecimal> parAnnee(Indicateur indicateur) {
        var m = new TreeMap<String, BigDecimal>();
        series.de(indicateur).forEach(p -> m.merge(p.periode().substring(0, 4), p.valeur(), BigDecimal::add));
        return m;
    }

    private TreeMap<String, Map<String, BigDecimal>> parPeriodeEtDimension(Indicateur indicateur) {
        var m = new TreeMap<String, Map<String, BigDecimal>>();
        series.de(indicateur).forEach(p -> m.computeIfAbsent(p.periode(), k -> new TreeMap<>()).merge(p.dimension(), p.valeur(), BigDecimal::add));
        return m;
    }

    /** Les mois présents dans les encaissements ou les majorations, triés. */
    public List<String> mois() {
        var s = new TreeSet<String>();
        s.addAll(encaissementsParMois().keySet());
        s.addAll(majorationsParMois().keySet());
        return List.copyOf(s);
    }
}
