package fr.caissecommune.commun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Une somme d'argent en euros. La valeur peut porter plus de deux décimales pendant un calcul ;
 * l'arrondi au centime est toujours explicite ({@link #arrondiAuCentime()}).
 */
public record Montant(BigDecimal valeur) implements Comparable<Montant> {

    public static final Montant ZERO = new Montant(BigDecimal.ZERO.setScale(2));

    public Montant {
        if (valeur == null) {
            throw new IllegalArgumentException("Montant absent");
        }
    }

    public static Montant euros(String texte) {
        try {
            return new Montant(new BigDecimal(texte.trim().replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Montant invalide : « " + texte + " » n'est pas un nombre");
        }
    }

    @JsonCreator
    public static Montant euros(BigDecimal valeur) {
        return new Montant(valeur);
    }

    public static Montant euros(long euros) {
        return new Montant(BigDecimal.valueOf(euros).setScale(2));
    }

    public static Montant centimes(long centimes) {
        return new Montant(BigDecimal.valueOf(centimes, 2));
    }

    public Montant plus(Montant autre) {
        return new Montant(valeur.add(autre.valeur));
    }

    public Montant moins(Montant autre) {
        return new Montant(valeur.subtract(autre.valeur));
    }

    public Montant fois(BigDecimal facteur) {
        return new Montant(valeur.multiply(facteur));
    }

    public Montant fois(long facteur) {
        return new Montant(valeur.multiply(BigDecimal.valueOf(facteur)));
    }

    public Montant negatif() {
        return new Montant(valeur.negate());
    }

    /** Arrondi au centime le plus proche, la demie étant arrondie à l'unité supérieure. */
    public Montant arrondiAuCentime() {
        return new Montant(valeur.setScale(2, RoundingMode.HALF_UP));
    }

    /** Arrondi à l'euro le plus proche (bordereaux URSSAF). */
    public Montant arrondiAlEuro() {
        return new Montant(valeur.setScale(0, RoundingMode.HALF_UP).setScale(2));
    }

    public Montant max(Montant autre) {
        return compareTo(autre) >= 0 ? this : autre;
    }

    public Montant min(Montant autre) {
        return compareTo(autre) <= 0 ? this : autre;
    }

    public boolean estPositif() {
        return valeur.signum() > 0;
    }

    public boolean estNegatif() {
        return valeur.signum() < 0;
    }

    public boolean estNul() {
        return valeur.signum() == 0;
    }

    public long enCentimes() {
        return valeur.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    @Override
    public int compareTo(Montant autre) {
        return valeur.compareTo(autre.valeur);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Montant m && valeur.compareTo(m.valeur) == 0;
    }

    @Override
    public int hashCode() {
        return valeur.stripTrailingZeros().hashCode();
    }

    /** Écriture française : {@code 1 234,56 €}. */
    public String enFrancais() {
        var symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator('\u202f');
        return new DecimalFormat("#,##0.00", symboles).format(valeur) + " €";
    }

    @Override
    public String toString() {
        return valeur.setScale(Math.max(2, valeur.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** La valeur telle qu'elle s'écrit en JSON. */
    @JsonValue
    public BigDecimal valeur() {
        return valeur;
    }
}
