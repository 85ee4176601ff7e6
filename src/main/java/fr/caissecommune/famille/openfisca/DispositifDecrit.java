package fr.caissecommune.famille.openfisca;

import java.util.Map;
import java.util.Set;

/** Un dispositif décrit une fois pour toutes : son nom, ses variables calculées, ses montants, ses variables d'entrée. */
abstract class DispositifDecrit implements Dispositif {

    private final String nom;
    private final Set<String> calculees;
    private final Set<String> montants;
    private final Map<String, VariableConnue> entrees;

    DispositifDecrit(String nom, Set<String> calculees, Set<String> montants, Map<String, VariableConnue> entrees) {
        this.nom = nom;
        this.calculees = Set.copyOf(calculees);
        this.montants = Set.copyOf(montants);
        this.entrees = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entrees)); // ordre de déclaration gardé
    }

    @Override
    public final String nom() {
        return nom;
    }

    @Override
    public final Set<String> variablesCalculees() {
        return calculees;
    }

    @Override
    public final boolean estUnMontant(String variable) {
        return montants.contains(variable);
    }

    @Override
    public final Map<String, VariableConnue> variablesDEntree() {
        return entrees;
    }
}
