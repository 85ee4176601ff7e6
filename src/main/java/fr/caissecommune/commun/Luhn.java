package fr.caissecommune.commun;

/** La formule de Luhn (ISO/IEC 7812-1), clé des SIREN, SIRET et RPPS. */
final class Luhn {

    private Luhn() {
    }

    static boolean estValide(String chiffres) {
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
}
