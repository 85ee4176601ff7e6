package fr.caissecommune.sante.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.Referentiels;

/** La simulation d'une feuille par l'API REST : le décompte, ou un ProblemDetail qui nomme le champ fautif. */
@WebMvcTest(SimulationApi.class)
@Import(SimulationApiTests.Liquidation.class)
class SimulationApiTests {

    @TestConfiguration
    static class Liquidation {
        @Bean
        LiquidationDesSoins liquidationDesSoins() {
            return LiquidationDesSoins.avec(Referentiels.JEU, Referentiels.NOMENCLATURES);
        }
    }

    static final String FEUILLE = """
            {"id":"F-1","nir":"184127645108946","date_soins":"2025-03-12","executant":{"rpps":"10005831911","specialite":"MEDECIN_GENERALISTE"},
             "lignes":[{"code":"G"}]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void rendLeDecompteDUneFeuille() throws Exception {
        mvc.perform(post("/api/sante/liquidations/simulation").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FEUILLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statut").value("PAYE"))
                .andExpect(jsonPath("$.lignes[0].taux").value(70))
                .andExpect(jsonPath("$.montant_paye").value(19.00))
                .andExpect(jsonPath("$.payeur").value("ASSURE"));
    }

    @Test
    void repondParUnProblemeQuiNommeLeChampFautif() throws Exception {
        mvc.perform(post("/api/sante/liquidations/simulation").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(FEUILLE.replace("\"G\"", "\"G\",\"quantite\":0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("champ « lignes[0].quantite » : entier de 1 à 999 attendu, 0 reçu"));
    }
}
