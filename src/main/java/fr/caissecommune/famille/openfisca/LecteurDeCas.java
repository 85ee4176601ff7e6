package fr.caissecommune.famille.openfisca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Lit un fichier de cas au format de test d'OpenFisca (un cas ou une liste de cas). */
public final class LecteurDeCas {

    private LecteurDeCas() {
    }

    /**
     * Les cas d'un fichier. Un fichier illisible ou mal structuré lève une {@link IllegalArgumentException} qui nomme
     * le fichier (et le cas fautif).
     */
    public static List<CasOpenFisca> lire(String fichier, String contenu) {
        Object racine;
        try {
            racine = new Yaml(new SafeConstructor(new LoaderOptions())).load(contenu);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("Cas " + fichier + " : YAML mal formé (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        var elements = racine instanceof List<?> liste ? liste : racine == null ? List.of() : List.of(racine);
        var cas = new ArrayList<CasOpenFisca>();
        int numero = 0;
        for (var element : elements) {
            numero++;
            if (!(element instanceof Map<?, ?> test)) {
                throw new IllegalArgumentException("Cas " + fichier + " n° " + numero + " : dictionnaire attendu");
            }
            var nom = test.get("name") == null ? fichier + "#" + numero : test.get("name").toString();
            cas.add(new CasOpenFisca(fichier, nom, test.get("period") == null ? null : test.get("period").toString(), test.get("absolute_error_margin"),
                    test.get("relative_error_margin"), dictionnaire(test.get("input"), nom, "input"),
                    dictionnaire(test.get("output"), nom, "output")));
        }
        return cas;
    }

    private static Map<String, Object> dictionnaire(Object noeud, String nom, String cle) {
        if (noeud == null) {
            return Map.of();
        }
        if (!(noeud instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Cas " + nom + " : « " + cle + " » doit être un dictionnaire");
        }
        var resultat = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> resultat.put(k.toString(), v));
        return resultat;
    }
}
