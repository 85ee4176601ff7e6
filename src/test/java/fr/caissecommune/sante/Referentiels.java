package fr.caissecommune.sante;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.sante.calcul.ParametresALaDate;
import fr.caissecommune.sante.calcul.ParametresSante;
import fr.caissecommune.sante.nomenclatures.ClasseDeMedicament;
import fr.caissecommune.sante.nomenclatures.Nomenclatures;

/** Les paramètres et nomenclatures livrés, chargés une fois pour les tests sans Spring. */
public final class Referentiels {

    public static final JeuDeParametres JEU = JeuDeParametres.depuis(fichiersDeParametres(Map.of()));
    public static final ParametresALaDate PARAMETRES = ParametresSante.enCache(JEU);
    public static final Nomenclatures NOMENCLATURES = Nomenclatures.chargerDepuisLeClasspath(date -> ClasseDeMedicament.parTaux(JEU.a(date)));

    private Referentiels() {
    }

    /** Les fichiers de paramètres du classpath, complétés ou remplacés par ceux donnés (chemin → YAML). */
    public static Map<String, String> fichiersDeParametres(Map<String, String> supplementaires) {
        var fichiers = new TreeMap<String, String>();
        try {
            for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:regles/parametres/**/*.yaml")) {
                var url = r.getURL().toString();
                var chemin = url.substring(url.lastIndexOf("regles/parametres/") + "regles/parametres/".length(), url.length() - ".yaml".length());
                fichiers.put(chemin, r.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fichiers.putAll(supplementaires);
        return fichiers;
    }
}
