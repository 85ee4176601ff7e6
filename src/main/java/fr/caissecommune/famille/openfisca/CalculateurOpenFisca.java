package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.JeuDeParametres;

/**
 * Le calcul d'une situation au format de l'API Web d'OpenFisca ({@code POST /calculate}) : entités
 * {@code individus}, {@code familles}, {@code foyers_fiscaux}, {@code menages}, variables par période. Une variable
 * dont la valeur est {@code null} (pour une période) est demandée ; les autres sont des entrées. La réponse est la
 * même situation, les valeurs demandées remplies.
 *
 * <p>Rien n'est écarté en silence : une variable d'entrée qu'aucun dispositif ne connaît, une variable demandée
 * qu'aucun ne calcule ou une situation qu'un dispositif ne sait pas traiter fidèlement lèvent
 * {@link CalculRefuse} avec la liste des variables en cause.
 */
public final class CalculateurOpenFisca {

    private static final List<SituationOpenFisca.Entite> GROUPES = List.of(SituationOpenFisca.Entite.FAMILLE,
            SituationOpenFisca.Entite.FOYER_FISCAL, SituationOpenFisca.Entite.MENAGE);

    /** Une variable publiée par l'API : son nom, son entité et ce qu'elle est (calculée, lue, sans incidence). */
    public record VariableDeLApi(String nom, String entite, String nature, @Nullable String dispositif, @Nullable String commentaire) {
    }

    /** Le calcul est refusé : variables d'entrée inconnues, variables demandées non calculées ou situation hors champ. */
    public static final class CalculRefuse extends RuntimeException {

        private final List<String> entreesInconnues;
        private final List<String> sortiesInconnues;

        CalculRefuse(String message, List<String> entreesInconnues, List<String> sortiesInconnues) {
            super(message);
            this.entreesInconnues = List.copyOf(entreesInconnues);
            this.sortiesInconnues = List.copyOf(sortiesInconnues);
        }

        public List<String> entreesInconnues() {
            return entreesInconnues;
        }

        public List<String> sortiesInconnues() {
            return sortiesInconnues;
        }
    }

    private record Demande(SituationOpenFisca.Entite entite, String membre, String variable, PeriodeOpenFisca periode) {
    }

    private final ExecuteurDeCas executeur;

    public CalculateurOpenFisca(JeuDeParametres parametres) {
        this.executeur = new ExecuteurDeCas(parametres);
    }

    /** Toutes les variables connues : calculées (sorties) et d'entrée, triées par nom. */
    public List<VariableDeLApi> variables() {
        var parNom = new TreeMap<String, VariableDeLApi>();
        for (var d : executeur.dispositifs()) {
            d.variablesDEntree().forEach((nom, connue) -> {
                var variable = new VariableDeLApi(nom, connue.entite().clePlurielle, connue.sansIncidence().isPresent() ? "entrée sans incidence"
                        : "entrée", null, connue.sansIncidence().orElse(null));
                // Une entrée lue par un dispositif l'emporte sur la même déclarée sans incidence par un autre.
                parNom.merge(nom, variable, (deja, nouvelle) -> deja.nature().equals("entrée") ? deja : nouvelle);
            });
        }
        for (var d : executeur.dispositifs()) {
            for (var nom : d.variablesCalculees()) {
                parNom.put(nom, new VariableDeLApi(nom, "familles", d.estUnMontant(nom) ? "calculée (montant mensuel)" : "calculée", d.nom(), null));
            }
            for (var nom : d.variablesIndividuelles()) {
                parNom.put(nom, new VariableDeLApi(nom, "individus", d.estUnMontant(nom) ? "calculée (montant mensuel)" : "calculée", d.nom(), null));
            }
        }
        return List.copyOf(parNom.values());
    }

