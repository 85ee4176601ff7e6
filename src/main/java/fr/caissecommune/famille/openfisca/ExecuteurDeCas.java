package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.JeuDeParametres;

/**
 * Exécute des cas de test au format d'OpenFisca contre les calculs de la caisse : lit la situation, la traduit pour
 * chaque dispositif concerné, calcule les variables attendues et les compare à la marge d'erreur du cas.
 *
 * <p>Un cas est ignoré (SKIP), avec la liste des variables en cause, quand une variable d'entrée n'est connue d'aucun
 * dispositif concerné, quand une variable de sortie n'est pas calculée (sauf en comparaison
 * {@link Comparaison#SORTIES_PRISES_EN_CHARGE}), ou quand un dispositif déclare la situation hors de son champ
 * (résidence outre-mer, revenus non traités…). Aucune entrée n'est écartée en silence.
 */
public final class ExecuteurDeCas {

    /** Ce que l'on compare dans un cas. */
    public enum Comparaison {
        /** Toutes les sorties du cas doivent être calculées, sinon le cas est ignoré. */
        TOUTES_LES_SORTIES,
        /** Seules les sorties calculées sont comparées ; les autres sont listées comme non vérifiées. */
        SORTIES_PRISES_EN_CHARGE
    }

    private record Verification(String variable, PeriodeOpenFisca periode, int famille, @Nullable String individu, BigDecimal attendu) {
    }

    /**
     * Une valeur attendue telle qu'écrite : à plat ({@code af: 129.86}) ou rangée par entité
     * ({@code familles: {famille_1: {af: …}}}).
     *
     * @param membre identifiant de la famille ou de l'individu, ou null pour une valeur à plat (une valeur ou une
     *        liste par famille)
     * @param entite l'entité qui porte la variable, ou null pour une valeur à plat
     */
    private record SortieAttendue(String variable, @Nullable String membre, SituationOpenFisca.@Nullable Entite entite,
            @Nullable Object valeur) {
    }

    private static List<SortieAttendue> sortiesAttendues(CasOpenFisca cas) {
        var sorties = new ArrayList<SortieAttendue>();
        cas.sorties().forEach((cle, valeur) -> {
            var entite = java.util.Arrays.stream(SituationOpenFisca.Entite.values())
                    .filter(e -> e.clePlurielle.equals(cle)).findFirst();
            if (entite.isPresent() && valeur instanceof Map<?, ?> parMembre) {
                parMembre.forEach((id, variables) -> {
                    if (variables instanceof Map<?, ?> parVariable) {
                        parVariable.forEach((variable, attendu) -> sorties.add(new SortieAttendue(variable.toString(),
                                id.toString(), entite.get(), attendu)));
                    }
                });
            } else {
                sorties.add(new SortieAttendue(cle, null, null, valeur));
            }
        });
        return sorties;
    }

    private @Nullable Dispositif dispositifDe(SortieAttendue sortie) {
        if (sortie.entite() == null) {
            var dispositif = dispositifDe(sortie.variable());
            return dispositif != null ? dispositif : dispositifIndividuelDe(sortie.variable());
        }
        return switch (sortie.entite()) {
            case FAMILLE -> dispositifDe(sortie.variable());
            case INDIVIDU -> dispositifIndividuelDe(sortie.variable());
            default -> null;
        };
    }

    private final List<Dispositif> dispositifs;

    /** Un exécuteur de tous les dispositifs de la caisse avec ce jeu de paramètres. */
    public ExecuteurDeCas(JeuDeParametres parametres) {
        this.dispositifs = Dispositifs.tous(parametres);
    }

    List<Dispositif> dispositifs() {
        return dispositifs;
    }

    /** Les variables de sortie que la caisse sait calculer. */
    public Set<String> variablesCalculees() {
        var toutes = new TreeSet<String>();
        dispositifs.forEach(d -> toutes.addAll(d.variablesCalculees()));
        return toutes;
    }

    /** Vrai si le cas attend au moins une variable que la caisse calcule. */
    public boolean concerne(CasOpenFisca cas) {
        return sortiesAttendues(cas).stream().anyMatch(s -> dispositifDe(s) != null);
    }

