package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Le résultat d'un cas OpenFisca : réussi, échoué (avec les écarts) ou ignoré (avec la raison). */
public sealed interface ResultatDeCas {

    String fichier();

    String nom();

    /** Une ligne lisible : « PASS nom », « FAIL nom : af 2018-01 attendu … obtenu … », « SKIP nom : raison ». */
    String enTexte();

    /** Toutes les valeurs attendues (prises en charge) sont obtenues à la marge près. */
    record Reussi(String fichier, String nom, int valeursVerifiees, List<String> sortiesNonVerifiees) implements ResultatDeCas {

        @Override
        public String enTexte() {
            return "PASS " + nom + " (" + valeursVerifiees + " valeur(s)"
                    + (sortiesNonVerifiees.isEmpty() ? "" : ", non vérifiées : " + String.join(", ", sortiesNonVerifiees)) + ")";
        }
    }

    /** Au moins une valeur attendue n'est pas obtenue, ou le calcul a levé une erreur. */
    record Echoue(String fichier, String nom, List<Ecart> ecarts, @Nullable String erreur) implements ResultatDeCas {

        @Override
        public String enTexte() {
            return "FAIL " + nom + " : " + (erreur != null ? erreur
                    : ecarts.stream().map(Ecart::toString).collect(Collectors.joining(" ; ")));
        }
    }

    /** Le cas sort de ce que la caisse calcule : variables d'entrée ou de sortie inconnues, situation non traitée. */
    record Ignore(String fichier, String nom, String raison, List<String> variables) implements ResultatDeCas {

        @Override
        public String enTexte() {
            return "SKIP " + nom + " : " + raison + (variables.isEmpty() ? "" : " " + variables);
        }
    }

    /** Une valeur attendue et la valeur obtenue, pour une variable, une période et une famille du cas. */
    record Ecart(String variable, String periode, int famille, BigDecimal attendu, BigDecimal obtenu, BigDecimal marge) {

        @Override
        public String toString() {
            return variable + " " + periode + (famille > 0 ? " (famille " + (famille + 1) + ")" : "") + " attendu "
                    + attendu.stripTrailingZeros().toPlainString() + ", obtenu " + obtenu.stripTrailingZeros().toPlainString()
                    + " (marge " + marge.stripTrailingZeros().toPlainString() + ")";
        }
    }
}
