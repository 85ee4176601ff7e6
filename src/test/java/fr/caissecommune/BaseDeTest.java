package fr.caissecommune;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * La base des tests d'intégration : un vrai PostgreSQL quand il est disponible (obligatoire sous CI ou avec
 * {@code CAISSE_TEST_POSTGRES=1}), une base neuve par contexte Spring, supprimée à la fin ; sinon une base
 * H2 en mémoire en mode PostgreSQL, avec un avertissement.
 */
public final class BaseDeTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(BaseDeTest.class);
    private static final AtomicInteger COMPTEUR = new AtomicInteger();
    static final String SERVEUR = System.getenv().getOrDefault("CAISSE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String UTILISATEUR = System.getenv().getOrDefault("CAISSE_TEST_PG_USER", "postgres");

    /** Vrai si les tests doivent s'exécuter sur PostgreSQL. */
    public static boolean postgres() {
        return Disponibilite.POSTGRES;
    }

    private static final class Disponibilite {
        static final boolean POSTGRES = detecter();

        private static boolean detecter() {
            boolean exige = "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("CAISSE_TEST_POSTGRES"));
            if ("0".equals(System.getenv("CAISSE_TEST_POSTGRES"))) {
                return false;
            }
            try (var c = DriverManager.getConnection(SERVEUR + "postgres", UTILISATEUR, "")) {
                return c.isValid(2);
            } catch (SQLException e) {
                if (exige) {
                    throw new IllegalStateException("PostgreSQL exigé (CI ou CAISSE_TEST_POSTGRES=1) mais injoignable sur " + SERVEUR, e);
                }
                LOG.warn("PostgreSQL injoignable sur {} : les tests d'intégration s'exécutent sur H2 ({})", SERVEUR, e.getMessage());
                return false;
            }
        }
    }

    /** Propriété par laquelle un test impose sa propre base (par exemple pour redémarrer sur la même base). */
    public static final String BASE_IMPOSEE = "caisse.test.base-imposee";

    @Override
    public void initialize(ConfigurableApplicationContext contexte) {
        if (contexte.getEnvironment().containsProperty(BASE_IMPOSEE)) {
            return;
        }
        var proprietes = postgres() ? nouvelleBasePostgres() : Map.<String, Object>of(
                "spring.datasource.url", "jdbc:h2:mem:caisse" + COMPTEUR.incrementAndGet()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
        contexte.getEnvironment().getPropertySources().addFirst(new MapPropertySource("base-de-test", proprietes));
    }

    /**
     * Crée une base PostgreSQL neuve. Les bases laissées par les exécutions précédentes (processus terminés) sont
     * supprimées à la première création : supprimer à l'arrêt de la JVM retarderait sa sortie.
     */
    public static Map<String, Object> nouvelleBasePostgres() {
        if (COMPTEUR.get() == 0) {
            supprimerLesBasesOrphelines();
        }
        var nom = "caisse_test_" + ProcessHandle.current().pid() + "_" + COMPTEUR.incrementAndGet();
        executer("drop database if exists " + nom + " with (force)");
        executer("create database " + nom);
        return Map.of("spring.datasource.url", SERVEUR + nom + "?reWriteBatchedInserts=true",
                "spring.datasource.username", UTILISATEUR, "spring.datasource.password", "");
    }

    private static void supprimerLesBasesOrphelines() {
        try (Connection c = DriverManager.getConnection(SERVEUR + "postgres", UTILISATEUR, "");
                var r = c.createStatement().executeQuery("select datname from pg_database where datname like 'caisse\\_test\\_%'")) {
            var orphelines = new java.util.ArrayList<String>();
            while (r.next()) {
                var nom = r.getString(1);
                var pid = Long.parseLong(nom.split("_")[2]);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                orphelines.add(nom);
            }
            orphelines.forEach(nom -> executer("drop database if exists " + nom + " with (force)"));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Nettoyage des bases de test orphelines impossible : {}", e.getMessage());
        }
    }

    private static void executer(String sql) {
        try (Connection c = DriverManager.getConnection(SERVEUR + "postgres", UTILISATEUR, ""); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
