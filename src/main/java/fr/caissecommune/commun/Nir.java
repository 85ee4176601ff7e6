package fr.caissecommune.commun;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Numéro d'inscription au répertoire (NIR) : 13 caractères {@code SAAMMDDCCCNNN} suivis d'une clé de
 * contrôle à deux chiffres égale à {@code 97 − (NIR mod 97)}. Pour la Corse, {@code 2A} et {@code 2B}
 * sont remplacés par {@code 19} et {@code 18} avant le calcul de la clé.
 */
public record Nir(String valeur) {

    private static final Pattern FORME = Pattern.compile("[1-478](\\d{2})(0[1-9]|1[0-2]|[2-9]\\d)(\\d{2}|2A|2B)\\d{6}\\d{2}");

    public Nir {
        var texte = valeur.replace(" ", "").toUpperCase();
        if (texte.length() != 15) {
            throw new IllegalArgumentException("NIR invalide : 15 caractères attendus (13 + clé), " + texte.length() + " reçus");
        }
        if (!FORME.matcher(texte).matches()) {
            throw new IllegalArgumentException("NIR invalide : « " + texte
                    + " » ne respecte pas la forme SAAMMDDCCCNNN + clé (sexe 1 ou 2, mois 01 à 12 ou 20 à 99, département en chiffres ou 2A/2B)");
        }
        int attendue = cle(texte.substring(0, 13));
        int recue = Integer.parseInt(texte.substring(13));
        if (attendue != recue) {
            throw new IllegalArgumentException("NIR invalide : clé " + String.format("%02d", attendue)
                    + " attendue, " + String.format("%02d", recue) + " reçue");
        }
        valeur = texte;
    }

    @JsonCreator
    public static Nir of(String texte) {
        return new Nir(texte);
    }

    /** La clé de contrôle d'un NIR de 13 caractères. */
    public static int cle(String nir13) {
        var chiffres = nir13.toUpperCase().replace("2A", "19").replace("2B", "18");
        long nombre = Long.parseLong(chiffres);
        return (int) (97 - nombre % 97);
    }

    /** Le NIR sans sa clé, tel que la DSN le porte. */
    public String sansCle() {
        return valeur.substring(0, 13);
    }

    public int sexe() {
        return valeur.charAt(0) - '0';
    }

    /** Affichage usuel : {@code 1 84 12 76 451 089 46}. */
    public String formate() {
        return valeur.charAt(0) + " " + valeur.substring(1, 3) + " " + valeur.substring(3, 5) + " " + valeur.substring(5, 7) + " "
                + valeur.substring(7, 10) + " " + valeur.substring(10, 13) + " " + valeur.substring(13);
    }

    @Override
    public String toString() {
        return valeur;
    }

    /** La valeur telle qu'elle s'écrit en JSON. */
    @JsonValue
    public String valeur() {
        return valeur;
    }
}
