package fr.caissecommune.famille.openfisca;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

/**
 * Une période au sens d'OpenFisca : un mois ({@code 2018-01}, {@code month:2015-07}), une année ({@code 2024},
 * {@code year:2018}) ou plusieurs mois ({@code month:2015-01:3}). Toujours une suite de mois entiers.
 */
record PeriodeOpenFisca(YearMonth debut, int nombreDeMois) {

    static PeriodeOpenFisca mois(YearMonth mois) {
        return new PeriodeOpenFisca(mois, 1);
    }

    static PeriodeOpenFisca annee(int annee) {
        return new PeriodeOpenFisca(YearMonth.of(annee, 1), 12);
    }

    /** Lit une période écrite comme clé ou valeur d'un cas (texte ou entier YAML). */
    static PeriodeOpenFisca lire(Object brut) {
        var texte = brut.toString().trim();
        try {
            var morceaux = texte.split(":");
            if (morceaux.length == 1) {
                return texte.length() == 4 ? annee(Integer.parseInt(texte)) : mois(YearMonth.parse(texte));
            }
            int nombre = morceaux.length == 3 ? Integer.parseInt(morceaux[2]) : 1;
            return switch (morceaux[0]) {
                case "month" -> new PeriodeOpenFisca(YearMonth.parse(morceaux[1]), nombre);
                case "year" -> morceaux[1].length() == 4 ? new PeriodeOpenFisca(YearMonth.of(Integer.parseInt(morceaux[1]), 1), 12 * nombre)
                        : new PeriodeOpenFisca(YearMonth.parse(morceaux[1]), 12 * nombre);
                default -> throw new IllegalArgumentException("Période « " + texte + " » non prise en charge");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Période « " + texte + " » illisible", e);
        }
    }

    boolean estUnMois() {
        return nombreDeMois == 1;
    }

    boolean estUneAnneeCivile() {
        return nombreDeMois == 12 && debut.getMonthValue() == 1;
    }

    boolean contient(YearMonth mois) {
        return !mois.isBefore(debut) && mois.isBefore(debut.plusMonths(nombreDeMois));
    }

    Stream<YearMonth> lesMois() {
        return Stream.iterate(debut, m -> m.plusMonths(1)).limit(nombreDeMois);
    }

    @Override
    public String toString() {
        return estUnMois() ? debut.toString() : estUneAnneeCivile() ? String.valueOf(debut.getYear()) : "month:" + debut + ":" + nombreDeMois;
    }
}
