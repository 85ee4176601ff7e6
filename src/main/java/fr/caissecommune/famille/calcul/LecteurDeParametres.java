package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

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

    private final @Nullable Map<String, Optional<BigDecimal>> lues;

    LecteurDeParametres(Instantane parametres, @Nullable Explication explication) {
        this.parametres = parametres;
        this.explication = explication;
        this.lues = explication == null ? LUES.computeIfAbsent(parametres, p -> new ConcurrentHashMap<>()) : null;
    }

    LocalDate date() {
        return parametres.date();
    }

    Instantane instantane() {
        return parametres;
    }

    /**
     * Les valeurs déjà lues, par instantané : le calcul de masse (sans explication) lit les mêmes paramètres pour
     * chaque foyer. Un paramètre sans valeur à la date est mémorisé comme absent.
     */
    private static final Map<Instantane, Map<String, Optional<BigDecimal>>> LUES = Collections.synchronizedMap(new WeakHashMap<>());

    BigDecimal valeur(String chemin) {
        if (explication == null) {
            return lue(chemin).orElseGet(() -> parametres.applique(chemin).valeur());
        }
        var valeur = parametres.applique(chemin);
        explication.cite(valeur);
        return valeur.valeur();
    }

    private Optional<BigDecimal> lue(String chemin) {
        var memoire = lues != null ? lues : LUES.computeIfAbsent(parametres, p -> new ConcurrentHashMap<>());
        return memoire.computeIfAbsent(chemin, c -> parametres.existe(c) ? Optional.of(parametres.applique(c).valeur()) : Optional.empty());
    }

    int entier(String chemin) {
        return valeur(chemin).intValueExact();
    }

    boolean existe(String chemin) {
        return explication == null ? lue(chemin).isPresent() : parametres.existe(chemin);
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
