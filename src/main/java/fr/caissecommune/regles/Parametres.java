package fr.caissecommune.regles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Les paramètres législatifs de l'application : le jeu courant, chargé au démarrage depuis
 * {@code regles/parametres/**.yaml} (le démarrage échoue si un fichier est invalide), et les jeux des versions
 * antérieures, archivés en base pour rejouer une décision.
 */
@Service
public class Parametres {

    private static final Logger LOG = LoggerFactory.getLogger(Parametres.class);
    static final String RACINE = "regles/parametres/";

    private final JeuDeParametres courant;
    private final JdbcClient jdbc;
    private final Map<String, JeuDeParametres> versions = new ConcurrentHashMap<>();

    Parametres(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.courant = JeuDeParametres.depuis(lireLesFichiers());
        versions.put(courant.version(), courant);
        transactions.executeWithoutResult(t -> archiver(courant));
        LOG.info("Paramètres législatifs : {} paramètres, version {}", courant.tous().size(), courant.version().substring(0, 12));
    }

    static Map<String, String> lireLesFichiers() {
        var fichiers = new TreeMap<String, String>();
        try {
            for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + RACINE + "**/*.yaml")) {
                var url = ressource.getURL().toString();
                var chemin = url.substring(url.lastIndexOf(RACINE) + RACINE.length(), url.length() - ".yaml".length());
                fichiers.put(chemin, ressource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture des paramètres législatifs impossible", e);
        }
        return fichiers;
    }

    private void archiver(JeuDeParametres jeu) {
        boolean connu = jdbc.sql("select count(*) from regles.jeu_de_parametres where version = ?")
                .param(jeu.version()).query(Integer.class).single() > 0;
        if (!connu) {
            jdbc.sql("insert into regles.jeu_de_parametres (version, charge_le, contenu) values (?, ?, ?)")
                    .params(jeu.version(), java.sql.Timestamp.from(Instant.now()), jeu.archive()).update();
        }
    }

    /** Le jeu de paramètres en vigueur dans cette version de l'application. */
    public JeuDeParametres courant() {
        return courant;
    }

    /** Les paramètres en vigueur à une date, dans le jeu courant. */
    public Instantane a(LocalDate date) {
        return courant.a(date);
    }

    public String version() {
        return courant.version();
    }

    /** Un jeu archivé, pour rejouer une décision prise avec une version antérieure des paramètres. */
    public JeuDeParametres version(String version) {
        return versions.computeIfAbsent(version, v -> jdbc.sql("select contenu from regles.jeu_de_parametres where version = ?")
                .param(v).query(String.class).optional()
                .map(JeuDeParametres::depuisArchive)
                .orElseThrow(() -> new ParametreIntrouvable("version " + v)));
    }

    public Collection<Parametre> tous() {
        return courant.tous();
    }
}