    /** Les résultats de tous les cas d'un fichier. */
    public List<ResultatDeCas> executer(String fichier, String contenu, Comparaison comparaison) {
        return LecteurDeCas.lire(fichier, contenu).stream().map(cas -> executer(cas, comparaison)).toList();
    }

    public ResultatDeCas executer(CasOpenFisca cas) {
        return executer(cas, Comparaison.TOUTES_LES_SORTIES);
    }

    public ResultatDeCas executer(CasOpenFisca cas, Comparaison comparaison) {
        var sorties = sortiesAttendues(cas);
        var nonCalculees = sorties.stream().filter(s -> dispositifDe(s) == null).map(SortieAttendue::variable).distinct().sorted().toList();
        if (comparaison == Comparaison.TOUTES_LES_SORTIES && !nonCalculees.isEmpty()) {
            return ignore(cas, "variables de sortie non calculées", nonCalculees);
        }
        var concernes = new LinkedHashSet<Dispositif>();
        sorties.forEach(s -> {
            var dispositif = dispositifDe(s);
            if (dispositif != null) {
                concernes.add(dispositif);
            }
        });
        if (concernes.isEmpty()) {
            return ignore(cas, "aucune variable de sortie calculée", nonCalculees);
        }
        PeriodeOpenFisca periode;
        SituationOpenFisca situation;
        List<Verification> verifications;
        try {
            periode = periodeDuCas(cas);
            situation = SituationOpenFisca.de(cas.entrees(), periode, this::entiteDe);
            verifications = verifications(sorties, periode, situation);
        } catch (IllegalArgumentException e) {
            return ignore(cas, "cas illisible : " + e.getMessage(), List.of());
        }
        var inconnues = entreesInconnues(situation, concernes, verifications);
        if (!inconnues.isEmpty()) {
            return ignore(cas, "variables d'entrée non prises en charge", inconnues);
        }

        var calculs = new HashMap<String, Dispositif.Calcul>();
        var ecarts = new ArrayList<ResultatDeCas.Ecart>();
        try {
            for (var v : verifications) {
                var dispositif = v.individu() != null ? dispositifIndividuelDe(v.variable()) : dispositifDe(v.variable());
                if (!v.periode().estUnMois() && !dispositif.estUnMontant(v.variable())) {
                    return ignore(cas, "variable non additive demandée sur plusieurs mois", List.of(v.variable()));
                }
                if (v.famille() >= situation.familles().size()) {
                    return ignore(cas, "valeur attendue pour une famille absente de la situation", List.of(v.variable()));
                }
                var famille = situation.familles().get(v.famille());
                var obtenu = BigDecimal.ZERO;
                var cle = v.individu() == null ? v.variable() : Dispositif.cle(v.variable(), v.individu());
                for (var mois : v.periode().lesMois().toList()) {
                    var calcul = calculs.computeIfAbsent(dispositif.nom() + "|" + v.famille() + "|" + mois,
                            c -> dispositif.calculer(situation, famille, mois));
                    obtenu = obtenu.add(calcul.valeur(cle));
                }
                var marge = marge(cas, v);
                if (obtenu.subtract(v.attendu()).abs().compareTo(marge) > 0) {
                    ecarts.add(new ResultatDeCas.Ecart(v.variable(), v.periode().toString(), v.famille(), v.attendu(), obtenu, marge));
                }
            }
        } catch (NonPrisEnCharge e) {
            return ignore(cas, e.getMessage(), e.variables);
        } catch (RuntimeException e) {
            return new ResultatDeCas.Echoue(cas.fichier(), cas.nom(), ecarts, e.getClass().getSimpleName() + " : " + e.getMessage());
        }
        return ecarts.isEmpty() ? new ResultatDeCas.Reussi(cas.fichier(), cas.nom(), verifications.size(), nonCalculees)
                : new ResultatDeCas.Echoue(cas.fichier(), cas.nom(), ecarts, null);
    }

