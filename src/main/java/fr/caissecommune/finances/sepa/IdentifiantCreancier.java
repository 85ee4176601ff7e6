package fr.caissecommune.finances.sepa;

import java.util.regex.Pattern;

/**
 * L'identifiant créancier SEPA (ICS) de la caisse, attribué par la Banque de France par l'intermédiaire de sa
 * banque : pays, clé de contrôle à deux chiffres, code activité (souvent {@code ZZZ}, hors calcul de la clé) et
 * identifiant national (6 caractères en France), par exemple {@code FR72ZZZ123456}.
 *
 * <p>Clé = 98 − MOD 97-10 de (identifiant national + pays + « 00 »), lettres converties en nombres (A = 10 …
 * Z = 35), comme pour l'IBAN (ISO 7064).
 */
public record IdentifiantCreancier(String valeur) {

    private static final Pattern FORME = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}");

    public IdentifiantCreancier {
        var texte = valeur.replace(" ", "").toUpperCase();
        if (!FORME.matcher(texte).matches()) {
            throw new IllegalArgumentException("ICS invalide : « " + texte + " » doit s'écrire pays, clé, code activité, identifiant national (ex. FR72ZZZ123456)");
        }
        if (texte.startsWith("FR") && texte.length() != 13) {
            throw new IllegalArgumentException("ICS invalide : un ICS français compte 13 caractères, « " + texte + " » en compte " + texte.length());
        }
        var cle = cle(texte.substring(0, 2), texte.substring(7));
        if (!texte.substring(2, 4).equals(cle)) {
            throw new IllegalArgumentException("ICS invalide : la clé de contrôle de « " + texte + " » devrait être " + cle);
        }
        valeur = texte;
    }

    public static IdentifiantCreancier of(String texte) {
        return new IdentifiantCreancier(texte);
    }

    /** La clé de contrôle d'un ICS à partir de son pays et de son identifiant national. */
    static String cle(String pays, String identifiantNational) {
        int reste = 0;
        for (char c : (identifiantNational + pays + "00").toCharArray()) {
            int chiffre = Character.digit(c, 36);
            reste = (chiffre > 9 ? reste * 100 + chiffre : reste * 10 + chiffre) % 97;
        }
        return "%02d".formatted(98 - reste);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
