package fr.caissecommune.socle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.ChampInvalide;

/**
 * La lecture d'un formulaire ou d'une requête, champ par champ : chaque valeur est convertie en type métier et
 * chaque refus est gardé avec le nom du champ, pour être affiché à côté de lui (écran) ou renvoyé dans le
 * détail du problème (API). Rien n'est écrit tant qu'il reste une erreur.
 */
public final class Saisie {

    private final Map<String, String> erreurs = new LinkedHashMap<>();

    /** Convertit un champ obligatoire ; en cas de refus, mémorise le message et rend {@code null}. */
    public <T> @Nullable T lire(String champ, @Nullable String valeur, Function<String, T> conversion) {
        if (valeur == null || valeur.isBlank()) {
            erreur(champ, "Champ obligatoire");
            return null;
        }
        return facultatif(champ, valeur, conversion);
    }

    /** Convertit un champ facultatif (vide ⇒ {@code null}). */
    public <T> @Nullable T facultatif(String champ, @Nullable String valeur, Function<String, T> conversion) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return conversion.apply(valeur.strip());
        } catch (IllegalArgumentException e) {
            erreur(champ, e.getMessage());
            return null;
        }
    }

    public @Nullable LocalDate date(String champ, @Nullable String valeur) {
        return lire(champ, valeur, texte -> {
            try {
                return LocalDate.parse(texte);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Date invalide : « " + texte + " » (format AAAA-MM-JJ attendu)");
            }
        });
    }

    public @Nullable BigDecimal nombre(String champ, @Nullable String valeur) {
        return lire(champ, valeur, texte -> {
            try {
                return new BigDecimal(texte.replaceAll("[\\s\u202f\u00a0]", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Nombre invalide : « " + texte + " »");
            }
        });
    }

    public @Nullable String texte(String champ, @Nullable String valeur, int longueurMaximale) {
        return lire(champ, valeur, texte -> {
            if (texte.length() > longueurMaximale) {
                throw new IllegalArgumentException(longueurMaximale + " caractères au plus");
            }
            return texte;
        });
    }

    public <E extends Enum<E>> @Nullable E choix(String champ, @Nullable String valeur, Class<E> type) {
        return lire(champ, valeur, texte -> {
            try {
                return Enum.valueOf(type, texte);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Valeur inconnue : « " + texte + " »");
            }
        });
    }

    public void erreur(String champ, @Nullable String message) {
        erreurs.putIfAbsent(champ, message == null ? "Valeur refusée" : message);
    }

    /** Exécute l'opération si la saisie est complète ; un refus métier est rattaché à son champ. */
    public boolean executer(Runnable operation) {
        if (aDesErreurs()) {
            return false;
        }
        try {
            operation.run();
            return true;
        } catch (ChampInvalide e) {
            erreur(e.champ(), e.getMessage());
            return false;
        }
    }

    public boolean aDesErreurs() {
        return !erreurs.isEmpty();
    }

    /** Les erreurs, dans l'ordre de saisie des champs. */
    public Map<String, String> erreurs() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(erreurs));
    }

}
