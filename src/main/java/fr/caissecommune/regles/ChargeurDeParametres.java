package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Lit un fichier de paramètre au format d'OpenFisca-France et le vérifie : chaque valeur a une date
 * d'effet, le paramètre a une unité, et une référence juridique couvre chaque date d'effet. Le chargement
 * échoue bruyamment sinon : un paramètre sans fondement ne doit jamais servir à payer.
 */
final class ChargeurDeParametres {

    private ChargeurDeParametres() {
    }

    static Parametre lire(String chemin, String contenu) {
        Object racine;
        try {
            racine = new Yaml(new SafeConstructor(new LoaderOptions())).load(contenu);
        } catch (YAMLException e) {
            throw new ParametreInvalide(chemin, "YAML mal formé (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(racine instanceof Map<?, ?> fichier)) {
            throw new ParametreInvalide(chemin, "le fichier doit contenir un dictionnaire (description, values, metadata)");
        }
        var description = texte(fichier.get("description"));
        if (description == null || description.isBlank()) {
            throw new ParametreInvalide(chemin, "description absente");
        }
        var metadata = fichier.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
        var references = references(chemin, metadata.get("reference"));
        var derniereVerification = metadata.get("last_value_still_valid_on") == null ? null
                : date(chemin, metadata.get("last_value_still_valid_on"));
        var documentation = texte(fichier.get("documentation"));

        if (fichier.get("brackets") instanceof List<?> brackets) {
            var unite = texte(metadata.get("threshold_unit"));
            if (unite == null) {
                throw new ParametreInvalide(chemin, "unité absente (metadata.threshold_unit)");
            }
            var tranches = new ArrayList<Parametre.Tranche>();
            for (var b : brackets) {
                if (!(b instanceof Map<?, ?> tranche)) {
                    throw new ParametreInvalide(chemin, "tranche mal formée");
                }
                tranches.add(new Parametre.Tranche(composante(chemin, tranche.get("threshold"), references),
                        composante(chemin, tranche.get("rate"), references), composante(chemin, tranche.get("amount"), references)));
            }
            if (tranches.stream().anyMatch(t -> t.seuil().isEmpty())) {
                throw new ParametreInvalide(chemin, "chaque tranche doit avoir un seuil (threshold)");
            }
            return new Parametre(chemin, description, unite, new TreeMap<>(), tranches, derniereVerification, documentation);
        }

        var unite = texte(metadata.get("unit"));
        if (unite == null || unite.isBlank()) {
            throw new ParametreInvalide(chemin, "unité absente (metadata.unit)");
        }
        var valeurs = valeurs(chemin, fichier.get("values"), references);
        if (valeurs.isEmpty()) {
            throw new ParametreInvalide(chemin, "aucune valeur datée (values)");
        }
        return new Parametre(chemin, description, unite, valeurs, List.of(), derniereVerification, documentation);
    }

    private static NavigableMap<LocalDate, ValeurDatee> composante(String chemin, @Nullable Object noeud,
            NavigableMap<LocalDate, List<Reference>> references) {
        if (noeud == null) {
            return new TreeMap<>();
        }
        if (!(noeud instanceof Map<?, ?> m)) {
            throw new ParametreInvalide(chemin, "composante de tranche mal formée");
        }
        return valeurs(chemin, m.get("values"), references);
    }

    private static NavigableMap<LocalDate, ValeurDatee> valeurs(String chemin, @Nullable Object noeud,
            NavigableMap<LocalDate, List<Reference>> references) {
        if (!(noeud instanceof Map<?, ?> valeurs)) {
            throw new ParametreInvalide(chemin, "values absent ou mal formé");
        }
        var resultat = new TreeMap<LocalDate, ValeurDatee>();
        for (var entree : valeurs.entrySet()) {
            var dateEffet = date(chemin, entree.getKey());
            var brut = entree.getValue() instanceof Map<?, ?> v ? v.get("value") : entree.getValue();
            var valeur = nombre(chemin, dateEffet, brut);
            var applicables = references.floorEntry(dateEffet);
            if (applicables == null) {
                throw new ParametreInvalide(chemin, "aucune référence juridique pour la valeur du " + dateEffet
                        + " (metadata.reference doit avoir une entrée à cette date ou avant)");
            }
            resultat.put(dateEffet, new ValeurDatee(dateEffet, valeur, applicables.getValue()));
        }
        return resultat;
    }

    private static @Nullable BigDecimal nombre(String chemin, LocalDate date, @Nullable Object brut) {
        if (brut == null) {
            return null;
        }
        if (brut instanceof Number || brut instanceof String) {
            try {
                return new BigDecimal(brut.toString().trim());
            } catch (NumberFormatException e) {
                // traité ci-dessous
            }
        }
        if (brut instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        throw new ParametreInvalide(chemin, "la valeur du " + date + " n'est pas un nombre : « " + brut + " »");
    }

    private static NavigableMap<LocalDate, List<Reference>> references(String chemin, @Nullable Object noeud) {
        var resultat = new TreeMap<LocalDate, List<Reference>>();
        if (!(noeud instanceof Map<?, ?> parDate)) {
            throw new ParametreInvalide(chemin, "références juridiques absentes (metadata.reference, par date d'effet)");
        }
        for (var entree : parDate.entrySet()) {
            var date = date(chemin, entree.getKey());
            var liste = new ArrayList<Reference>();
            var valeur = entree.getValue();
            for (var element : valeur instanceof List<?> l ? l : List.of(valeur == null ? "" : valeur)) {
                if (element instanceof Map<?, ?> ref && texte(ref.get("title")) != null) {
                    liste.add(new Reference(texte(ref.get("title")), texte(ref.get("href"))));
                } else if (element instanceof String titre && !titre.isBlank()) {
                    liste.add(new Reference(titre, null));
                } else {
                    throw new ParametreInvalide(chemin, "référence du " + date + " sans titre");
                }
            }
            resultat.put(date, List.copyOf(liste));
        }
        return resultat;
    }

    private static LocalDate date(String chemin, Object brut) {
        if (brut instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(brut.toString().trim());
        } catch (DateTimeParseException e) {
            throw new ParametreInvalide(chemin, "date d'effet invalide « " + brut + " » (AAAA-MM-JJ attendu)");
        }
    }

    private static @Nullable String texte(@Nullable Object o) {
        return o == null ? null : o.toString().trim();
    }
}
