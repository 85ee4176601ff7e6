package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Écriture française d'une valeur selon son unité (unités d'OpenFisca : currency, /1, year, month, BMAF…). */
final class Unites {

    private Unites() {
    }

    static String formate(BigDecimal valeur, String unite) {
        var symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator('\u202f');
        return switch (unite) {
            case "currency", "currency-EUR", "EUR" -> new DecimalFormat("#,##0.00", symboles).format(valeur) + " €";
            case "/1" -> new DecimalFormat("#,##0.#####", symboles).format(valeur.movePointRight(2)) + " %";
            case "year" -> valeur.stripTrailingZeros().toPlainString() + " ans";
            case "month" -> valeur.stripTrailingZeros().toPlainString() + " mois";
            case "day" -> valeur.stripTrailingZeros().toPlainString() + " jours";
            default -> new DecimalFormat("#,##0.#####", symboles).format(valeur) + " " + unite;
        };
    }
}
