package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Les valeurs d'une variable d'entrée d'un cas : une valeur seule (pour la période du cas) ou des valeurs par
 * période ({@code 2015-07: 1200}, {@code 2013: 74444}). Les règles d'OpenFisca s'appliquent : une valeur annuelle
 * d'un montant mensuel se répartit en douzièmes, une valeur annuelle d'un état vaut pour chacun de ses mois.
 */
final class Valeurs {

    private static final BigDecimal DOUZE = BigDecimal.valueOf(12);

    private final @Nullable Object seule;
    private final Map<PeriodeOpenFisca, Object> parPeriode;
    private final PeriodeOpenFisca periodeDuCas;

    private Valeurs(@Nullable Object seule, Map<PeriodeOpenFisca, Object> parPeriode, PeriodeOpenFisca periodeDuCas) {
        this.seule = seule;
        this.parPeriode = parPeriode;
        this.periodeDuCas = periodeDuCas;
    }

    static Valeurs de(@Nullable Object brut, PeriodeOpenFisca periodeDuCas) {
        if (brut instanceof Map<?, ?> map) {
            var parPeriode = new java.util.LinkedHashMap<PeriodeOpenFisca, Object>();
            map.forEach((periode, valeur) -> {
                if (valeur != null) {
                    parPeriode.put(PeriodeOpenFisca.lire(periode), valeur);
                }
            });
            return new Valeurs(null, parPeriode, periodeDuCas);
        }
        return new Valeurs(brut, Map.of(), periodeDuCas);
    }

    /** La valeur d'un état (booléen, texte, âge…) pour un mois : celle du mois, sinon celle de la période qui le contient. */
    @Nullable
    Object etatDuMois(YearMonth mois) {
        for (var entree : parPeriode.entrySet()) {
            if (entree.getKey().contient(mois)) {
                return entree.getValue();
            }
        }
        return seule != null && periodeDuCas.contient(mois) ? seule : null;
    }

    /** La valeur d'une caractéristique permanente (date de naissance) : la valeur seule ou la première datée. */
    @Nullable
    Object permanente() {
        return seule != null ? seule : parPeriode.values().stream().findFirst().orElse(null);
    }

    /** La valeur datée la plus proche d'un mois donné, avec sa période (pour l'âge donné à un autre mois). */
    java.util.Optional<Map.Entry<PeriodeOpenFisca, Object>> datee(YearMonth moisSouhaite) {
        if (seule != null) {
            return java.util.Optional.of(Map.entry(periodeDuCas, seule));
        }
        return parPeriode.entrySet().stream()
                .filter(e -> e.getKey().contient(moisSouhaite)).findFirst()
                .or(() -> parPeriode.entrySet().stream().findFirst());
    }

    /** Le montant d'une variable mensuelle pour un mois (un montant annuel compte pour un douzième). */
    BigDecimal montantDuMois(YearMonth mois) {
        for (var entree : parPeriode.entrySet()) {
            var periode = entree.getKey();
            if (periode.contient(mois)) {
                return nombre(entree.getValue()).divide(BigDecimal.valueOf(periode.nombreDeMois()), java.math.MathContext.DECIMAL64);
            }
        }
        if (seule != null && periodeDuCas.contient(mois)) {
            return nombre(seule).divide(BigDecimal.valueOf(periodeDuCas.nombreDeMois()), java.math.MathContext.DECIMAL64);
        }
        return BigDecimal.ZERO;
    }

    /** Le montant d'une année civile : la valeur annuelle, ou la somme des valeurs des mois de l'année. */
    BigDecimal montantDeLAnnee(int annee) {
        var total = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            total = total.add(montantDuMois(YearMonth.of(annee, m)));
        }
        return total;
    }

    /** Vrai si une valeur non nulle porte sur un mois de la période. */
    boolean nonNulSur(PeriodeOpenFisca periode) {
        return periode.lesMois().anyMatch(m -> montantDuMois(m).signum() != 0);
    }

    boolean renseigneSur(PeriodeOpenFisca periode) {
        return parPeriode.keySet().stream().anyMatch(p -> p.lesMois().anyMatch(periode::contient))
                || (seule != null && periodeDuCas.lesMois().anyMatch(periode::contient));
    }

    /** Un nombre écrit tel quel ou comme une expression arithmétique. */
    static BigDecimal nombre(Object brut) {
        return switch (brut) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Double d -> new BigDecimal(d.toString());
            case BigDecimal b -> b;
            case Number n -> new BigDecimal(n.toString());
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case String s -> ExpressionArithmetique.evaluer(s);
            default -> throw new IllegalArgumentException("Nombre attendu : « " + brut + " »");
        };
    }

    static boolean booleen(@Nullable Object brut) {
        return switch (brut) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case String s -> s.equalsIgnoreCase("true") || s.equals("1");
            default -> throw new IllegalArgumentException("Booléen attendu : « " + brut + " »");
        };
    }

    static LocalDate date(Object brut) {
        if (brut instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(brut.toString().trim());
    }
}
