package fr.caissecommune.famille.calcul.ressources;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import fr.caissecommune.commun.Montant;

/**
 * Les ressources d'une personne du foyer, mois par mois et par nature, telles que déclarées (déclaration trimestrielle
 * de ressources) ou connues (DSN, Pôle emploi). Valeur immuable ; {@link #avec} en rend une copie complétée.
 *
 * @param personne le nom de la personne dans les explications (« l'allocataire », « le conjoint »…)
 */
public record RessourcesMensuelles(String personne, Map<YearMonth, Map<NatureDeRessource, BigDecimal>> parMois) {

    public RessourcesMensuelles {
        var copie = new TreeMap<YearMonth, Map<NatureDeRessource, BigDecimal>>();
        parMois.forEach((mois, montants) -> copie.put(mois, java.util.Collections.unmodifiableMap(new EnumMap<>(montants.isEmpty()
                ? new EnumMap<NatureDeRessource, BigDecimal>(NatureDeRessource.class) : montants))));
        parMois = java.util.Collections.unmodifiableMap(copie);
    }

    public static RessourcesMensuelles aucune(String personne) {
        return new RessourcesMensuelles(personne, Map.of());
    }

    /** Une copie avec un montant de plus (ajouté à celui de même nature et de même mois). */
    public RessourcesMensuelles avec(YearMonth mois, NatureDeRessource nature, Montant montant) {
        var copie = new TreeMap<YearMonth, Map<NatureDeRessource, BigDecimal>>();
        parMois.forEach((m, montants) -> copie.put(m, new EnumMap<>(montants.isEmpty() ? new EnumMap<>(NatureDeRessource.class) : montants)));
        copie.computeIfAbsent(mois, m -> new EnumMap<>(NatureDeRessource.class)).merge(nature, montant.valeur(), BigDecimal::add);
        return new RessourcesMensuelles(personne, copie);
    }

    /** Le montant d'une nature de ressource pour un mois (zéro s'il n'est pas déclaré). */
    public BigDecimal montant(YearMonth mois, NatureDeRessource nature) {
        var montants = parMois.get(mois);
        return montants == null ? BigDecimal.ZERO : montants.getOrDefault(nature, BigDecimal.ZERO);
    }

    /** Vrai si la personne perçoit ce mois-là un revenu de substitution (chômage, indemnités journalières, retraite). */
    public boolean percoitUnRevenuDeSubstitution(YearMonth mois) {
        var montants = parMois.get(mois);
        return montants != null && montants.entrySet().stream()
                .anyMatch(e -> e.getKey().categorie() == NatureDeRessource.Categorie.SUBSTITUTION && e.getValue().signum() > 0);
    }
}
