package fr.caissecommune.finances.sepa;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Le jeu de caractères de base de l'EPC, seul garanti de bout en bout dans les échanges SEPA :
 * {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} et l'espace.
 *
 * <p>Les textes libres (noms, libellés) sont translittérés selon les bonnes pratiques de l'EPC (table de
 * conversion EPC217-08) : lettres accentuées réduites à leur lettre de base, ligatures développées, et tout
 * caractère sans équivalent remplacé par un point. Les références (EndToEndId, MsgId, RUM), qui servent au
 * rapprochement, ne sont jamais transformées : elles doivent déjà être conformes.
 */
public final class Epc {

    /** Une référence SEPA : 1 à 35 caractères du jeu EPC, sans espace, ni « / » en tête, en fin ou doublé. */
    private static final Pattern REFERENCE = Pattern.compile("(?!/)(?!.*//)[A-Za-z0-9/\\-?:().,'+]{1,35}(?<!/)");

    private Epc() {
    }

    /** Vrai si le caractère appartient au jeu de caractères de base de l'EPC. */
    public static boolean estAutorise(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-?:().,'+ ".indexOf(c) >= 0;
    }

    /** Vrai si le texte peut servir de référence SEPA (EndToEndId, MsgId, RUM…). */
    public static boolean estUneReference(String texte) {
        return REFERENCE.matcher(texte).matches();
    }

    /**
     * Le texte réduit au jeu de caractères EPC, espaces superflus retirés, tronqué à {@code longueurMax}.
     * Exemple : « Zoé Lefèvre-Nœl & fils » devient « Zoe Lefevre-Noel + fils ».
     */
    public static String translitterer(String texte, int longueurMax) {
        var resultat = new StringBuilder(texte.length());
        texte.codePoints().forEach(c -> resultat.append(convertir(c)));
        var propre = resultat.toString().replaceAll(" {2,}", " ").strip();
        return propre.length() <= longueurMax ? propre : propre.substring(0, longueurMax).stripTrailing();
    }

    private static String convertir(int c) {
        if (estAutorise(c)) {
            return Character.toString(c);
        }
        @Nullable String remplacement = switch (c) {
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ß' -> "ss";
            case '&' -> "+";
            case '’', '‘', '`', '´', '"', '«', '»', '“', '”' -> "'";
            case '–', '—', '_' -> "-";
            default -> null;
        };
        if (remplacement != null) {
            return remplacement;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return " ";
        }
        var base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePoints()
                .filter(Epc::estAutorise)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return base.isEmpty() ? "." : base;
    }
}