    /** Les valeurs attendues : une par variable, période et famille. */
    private List<Verification> verifications(List<SortieAttendue> sorties, PeriodeOpenFisca periodeDuCas, SituationOpenFisca situation) {
        var verifications = new ArrayList<Verification>();
        var familles = situation.familles().stream().map(SituationOpenFisca.Membre::id).toList();
        for (var sortie : sorties) {
            if (dispositifDe(sortie) == null) {
                continue;
            }
            Integer famille = null;
            String individu = null;
            if (dispositifIndividuelDe(sortie.variable()) != null && dispositifDe(sortie.variable()) == null) {
                verificationsIndividuelles(verifications, sortie, periodeDuCas, situation);
                continue;
            } else if (sortie.membre() != null) {
                famille = familles.indexOf(sortie.membre());
                if (famille < 0) {
                    throw new IllegalArgumentException("famille « " + sortie.membre() + " » absente de la situation");
                }
            }
            if (sortie.valeur() instanceof Map<?, ?> parPeriode) {
                for (var e : parPeriode.entrySet()) {
                    ajouter(verifications, sortie.variable(), PeriodeOpenFisca.lire(e.getKey()), famille, individu, e.getValue(),
                            familles.size());
                }
            } else {
                ajouter(verifications, sortie.variable(), periodeDuCas, famille, individu, sortie.valeur(), familles.size());
            }
        }
        return verifications;
    }

    /**
     * Les valeurs attendues d'une variable d'individu : pour l'individu nommé, ou à plat, une liste dans l'ordre des
     * individus de la situation (une valeur seule vaut pour le premier individu).
     */
    private static void verificationsIndividuelles(List<Verification> verifications, SortieAttendue sortie, PeriodeOpenFisca periodeDuCas,
            SituationOpenFisca situation) {
        var ids = List.copyOf(situation.individus.keySet());
        var parPeriode = new java.util.LinkedHashMap<PeriodeOpenFisca, @Nullable Object>();
        if (sortie.valeur() instanceof Map<?, ?> valeurs) {
            valeurs.forEach((periode, valeur) -> parPeriode.put(PeriodeOpenFisca.lire(periode), valeur));
        } else {
            parPeriode.put(periodeDuCas, sortie.valeur());
        }
        parPeriode.forEach((periode, valeur) -> {
            if (valeur == null) {
                throw new IllegalArgumentException("valeur attendue absente pour " + sortie.variable());
            }
            var attendues = new java.util.LinkedHashMap<String, Object>();
            if (sortie.membre() != null) {
                attendues.put(sortie.membre(), valeur);
            } else if (valeur instanceof List<?> liste) {
                if (liste.size() != ids.size()) {
                    throw new IllegalArgumentException(sortie.variable() + " : " + liste.size() + " valeurs pour " + ids.size() + " individus");
                }
                for (int i = 0; i < liste.size(); i++) {
                    attendues.put(ids.get(i), liste.get(i));
                }
            } else {
                attendues.put(ids.getFirst(), valeur);
            }
            attendues.forEach((individu, attendu) -> {
                int famille = situation.familleDe(individu);
                if (famille < 0) {
                    throw new IllegalArgumentException("individu « " + individu + " » hors de toute famille");
                }
                verifications.add(new Verification(sortie.variable(), periode, famille, individu, Valeurs.nombre(attendu)));
            });
        });
    }

    private static void ajouter(List<Verification> verifications, String variable, PeriodeOpenFisca periode, @Nullable Integer famille,
            @Nullable String individu, @Nullable Object attendu, int nombreDeFamilles) {
        if (attendu == null) {
            throw new IllegalArgumentException("valeur attendue absente pour " + variable);
        }
        if (famille != null) {
            verifications.add(new Verification(variable, periode, famille, individu, Valeurs.nombre(attendu)));
        } else if (attendu instanceof List<?> parFamille) {
            for (int i = 0; i < parFamille.size(); i++) {
                verifications.add(new Verification(variable, periode, i, null, Valeurs.nombre(parFamille.get(i))));
            }
        } else {
            for (int i = 0; i < Math.max(1, nombreDeFamilles); i++) {
                verifications.add(new Verification(variable, periode, i, null, Valeurs.nombre(attendu)));
            }
        }
    }

