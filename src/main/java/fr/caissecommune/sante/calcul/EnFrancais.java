package fr.caissecommune.sante.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * L'écriture française des montants, taux et dates d'un décompte, et le texte d'une explication. Même rendu
 * que {@link Montant#enFrancais()} et {@link Explication#enTexte()}, sans créer de {@code DecimalFormat} à chaque
 * appel : la liquidation de masse écrit des millions d'explications.
 */
public final class EnFrancais {

    private static final char ESPACE_FINE = '\u202f';
    private static final Map<ValeurAppliquee, String> PARAMETRES = new ConcurrentHashMap<>();

    private EnFrancais() {
    }

    /** {@code 1 234,56 €} (espace fine insécable entre les milliers). */
    public static String montant(Montant montant) {
        return montant(montant.valeur());
    }

    public static String montant(BigDecimal valeur) {
        var b = new StringBuilder(16);
        ajouterMontant(b, valeur);
        return b.toString();
    }

    static void ajouterMontant(StringBuilder b, BigDecimal valeur) {
        long centimes = valeur.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        if (centimes < 0) {
            b.append('-');
            centimes = -centimes;
        }
        var euros = Long.toString(centimes / 100);
        int n = euros.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                b.append(ESPACE_FINE);
            }
            b.append(euros.charAt(i));
        }
        long c = centimes % 100;
        b.append(',').append((char) ('0' + c / 10)).append((char) ('0' + c % 10)).append(" €");
    }

    /** Un taux en pourcentage : {@code 70 %}, {@code 12,5 %}. */
    public static String pourcentage(BigDecimal taux) {
        var pourcent = taux.movePointRight(2);
        if (pourcent.signum() == 0 || pourcent.scale() <= 0 || pourcent.stripTrailingZeros().scale() <= 0) {
            return pourcent.intValue() + " %";
        }
        return pourcent.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** {@code 12/03/2025}. */
    public static String date(LocalDate date) {
        var b = new char[10];
        int j = date.getDayOfMonth(), m = date.getMonthValue(), a = date.getYear();
        b[0] = (char) ('0' + j / 10);
        b[1] = (char) ('0' + j % 10);
        b[2] = '/';
        b[3] = (char) ('0' + m / 10);
        b[4] = (char) ('0' + m % 10);
        b[5] = '/';
        b[6] = (char) ('0' + a / 1000 % 10);
        b[7] = (char) ('0' + a / 100 % 10);
        b[8] = (char) ('0' + a / 10 % 10);
        b[9] = (char) ('0' + a % 10);
        return new String(b);
    }

    /** Le texte d'une explication, identique à {@link Explication#enTexte()}. */
    public static String texte(Explication explication) {
        var texte = new StringBuilder(1024);
        for (var e : explication.etapes()) {
            for (int i = 0; i < e.niveau(); i++) {
                texte.append("  ");
            }
            texte.append(e.libelle());
            if (e.montant() != null) {
                texte.append(" : ");
                ajouterMontant(texte, e.montant().valeur());
            }
            texte.append('\n');
        }
        var parametres = explication.parametres();
        if (!parametres.isEmpty()) {
            texte.append("Paramètres appliqués :\n");
            for (var p : parametres) {
                texte.append("  - ").append(PARAMETRES.computeIfAbsent(p, ValeurAppliquee::enFrancais)).append('\n');
            }
        }
        return texte.toString();
    }
}