    /**
     * Calcule les variables demandées d'une situation et rend la situation complétée.
     *
     * @throws CalculRefuse si une variable est inconnue ou la situation hors du champ des calculs
     * @throws IllegalArgumentException si la situation est mal formée (message en français)
     */
    public Map<String, Object> calculer(Map<String, Object> situation) {
        var demandes = new ArrayList<Demande>();
        var entrees = new LinkedHashMap<String, Object>();
        var entreesInconnues = new TreeSet<String>();
        var sortiesInconnues = new TreeSet<String>();
        var calculeesImposees = new ArrayList<Map.Entry<String, List<PeriodeOpenFisca>>>();
        for (var cle : situation.keySet()) {
            if (!cle.equals("individus") && GROUPES.stream().noneMatch(e -> e.clePlurielle.equals(cle))) {
                throw new IllegalArgumentException("clé « " + cle + " » inconnue : individus, familles, foyers_fiscaux ou menages attendus");
            }
        }
        if (!(situation.get("individus") instanceof Map<?, ?> individus) || individus.isEmpty()) {
            throw new IllegalArgumentException("« individus » absent ou vide : un dictionnaire identifiant → variables est attendu");
        }
        for (var entite : List.of(SituationOpenFisca.Entite.INDIVIDU, SituationOpenFisca.Entite.FAMILLE, SituationOpenFisca.Entite.FOYER_FISCAL,
                SituationOpenFisca.Entite.MENAGE)) {
            var membres = situation.get(entite.clePlurielle);
            if (membres == null) {
                continue;
            }
            if (!(membres instanceof Map<?, ?> parId)) {
                throw new IllegalArgumentException("« " + entite.clePlurielle + " » doit être un dictionnaire identifiant → variables");
            }
            var copie = new LinkedHashMap<String, Object>();
            parId.forEach((id, contenu) -> {
                if (!(contenu instanceof Map<?, ?> variables)) {
                    throw new IllegalArgumentException(entite.clePlurielle + "." + id + " : dictionnaire de variables attendu");
                }
                var lues = new LinkedHashMap<String, Object>();
                variables.forEach((nomBrut, valeur) -> {
                    var nom = nomBrut.toString();
                    if (entite.roles.contains(nom)) {
                        lues.put(nom, valeur);
                        return;
                    }
                    var demandees = periodesDemandees(valeur, entite, id, nom);
                    if (!demandees.isEmpty()) {
                        demandees.forEach(p -> demandes.add(new Demande(entite, id.toString(), nom, p)));
                        if (!calculee(entite, nom)) {
                            sortiesInconnues.add(entite.clePlurielle + "." + nom);
                        }
                        var restantes = valeursRenseignees(valeur);
                        if (restantes.isEmpty()) {
                            return;
                        }
                        lues.put(nom, restantes);
                    } else {
                        lues.put(nom, valeur);
                    }
                    if (!connue(nom)) {
                        entreesInconnues.add(nom);
                    } else if (calculeeSansEtreLue(nom)) {
                        calculeesImposees.add(Map.entry(nom, periodesRenseignees(lues.get(nom))));
                    }
                });
                copie.put(id.toString(), lues);
            });
            entrees.put(entite.clePlurielle, copie);
        }
        if (!entreesInconnues.isEmpty() || !sortiesInconnues.isEmpty()) {
            throw new CalculRefuse(message(entreesInconnues, sortiesInconnues), List.copyOf(entreesInconnues), List.copyOf(sortiesInconnues));
        }
        var imposees = new TreeSet<String>();
        for (var imposee : calculeesImposees) {
            if (demandes.stream().anyMatch(d -> imposee.getValue().stream().anyMatch(p -> p.lesMois().anyMatch(d.periode()::contient)))) {
                imposees.add(imposee.getKey() + " (valeur d'une variable calculée imposée sur une période demandée)");
            }
        }
        if (!imposees.isEmpty()) {
            throw new CalculRefuse(message(imposees, new TreeSet<>()), List.copyOf(imposees), List.of());
        }
        if (demandes.isEmpty()) {
            throw new IllegalArgumentException("aucune variable demandée : donnez une variable calculée avec la valeur null pour une période, "
                    + "par exemple \"af\": {\"2024-01\": null}");
        }
        var situationLue = SituationOpenFisca.de(entrees, demandes.getFirst().periode(), executeur::entiteDe);
        var reponse = copieProfonde(situation);
        var calculs = new LinkedHashMap<String, Dispositif.Calcul>();
        for (var demande : demandes) {
            var valeur = calculer(situationLue, demande, calculs);
            remplir(reponse, demande, valeur);
        }
        return reponse;
    }

    private BigDecimal calculer(SituationOpenFisca situation, Demande demande, Map<String, Dispositif.Calcul> calculs) {
        boolean individuelle = demande.entite() == SituationOpenFisca.Entite.INDIVIDU;
        var dispositif = individuelle ? executeur.dispositifIndividuelDe(demande.variable()) : executeur.dispositifDe(demande.variable());
        int famille = individuelle ? situation.familleDe(demande.membre())
                : situation.familles().stream().map(SituationOpenFisca.Membre::id).toList().indexOf(demande.membre());
        if (dispositif == null || famille < 0) {
            throw new IllegalArgumentException(demande.entite().clePlurielle + "." + demande.membre() + " : " + demande.variable()
                    + (individuelle ? " demandée pour un individu membre d'aucune famille" : " demandée hors d'une famille"));
        }
        if (!demande.periode().estUnMois() && !dispositif.estUnMontant(demande.variable())) {
            throw new CalculRefuse(demande.variable() + " n'est pas un montant : demandez-la pour un mois, pas pour " + demande.periode(),
                    List.of(), List.of(demande.variable()));
        }
        var cle = individuelle ? Dispositif.cle(demande.variable(), demande.membre()) : demande.variable();
        var total = BigDecimal.ZERO;
        var membre = situation.familles().get(famille);
        try {
            for (var mois : demande.periode().lesMois().toList()) {
                var calcul = calculs.computeIfAbsent(dispositif.nom() + "|" + famille + "|" + mois, c -> dispositif.calculer(situation, membre, mois));
                total = total.add(calcul.valeur(cle));
            }
        } catch (NonPrisEnCharge e) {
            throw new CalculRefuse("Situation non prise en charge pour " + demande.variable() + " : " + e.getMessage(), e.variables,
                    List.of(demande.variable()));
        }
        return total;
    }

