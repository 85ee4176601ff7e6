package fr.caissecommune.regles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Une grandeur légale et son historique complet : chemin dans l'arbre des paramètres
 * ({@code prestations_familiales/bmaf}), description, unité, valeurs par date d'effet.
 * Un barème (tranches) est un paramètre dont chaque tranche porte ses propres valeurs datées.
 */
public record Parametre(String chemin, String description, String unite, NavigableMap<LocalDate, ValeurDatee> valeurs,
        List<Tranche> tranches, @Nullable LocalDate derniereVerification, @Nullable String documentation) {

    /** Une tranche d'un barème : seuil et taux ou montant, chacun daté. */
    public record Tranche(NavigableMap<LocalDate, ValeurDatee> seuil, NavigableMap<LocalDate, ValeurDatee> taux,
            NavigableMap<LocalDate, ValeurDatee> montant) {
    }

    public Parametre {
        valeurs = java.util.Collections.unmodifiableNavigableMap(valeurs);
        tranches = List.copyOf(tranches);
    }

    public boolean estUnBareme() {
        return !tranches.isEmpty();
    }

    /** La valeur en vigueur à la date donnée, si le paramètre existe et n'a pas cessé à cette date. */
    public Optional<ValeurDatee> a(LocalDate date) {
        return enVigueur(valeurs, date);
    }

    static Optional<ValeurDatee> enVigueur(NavigableMap<LocalDate, ValeurDatee> valeurs, LocalDate date) {
        return Optional.ofNullable(valeurs.floorEntry(date)).map(Map.Entry::getValue).filter(v -> v.valeur() != null);
    }
}
