package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Écriture française des valeurs dans les explications (hors du chemin de calcul de masse). */
final class Libelles {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOIS_AAAA = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private Libelles() {
    }

    static String pourcent(BigDecimal taux) {
        return taux.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** Un coefficient à quatre décimales au plus : « 0,8333 ». */
    static String decimal(BigDecimal valeur) {
        return valeur.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(LocalDate date) {
        return JJ_MM_AAAA.format(date);
    }

    static String mois(YearMonth mois) {
        return MOIS_AAAA.format(mois);
    }
}