    private static void remplir(Map<String, Object> reponse, Demande demande, BigDecimal valeur) {
        @SuppressWarnings("unchecked")
        var membres = (Map<String, Object>) reponse.get(demande.entite().clePlurielle);
        @SuppressWarnings("unchecked")
        var variables = (Map<String, Object>) membres.get(demande.membre());
        var arrondie = valeur.stripTrailingZeros();
        var actuelle = variables.get(demande.variable());
        if (actuelle instanceof Map<?, ?> parPeriode) {
            @SuppressWarnings("unchecked")
            var periodes = (Map<String, Object>) parPeriode;
            for (var cle : List.copyOf(periodes.keySet())) {
                if (periodes.get(cle) == null && PeriodeOpenFisca.lire(cle).equals(demande.periode())) {
                    periodes.put(cle, arrondie);
                }
            }
        }
    }

    private List<PeriodeOpenFisca> periodesDemandees(@Nullable Object valeur, SituationOpenFisca.Entite entite, Object id, String nom) {
        if (valeur == null) {
            throw new IllegalArgumentException(entite.clePlurielle + "." + id + "." + nom + " : la période est requise, par exemple {\"2024-01\": null}");
        }
        if (!(valeur instanceof Map<?, ?> parPeriode)) {
            return List.of();
        }
        var periodes = new ArrayList<PeriodeOpenFisca>();
        parPeriode.forEach((periode, v) -> {
            if (v == null) {
                periodes.add(PeriodeOpenFisca.lire(periode));
            }
        });
        return periodes;
    }

    private static Map<String, Object> valeursRenseignees(Object valeur) {
        var restantes = new LinkedHashMap<String, Object>();
        ((Map<?, ?>) valeur).forEach((p, v) -> {
            if (v != null) {
                restantes.put(p.toString(), v);
            }
        });
        return restantes;
    }

    private boolean calculee(SituationOpenFisca.Entite entite, String nom) {
        return switch (entite) {
            case FAMILLE -> executeur.dispositifDe(nom) != null;
            case INDIVIDU -> executeur.dispositifIndividuelDe(nom) != null;
            default -> false;
        };
    }

    /** Une variable que la caisse calcule et qu'aucun dispositif ne lit en entrée : la donner ne changerait rien. */
    private boolean calculeeSansEtreLue(String nom) {
        boolean calculee = executeur.dispositifDe(nom) != null || executeur.dispositifIndividuelDe(nom) != null;
        boolean lue = executeur.dispositifs().stream().anyMatch(d -> d.variablesDEntree().containsKey(nom)
                && d.variablesDEntree().get(nom).sansIncidence().isEmpty());
        return calculee && !lue;
    }

    /** Les périodes d'une valeur d'entrée (une valeur seule vaut pour toutes : elle est rapportée à chaque demande). */
    private static List<PeriodeOpenFisca> periodesRenseignees(@Nullable Object valeur) {
        if (valeur instanceof Map<?, ?> parPeriode) {
            return parPeriode.keySet().stream().map(PeriodeOpenFisca::lire).toList();
        }
        return List.of(new PeriodeOpenFisca(java.time.YearMonth.of(1, 1), 12 * 9998));
    }

    private boolean connue(String nom) {
        return executeur.dispositifs().stream().anyMatch(d -> d.variablesDEntree().containsKey(nom) || d.variablesCalculees().contains(nom)
                || d.variablesIndividuelles().contains(nom));
    }

    private static String message(TreeSet<String> entrees, TreeSet<String> sorties) {
        var parties = new ArrayList<String>();
        if (!entrees.isEmpty()) {
            parties.add("variables d'entrée inconnues du moteur : " + String.join(", ", entrees));
        }
        if (!sorties.isEmpty()) {
            parties.add("variables demandées non calculées : " + String.join(", ", sorties));
        }
        return "Calcul refusé — " + String.join(" ; ", parties) + " (liste des variables prises en charge : GET /api/v1/variables)";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copieProfonde(Map<String, Object> source) {
        var copie = new LinkedHashMap<String, Object>();
        source.forEach((cle, valeur) -> copie.put(cle, valeur instanceof Map<?, ?> m ? copieProfonde((Map<String, Object>) m)
                : valeur instanceof List<?> l ? new ArrayList<>(l) : valeur));
        return copie;
    }
}
