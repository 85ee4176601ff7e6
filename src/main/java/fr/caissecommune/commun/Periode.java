package fr.caissecommune.commun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Un intervalle de dates semi-ouvert {@code [debut..fin)} : le jour de fin n'en fait pas partie. Une fin
 * absente signifie « jusqu'à nouvel ordre ».
 */
public record Periode(LocalDate debut, @Nullable LocalDate fin) {

    public Periode {
        if (fin != null && fin.isBefore(debut)) {
            throw new IllegalArgumentException("Période invalide : la fin (" + fin + ") précède le début (" + debut + ")");
        }
    }

    public static Periode depuis(LocalDate debut) {
        return new Periode(debut, null);
    }

    public static Periode entre(LocalDate debut, LocalDate finExclue) {
        return new Periode(debut, finExclue);
    }

    public static Periode du(YearMonth mois) {
        return new Periode(mois.atDay(1), mois.plusMonths(1).atDay(1));
    }

    public boolean contient(LocalDate date) {
        return !date.isBefore(debut) && (fin == null || date.isBefore(fin));
    }

    public boolean chevauche(Periode autre) {
        return (autre.fin == null || debut.isBefore(autre.fin)) && (fin == null || autre.debut.isBefore(fin));
    }

    public boolean estOuverte() {
        return fin == null;
    }

    public Optional<LocalDate> finExclue() {
        return Optional.ofNullable(fin);
    }

    /** Les mois civils touchés par la période, jusqu'au mois donné si elle est ouverte. */
    public Stream<YearMonth> mois(YearMonth jusquA) {
        var dernier = fin == null ? jusquA : YearMonth.from(fin.minusDays(1));
        if (dernier.isAfter(jusquA)) {
            dernier = jusquA;
        }
        var fin = dernier;
        return Stream.iterate(YearMonth.from(debut), m -> !m.isAfter(fin), m -> m.plusMonths(1));
    }

    @Override
    public String toString() {
        return "[" + debut + ".." + (fin == null ? "" : fin) + ")";
    }
}
