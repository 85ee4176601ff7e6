package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * La lecture des paramètres d'une prestation à une date, qui cite chaque valeur lue dans l'explication quand elle
 * est demandée (date d'effet et référence juridique comprises).
 */
final class LecteurDeParametres {

    private final Instantane parametres;
    private final @Nullable Explication explication;

    LecteurDeParametres(Instantane parametres, @Nullable Explication explication) {
        this.parametres = parametres;
        this.explication = explication;
    }

    LocalDate date() {
        return parametres.date();
    }

    Instantane instantane() {
        return parametres;
    }

    BigDecimal valeur(String chemin) {
        var valeur = parametres.applique(chemin);
        if (explication != null) {
            explication.cite(valeur);
        }
        return valeur.valeur();
    }

    int entier(String chemin) {
        return valeur(chemin).intValueExact();
    }

    boolean existe(String chemin) {
        return parametres.existe(chemin);
    }

    void note(String texte) {
        if (explication != null) {
            explication.note(texte);
        }
    }

    @Nullable
    Explication explication() {
        return explication;
    }
}