    /**
     * Les variables d'entrée qu'aucun dispositif concerné ne lit et que tous ne déclarent pas sans incidence. Une
     * variable calculée donnée en entrée est admise si elle ne porte sur aucun mois vérifié (valeurs passées).
     */
    private List<String> entreesInconnues(SituationOpenFisca situation, Set<Dispositif> concernes, List<Verification> verifications) {
        var inconnues = new TreeSet<String>();
        for (var entree : situation.variablesDEntree()) {
            var nom = entree.getValue();
            boolean lue = concernes.stream().anyMatch(d -> d.variablesDEntree().containsKey(nom)
                    && d.variablesDEntree().get(nom).sansIncidence().isEmpty());
            if (lue) {
                continue;
            }
            if (dispositifDe(nom) != null || dispositifIndividuelDe(nom) != null) {
                if (imposeeSurUnMoisVerifie(situation, entree.getKey(), nom, verifications)) {
                    inconnues.add(nom + " (valeur imposée en entrée sur un mois vérifié)");
                }
                continue;
            }
            boolean sansIncidence = concernes.stream().allMatch(d -> d.variablesDEntree().containsKey(nom));
            if (!sansIncidence) {
                inconnues.add(nom);
            }
        }
        return List.copyOf(inconnues);
    }

    private static boolean imposeeSurUnMoisVerifie(SituationOpenFisca situation, SituationOpenFisca.Entite entite, String nom,
            List<Verification> verifications) {
        var membres = entite == SituationOpenFisca.Entite.INDIVIDU ? List.copyOf(situation.individus.values()) : situation.groupes.get(entite);
        return membres.stream().flatMap(m -> m.variable(nom).stream())
                .anyMatch(valeurs -> verifications.stream().anyMatch(v -> valeurs.renseigneSur(v.periode())));
    }

    /** La période du cas, ou à défaut celle de la première valeur attendue datée. */
    private static PeriodeOpenFisca periodeDuCas(CasOpenFisca cas) {
        if (cas.periode() != null) {
            return PeriodeOpenFisca.lire(cas.periode());
        }
        return sortiesAttendues(cas).stream().map(SortieAttendue::valeur).filter(v -> v instanceof Map<?, ?> m && !m.isEmpty())
                .map(v -> PeriodeOpenFisca.lire(((Map<?, ?>) v).keySet().iterator().next())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("période absente"));
    }

    private static BigDecimal marge(CasOpenFisca cas, Verification v) {
        var absolue = cas.margeAbsolue(v.variable());
        var relative = cas.margeRelative(v.variable());
        var marge = absolue == null ? BigDecimal.ZERO : absolue;
        if (relative != null) {
            marge = marge.max(v.attendu().abs().multiply(relative, MathContext.DECIMAL64));
        }
        return marge;
    }

    @Nullable
    Dispositif dispositifDe(String variable) {
        return dispositifs.stream().filter(d -> d.variablesCalculees().contains(variable)).findFirst().orElse(null);
    }

    /** Le dispositif qui calcule une variable d'individu. */
    @Nullable
    Dispositif dispositifIndividuelDe(String variable) {
        return dispositifs.stream().filter(d -> d.variablesIndividuelles().contains(variable)).findFirst().orElse(null);
    }

    SituationOpenFisca.Entite entiteDe(String variable) {
        if (dispositifIndividuelDe(variable) != null && dispositifDe(variable) == null) {
            return SituationOpenFisca.Entite.INDIVIDU;
        }
        if (dispositifDe(variable) != null) {
            return SituationOpenFisca.Entite.FAMILLE;
        }
        return dispositifs.stream().map(d -> d.variablesDEntree().get(variable)).filter(java.util.Objects::nonNull)
                .map(Dispositif.VariableConnue::entite).findFirst().orElse(SituationOpenFisca.Entite.INDIVIDU);
    }

    private static ResultatDeCas ignore(CasOpenFisca cas, String raison, List<String> variables) {
        return new ResultatDeCas.Ignore(cas.fichier(), cas.nom(), raison, variables);
    }
}
