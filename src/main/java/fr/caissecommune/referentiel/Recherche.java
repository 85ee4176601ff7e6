package fr.caissecommune.referentiel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Clé de recherche d'un nom : majuscules, sans accents, sans tirets ni apostrophes superflus. */
final class Recherche {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

    private Recherche() {
    }

    static String cle(String texte) {
        var sansAccents = DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        return sansAccents.toUpperCase(Locale.ROOT).replace('Œ', 'O').replaceAll("[-'’]", " ").replaceAll("\\s+", " ").trim();
    }
}
