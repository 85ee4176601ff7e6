package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Évalue les valeurs des cas OpenFisca écrites comme une expression ({@code "395.04 * 0.32"},
 * {@code "129.86 / (1 - 0.005)"}) : nombres décimaux, + - * /, moins unaire et parenthèses, rien d'autre. Un
 * analyseur descendant de quelques lignes, sans moteur de script : une expression ne peut rien exécuter.
 */
final class ExpressionArithmetique {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String texte;
    private int position;

    private ExpressionArithmetique(String texte) {
        this.texte = texte;
    }

    static BigDecimal evaluer(String texte) {
        var analyseur = new ExpressionArithmetique(texte);
        var valeur = analyseur.somme();
        analyseur.espaces();
        if (analyseur.position != texte.length()) {
            throw analyseur.erreur("caractère inattendu");
        }
        return valeur;
    }

    private BigDecimal somme() {
        var valeur = produit();
        while (true) {
            espaces();
            if (lit('+')) {
                valeur = valeur.add(produit(), PRECISION);
            } else if (lit('-')) {
                valeur = valeur.subtract(produit(), PRECISION);
            } else {
                return valeur;
            }
        }
    }

    private BigDecimal produit() {
        var valeur = facteur();
        while (true) {
            espaces();
            if (lit('*')) {
                valeur = valeur.multiply(facteur(), PRECISION);
            } else if (lit('/')) {
                var diviseur = facteur();
                if (diviseur.signum() == 0) {
                    throw erreur("division par zéro");
                }
                valeur = valeur.divide(diviseur, PRECISION);
            } else {
                return valeur;
            }
        }
    }

    private BigDecimal facteur() {
        espaces();
        if (lit('-')) {
            return facteur().negate();
        }
        if (lit('+')) {
            return facteur();
        }
        if (lit('(')) {
            var valeur = somme();
            espaces();
            if (!lit(')')) {
                throw erreur("parenthèse fermante attendue");
            }
            return valeur;
        }
        int debut = position;
        while (position < texte.length() && (Character.isDigit(texte.charAt(position)) || texte.charAt(position) == '.'
                || texte.charAt(position) == '_')) {
            position++;
        }
        if (position < texte.length() && (texte.charAt(position) == 'e' || texte.charAt(position) == 'E') && position > debut) {
            position++;
            if (position < texte.length() && (texte.charAt(position) == '-' || texte.charAt(position) == '+')) {
                position++;
            }
            while (position < texte.length() && Character.isDigit(texte.charAt(position))) {
                position++;
            }
        }
        if (debut == position) {
            throw erreur("nombre attendu");
        }
        try {
            return new BigDecimal(texte.substring(debut, position).replace("_", ""));
        } catch (NumberFormatException e) {
            throw erreur("nombre mal formé");
        }
    }

    private boolean lit(char c) {
        if (position < texte.length() && texte.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void espaces() {
        while (position < texte.length() && Character.isWhitespace(texte.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException erreur(String raison) {
        return new IllegalArgumentException("Expression « " + texte + " » invalide : " + raison + " (position " + (position + 1) + ")");
    }
}
