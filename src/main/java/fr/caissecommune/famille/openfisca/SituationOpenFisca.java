package fr.caissecommune.famille.openfisca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * La situation d'entrée d'un cas OpenFisca, rangée par entité : les individus et les groupes (familles, foyers
 * fiscaux, ménages) avec leurs rôles et leurs variables. Une situation « à plat » (variables sans entités) décrit
 * une personne seule dans ses propres groupes.
 */
final class SituationOpenFisca {

    /** Les entités d'OpenFisca-France, avec leurs rôles (clés qui ne sont pas des variables). */
    enum Entite {
        INDIVIDU("individus", "individus", Set.of()),
        FAMILLE("famille", "familles", Set.of("parents", "enfants")),
        FOYER_FISCAL("foyer_fiscal", "foyers_fiscaux", Set.of("declarants", "personnes_a_charge")),
        MENAGE("menage", "menages", Set.of("personne_de_reference", "conjoint", "enfants", "autres"));

        final String cle;
        final String clePlurielle;
        final Set<String> roles;

        Entite(String cle, String clePlurielle, Set<String> roles) {
            this.cle = cle;
            this.clePlurielle = clePlurielle;
            this.roles = roles;
        }
    }

    /** Un individu ou un groupe : son identifiant, ses membres par rôle et ses variables. */
    record Membre(Entite entite, String id, Map<String, List<String>> roles, Map<String, Valeurs> variables,
            Map<String, Object> brutes) {

        List<String> role(String role) {
            return roles.getOrDefault(role, List.of());
        }

        Optional<Valeurs> variable(String nom) {
            return Optional.ofNullable(variables.get(nom));
        }
    }

    final PeriodeOpenFisca periode;
    final Map<String, Membre> individus = new LinkedHashMap<>();
    final Map<Entite, List<Membre>> groupes = new LinkedHashMap<>();

    private SituationOpenFisca(PeriodeOpenFisca periode) {
        this.periode = periode;
        for (var entite : Entite.values()) {
            groupes.put(entite, new ArrayList<>());
        }
    }

    /**
     * Range la situation d'un cas. Les variables à plat sont attribuées à l'entité que leur donne le catalogue
     * ({@code entiteDe}), celles qu'il ne connaît pas à l'individu.
     */
    static SituationOpenFisca de(Map<String, Object> entrees, PeriodeOpenFisca periode, java.util.function.Function<String, Entite> entiteDe) {
        var situation = new SituationOpenFisca(periode);
        boolean parEntites = entrees.keySet().stream().anyMatch(cle -> cle.equals("individus")
                || java.util.Arrays.stream(Entite.values()).anyMatch(e -> e != Entite.INDIVIDU && (e.cle.equals(cle) || e.clePlurielle.equals(cle))));
        if (!parEntites) {
            var parEntite = new LinkedHashMap<Entite, Map<String, Object>>();
            entrees.forEach((nom, valeur) -> parEntite.computeIfAbsent(entiteDe.apply(nom), e -> new LinkedHashMap<>()).put(nom, valeur));
            situation.ajouter(Entite.INDIVIDU, "individu", parEntite.getOrDefault(Entite.INDIVIDU, Map.of()));
            situation.ajouter(Entite.FAMILLE, "famille", avecRole(parEntite.get(Entite.FAMILLE), "parents"));
            situation.ajouter(Entite.FOYER_FISCAL, "foyer_fiscal", avecRole(parEntite.get(Entite.FOYER_FISCAL), "declarants"));
            situation.ajouter(Entite.MENAGE, "menage", avecRole(parEntite.get(Entite.MENAGE), "personne_de_reference"));
            return situation;
        }
        for (var cle : entrees.keySet()) {
            if (!cle.equals("individus") && java.util.Arrays.stream(Entite.values())
                    .noneMatch(e -> e.cle.equals(cle) || e.clePlurielle.equals(cle))) {
                throw new IllegalArgumentException("clé d'entrée « " + cle + " » inconnue à côté des entités");
            }
        }
        if (!(entrees.get("individus") instanceof Map<?, ?> individus)) {
            throw new IllegalArgumentException("« individus » doit être un dictionnaire identifiant → variables");
        }
        individus.forEach((id, variables) -> situation.ajouter(Entite.INDIVIDU, id.toString(), dictionnaire(variables)));
        for (var entite : List.of(Entite.FAMILLE, Entite.FOYER_FISCAL, Entite.MENAGE)) {
            if (entrees.get(entite.cle) != null) {
                situation.ajouter(entite, entite.cle, dictionnaire(entrees.get(entite.cle)));
            }
            if (entrees.get(entite.clePlurielle) instanceof Map<?, ?> plusieurs) {
                plusieurs.forEach((id, contenu) -> situation.ajouter(entite, id.toString(), dictionnaire(contenu)));
            }
        }
        // Comme OpenFisca, un individu membre d'aucune famille forme sa propre famille, dont il est le parent.
        for (var individu : List.copyOf(situation.individus.keySet())) {
            if (situation.familleDe(individu) < 0) {
                situation.ajouter(Entite.FAMILLE, "famille_de_" + individu, new LinkedHashMap<>(Map.of("parents", List.of(individu))));
            }
        }
        return situation;
    }

