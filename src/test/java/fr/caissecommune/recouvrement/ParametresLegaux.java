package fr.caissecommune.recouvrement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import fr.caissecommune.regles.JeuDeParametres;

/** Les paramètres législatifs du dépôt ({@code regles/parametres/}), chargés sans Spring pour les tests unitaires. */
public final class ParametresLegaux {

    private static final JeuDeParametres JEU = charger();
    private static final Map<LocalDate, ParametresDeCotisation> PAR_DATE = new java.util.concurrent.ConcurrentHashMap<>();

    private ParametresLegaux() {
    }

    public static JeuDeParametres jeu() {
        return JEU;
    }

    public static ParametresDeCotisation au(LocalDate date) {
        return PAR_DATE.computeIfAbsent(date, d -> ParametresDeCotisation.depuis(JEU.a(d)));
    }

    private static JeuDeParametres charger() {
        var racine = Path.of("regles/parametres");
        var fichiers = new TreeMap<String, String>();
        try (var chemins = Files.walk(racine)) {
            for (var f : chemins.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                var relatif = racine.relativize(f).toString().replace('\\', '/');
                fichiers.put(relatif.substring(0, relatif.length() - ".yaml".length()), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JeuDeParametres.depuis(fichiers);
    }
}
