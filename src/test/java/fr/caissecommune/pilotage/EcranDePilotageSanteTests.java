package fr.caissecommune.pilotage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Le tableau de bord de la direction montre la branche santé (liquidation, délais, rejets, montants par catégorie). */
@SpringBootTest
@AutoConfigureMockMvc
class EcranDePilotageSanteTests {

    @Autowired
    MockMvc mvc;

    @Test
    void afficheLesIndicateursDeLaBrancheSante() throws Exception {
        mvc.perform(get("/pilotage").with(user("direction").roles("DIRECTION")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Branche Santé : liquidation des feuilles de soins")))
                .andExpect(content().string(Matchers.containsString("FSE remboursées en 7 jours")))
                .andExpect(content().string(Matchers.containsString("Rejets par motif")))
                .andExpect(content().string(Matchers.containsString("Montants remboursés par catégorie de soins")));
    }
}
