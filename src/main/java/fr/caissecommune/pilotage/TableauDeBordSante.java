package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Les indicateurs de la branche santé, tirés des événements de la liquidation et des paiements : feuilles
 * liquidées et taux de rejet par motif, délai de remboursement des FSE (part remboursée en sept jours au plus,
 * objectif du CPG : 90 %), délai de traitement des feuilles papier (moyenne, part traitée en quinze jours au plus),
 * montants remboursés par catégorie de soins.
 */
@Service
@Transactional(readOnly = true)
public class TableauDeBordSante {

    /** Un mois de la branche santé ; les parts sont en pourcentage, absentes faute de feuilles. */
    public record MoisSante(String mois, BigDecimal feuilles, BigDecimal rejets, @Nullable BigDecimal tauxDeRejet, @Nullable BigDecimal partFseEnSeptJours,
            @Nullable BigDecimal delaiMoyenFsp, @Nullable BigDecimal partFspEnQuinzeJours, BigDecimal rembourse) {
    }

    /** Les mois, et sur toute la période : les rejets par motif (nombre et taux) et les montants par catégorie. */
    public record IndicateursSante(List<MoisSante> mois, BigDecimal feuilles, Map<String, BigDecimal> rejetsParMotif,
            Map<String, BigDecimal> tauxDeRejetParMotif, Map<String, BigDecimal> rembourseParCategorie) {
    }

    private final Series series;

    TableauDeBordSante(Series series) {
        this.series = series;
    }

    public IndicateursSante indicateurs() {
        var feuilles = parPeriode(Indicateur.SANTE_FEUILLES, null);
        var rejets = parPeriode(Indicateur.SANTE_REJETS, null);
        var rembourse = parPeriode(Indicateur.SANTE_REMBOURSE, null);
        var fse = parPeriode(Indicateur.SANTE_REMBOURSEMENT_NOMBRE, "FSE");
        var fse7 = parPeriode(Indicateur.SANTE_REMBOURSEMENT_7_JOURS, "FSE");
        var fsp = parPeriode(Indicateur.SANTE_TRAITEMENT_NOMBRE, "PAPIER");
        var fspJours = parPeriode(Indicateur.SANTE_TRAITEMENT_JOURS, "PAPIER");
        var fsp15 = parPeriode(Indicateur.SANTE_TRAITEMENT_15_JOURS, "PAPIER");
        var mois = new TreeSet<String>();
        mois.addAll(feuilles.keySet());
        mois.addAll(fse.keySet());
        var lignes = mois.stream().map(m -> {
            var f = feuilles.getOrDefault(m, BigDecimal.ZERO);
            var r = rejets.getOrDefault(m, BigDecimal.ZERO);
            return new MoisSante(m, f, r, pourcentage(r, f), pourcentage(fse7.get(m), fse.get(m)), moyenne(fspJours.get(m), fsp.get(m)),
                    pourcentage(fsp15.get(m), fsp.get(m)), rembourse.getOrDefault(m, BigDecimal.ZERO));
        }).toList();
        var total = feuilles.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var parMotif = parDimension(Indicateur.SANTE_REJETS);
        var taux = new TreeMap<String, BigDecimal>();
        parMotif.forEach((motif, n) -> taux.put(motif, pourcentage(n, total)));
        return new IndicateursSante(lignes, total, parMotif, taux, parDimension(Indicateur.SANTE_REMBOURSE));
    }

    private static @Nullable BigDecimal pourcentage(@Nullable BigDecimal partie, @Nullable BigDecimal tout) {
        if (tout == null || tout.signum() == 0) {
            return null;
        }
        return (partie == null ? BigDecimal.ZERO : partie).multiply(BigDecimal.valueOf(100)).divide(tout, 2, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal moyenne(@Nullable BigDecimal somme, @Nullable BigDecimal nombre) {
        if (somme == null || nombre == null || nombre.signum() == 0) {
            return null;
        }
        return somme.divide(nombre, 1, RoundingMode.HALF_UP);
    }

    /** Par mois ; toutes dimensions confondues si {@code dimension} est absente. */
    private Map<String, BigDecimal> parPeriode(Indicateur indicateur, @Nullable String dimension) {
        var resultat = new TreeMap<String, BigDecimal>();
        series.de(indicateur).stream().filter(p -> dimension == null || p.dimension().equals(dimension))
                .forEach(p -> resultat.merge(p.periode(), p.valeur(), BigDecimal::add));
        return resultat;
    }

    private Map<String, BigDecimal> parDimension(Indicateur indicateur) {
        var resultat = new TreeMap<String, BigDecimal>();
        series.de(indicateur).forEach(p -> resultat.merge(p.dimension(), p.valeur(), BigDecimal::add));
        return resultat;
    }
}
