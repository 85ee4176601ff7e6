package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Un cas de test au format d'OpenFisca, tel qu'écrit dans son fichier : nom, période, marges d'erreur, situation
 * d'entrée ({@code input}) et valeurs attendues ({@code output}), encore sous forme YAML.
 *
 * @param fichier le fichier d'origine, pour les messages
 * @param periode {@code period} ; absente quand toutes les valeurs attendues sont datées
 * @param margeAbsolue {@code absolute_error_margin} (une valeur ou, par variable, avec {@code default})
 * @param margeRelative {@code relative_error_margin}
 */
public record CasOpenFisca(String fichier, String nom, @Nullable String periode, @Nullable Object margeAbsolue,
        @Nullable Object margeRelative, Map<String, Object> entrees, Map<String, Object> sorties) {

    /** La marge absolue applicable à une variable (0 si le cas n'en donne aucune, comme OpenFisca). */
    @Nullable
    BigDecimal margeAbsolue(String variable) {
        return marge(margeAbsolue, variable);
    }

    @Nullable
    BigDecimal margeRelative(String variable) {
        return marge(margeRelative, variable);
    }

    private static @Nullable BigDecimal marge(@Nullable Object marge, String variable) {
        if (marge instanceof Map<?, ?> parVariable) {
            var valeur = parVariable.containsKey(variable) ? parVariable.get(variable) : parVariable.get("default");
            return valeur == null ? null : Valeurs.nombre(valeur);
        }
        return marge == null ? null : Valeurs.nombre(marge);
    }
}
