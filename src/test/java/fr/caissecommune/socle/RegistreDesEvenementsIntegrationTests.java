package fr.caissecommune.socle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import essais.evenements.EcouteurCapricieux;
import essais.evenements.EvenementDEssai;
import fr.caissecommune.BaseDeTest;
import fr.caissecommune.CaisseCommuneApplication;

/**
 * Rien ne se perd : un événement dont l'écouteur a échoué reste inscrit au registre de publication (table
 * {@code event_publication}) et lui est livré de nouveau au redémarrage de l'application.
 */
class RegistreDesEvenementsIntegrationTests {

    @Test
    void unEvenementDontLEcouteurAEchoueEstLivreDeNouveauAuRedemarrage() {
        var base = baseCommuneAuxDeuxDemarrages();
        EcouteurCapricieux.RECUS.clear();
        EcouteurCapricieux.EN_PANNE.set(true);
        try (var premier = demarrer(base)) {
            new TransactionTemplate(premier.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .executeWithoutResult(t -> premier.publishEvent(new EvenementDEssai("naissance de Léa")));
            var jdbc = premier.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select count(*) from event_publication where listener_id = 'essais.ecouteur-capricieux' and completion_date is null
                    and completion_attempts >= 1""").query(Long.class).single() == 1);
            assertThat(EcouteurCapricieux.RECUS).isEmpty();
        }

        EcouteurCapricieux.EN_PANNE.set(false);
        try (var second = demarrer(base)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> EcouteurCapricieux.RECUS.contains("naissance de Léa"));
            var jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from event_publication where listener_id = 'essais.ecouteur-capricieux' and completion_date is null")
                    .query(Long.class).single() == 0);
            assertThat(EcouteurCapricieux.RECUS).containsExactly("naissance de Léa");
            assertThat(second.getBean(IncompleteEventPublications.class)).isNotNull();
        }
    }

    private static Map<String, Object> baseCommuneAuxDeuxDemarrages() {
        return BaseDeTest.postgres() ? BaseDeTest.nouvelleBasePostgres()
                : Map.of("spring.datasource.url", "jdbc:h2:mem:registre" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static ConfigurableApplicationContext demarrer(Map<String, Object> base) {
        var proprietes = new HashMap<String, Object>(base);
        proprietes.put("spring.modulith.events.republish-outstanding-events-on-restart", "true");
        proprietes.put(BaseDeTest.BASE_IMPOSEE, "true");
        // En arguments de ligne de commande : ils priment sur application.yml (les propriétés par défaut, non).
        var arguments = proprietes.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CaisseCommuneApplication.class, EcouteurCapricieux.class)
                .web(WebApplicationType.NONE).run(arguments);
    }
}