    private static Map<String, Object> avecRole(Map<String, Object> variables, String role) {
        var groupe = new LinkedHashMap<String, Object>(variables == null ? Map.of() : variables);
        groupe.put(role, List.of("individu"));
        return groupe;
    }

    private static Map<String, Object> dictionnaire(Object noeud) {
        var resultat = new LinkedHashMap<String, Object>();
        if (noeud instanceof Map<?, ?> map) {
            map.forEach((k, v) -> resultat.put(k.toString(), v));
        } else if (noeud != null) {
            throw new IllegalArgumentException("dictionnaire attendu : « " + noeud + " »");
        }
        return resultat;
    }

    private void ajouter(Entite entite, String id, Map<String, Object> contenu) {
        var roles = new LinkedHashMap<String, List<String>>();
        var variables = new LinkedHashMap<String, Valeurs>();
        var brutes = new LinkedHashMap<String, Object>();
        contenu.forEach((nom, valeur) -> {
            if (entite.roles.contains(nom)) {
                roles.put(nom, valeur == null ? List.of() : valeur instanceof List<?> liste ? liste.stream().map(Object::toString).toList()
                        : List.of(valeur.toString()));
            } else {
                variables.put(nom, Valeurs.de(valeur, periode));
                brutes.put(nom, valeur);
            }
        });
        var membre = new Membre(entite, id, roles, variables, brutes);
        if (entite == Entite.INDIVIDU) {
            individus.put(id, membre);
        } else {
            for (var membres : roles.values()) {
                for (var individu : membres) {
                    if (!individus.containsKey(individu)) {
                        throw new IllegalArgumentException(entite.cle + " " + id + " : individu « " + individu + " » inconnu");
                    }
                }
            }
            groupes.get(entite).add(membre);
        }
    }

    List<Membre> familles() {
        return groupes.get(Entite.FAMILLE);
    }

    /** Toutes les variables d'entrée du cas, avec l'entité qui les porte. */
    List<Map.Entry<Entite, String>> variablesDEntree() {
        var toutes = new ArrayList<Map.Entry<Entite, String>>();
        individus.values().forEach(i -> i.variables().keySet().forEach(v -> toutes.add(Map.entry(Entite.INDIVIDU, v))));
        groupes.forEach((entite, membres) -> membres.forEach(m -> m.variables().keySet().forEach(v -> toutes.add(Map.entry(entite, v)))));
        return toutes;
    }

    /** Le rang de la famille dont un individu est membre (parent ou enfant), ou -1. */
    int familleDe(String individu) {
        var familles = familles();
        for (int i = 0; i < familles.size(); i++) {
            if (familles.get(i).roles().values().stream().anyMatch(l -> l.contains(individu))) {
                return i;
            }
        }
        return -1;
    }

    /** Le ménage auquel appartient un individu, s'il y en a un. */
    Optional<Membre> menageDe(String individu) {
        return groupes.get(Entite.MENAGE).stream().filter(m -> m.roles().values().stream().anyMatch(l -> l.contains(individu))).findFirst();
    }

    /** Le foyer fiscal auquel appartient un individu, s'il y en a un. */
    Optional<Membre> foyerFiscalDe(String individu) {
        return groupes.get(Entite.FOYER_FISCAL).stream().filter(m -> m.roles().values().stream().anyMatch(l -> l.contains(individu)))
                .findFirst();
    }
}
