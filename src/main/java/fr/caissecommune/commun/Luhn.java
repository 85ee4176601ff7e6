package fr.caissecommune.commun;

/** La formule de Luhn (ISO/IEC 7812-1), clé des SIREN, SIRET et RPPS. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean estValide(String chiffres) {
        int somme = 0;
        boolean double_ = false;
        for (int i = chiffres.length() - 1; i >= 0; i--) {
            int c = chiffres.charAt(i) - '0';
            if (double_) {
                c *= 2;
                if (c > 9) {
                    c -= 9;
                }
            }
            somme += c;
            double_ = !double_;
        }
        return somme % 10 == 0;
    }

    /** Le nombre complété du chiffre de contrôle qui le rend valide. */
    public static String completer(String chiffres) {
        for (int c = 0; c <= 9; c++) {
            if (estValide(chiffres + c)) {
                return chiffres + c;
            }
        }
        throw new IllegalStateException("Aucun chiffre de Luhn pour " + chiffres);
    }
}
