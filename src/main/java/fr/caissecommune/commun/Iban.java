package fr.caissecommune.commun;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Numéro de compte bancaire international (ISO 13616), contrôlé par iban4j : structure du pays et clé MOD 97-10. */
public record Iban(String valeur) {

    public Iban {
        var texte = valeur.replace(" ", "").toUpperCase();
        try {
            IbanUtil.validate(texte);
        } catch (InvalidCheckDigitException e) {
            throw new IllegalArgumentException("IBAN invalide : la clé de contrôle (MOD 97) de « " + texte + " » est fausse");
        } catch (UnsupportedCountryException e) {
            throw new IllegalArgumentException("IBAN invalide : pays « " + (texte.length() >= 2 ? texte.substring(0, 2) : texte) + " » inconnu");
        } catch (IbanFormatException e) {
            throw new IllegalArgumentException("IBAN invalide : « " + texte + " » ne respecte pas la structure du pays (" + raison(e) + ")");
        }
        valeur = texte;
    }

    private static String raison(IbanFormatException e) {
        return switch (e.getFormatViolation()) {
            case IBAN_NOT_EMPTY, IBAN_NOT_NULL -> "IBAN vide";
            case BBAN_LENGTH -> "longueur incorrecte";
            case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS -> "code pays sur deux lettres attendu";
            case CHECK_DIGIT_TWO_DIGITS, CHECK_DIGIT_ONLY_DIGITS -> "clé à deux chiffres attendue";
            default -> "caractères inattendus";
        };
    }

    @JsonCreator
    public static Iban of(String texte) {
        return new Iban(texte);
    }

    public String pays() {
        return valeur.substring(0, 2);
    }

    /** Affichage par groupes de quatre caractères. */
    public String formate() {
        return valeur.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Affichage masqué pour les écrans et courriers : seuls les 4 derniers caractères restent lisibles. */
    public String masque() {
        return valeur.substring(0, 4) + " **** **** " + valeur.substring(valeur.length() - 4);
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
