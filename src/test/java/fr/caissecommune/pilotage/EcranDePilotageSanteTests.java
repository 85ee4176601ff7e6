package fr.caissecommune.pilotage;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.sante.DecomptesLiquides;

/** Le tableau de bord de la direction montre la branche santé (liquidation, délais, rejets, montants par catégorie). */
@SpringBootTest
@AutoConfigureMockMvc
class EcranDePilotageSanteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void afficheLesIndicateursDeLaBrancheSante() throws Exception {
        mvc.perform(get("/pilotage").with(user("direction").roles("DIRECTION")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Branche Santé : liquidation des feuilles de soins")))
                .andExpect(content().string(Matchers.containsString("FSE remboursées en 7 jours")))
                .andExpect(content().string(Matchers.containsString("Rejets par motif")))
                .andExpect(content().string(Matchers.containsString("Montants remboursés par catégorie de soins")));
    }

    @Test
    void lesRejetsSontNommesParLeurLibelleEnFrancais() {
        transaction.executeWithoutResult(t -> evenements.publishEvent(new DecomptesLiquides(LocalDate.of(2025, 3, 3), 10, 9, 1,
                Montant.euros("100.00"), Map.of("FSE", 10), Map.of("DOUBLON", 1), Map.of(), Map.of())));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/pilotage").with(user("direction").roles("DIRECTION")))
                .andExpect(content().string(Matchers.containsString("Soins déjà liquidés : même bénéficiaire")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">DOUBLON<")))));
    }
}
