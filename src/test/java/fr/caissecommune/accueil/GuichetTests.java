package fr.caissecommune.accueil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Le guichet : inscription (refus motivés, doublons signalés), habilitations, journal d'audit. */
@SpringBootTest
@AutoConfigureMockMvc
class GuichetTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long personnes() {
        return jdbc.sql("select count(*) from referentiel.personne").query(Long.class).single();
    }

    @Test
    void inscritUnePersonneEtSignaleUnDoublonProbableAvantDeLInscrireUneSecondeFois() throws Exception {
        var agent = user("accueil").roles("ACCUEIL");
        mvc.perform(post("/personnes/nouvelle").with(agent).with(csrf()).param("nomDeNaissance", "Boissonnade").param("prenoms", "Rose")
                        .param("sexe", "F").param("dateDeNaissance", "1961-03-08").param("communeDeNaissance", "48095"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/personnes/*"));
        long apresLaPremiere = personnes();
        mvc.perform(post("/personnes/nouvelle").with(agent).with(csrf()).param("nomDeNaissance", "BOISSONNADE").param("prenoms", "Rose")
                        .param("sexe", "F").param("dateDeNaissance", "1961-03-08").param("communeDeNaissance", "48095"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Doublon probable")));
        assertThat(personnes()).isEqualTo(apresLaPremiere);
        mvc.perform(post("/personnes/nouvelle").with(agent).with(csrf()).param("nomDeNaissance", "BOISSONNADE").param("prenoms", "Rose")
                        .param("sexe", "F").param("dateDeNaissance", "1961-03-08").param("communeDeNaissance", "48095").param("confirmer", "oui"))
                .andExpect(status().is3xxRedirection());
        assertThat(personnes()).isEqualTo(apresLaPremiere + 1);
    }

    @Test
    void refuseUnFormulaireInvalideEnNommantChaqueChamp() throws Exception {
        long avant = personnes();
        mvc.perform(post("/personnes/nouvelle").with(user("accueil").roles("ACCUEIL")).with(csrf()).param("nir", "184127645108947")
                        .param("nomDeNaissance", "Martin").param("prenoms", "").param("sexe", "M").param("dateDeNaissance", "31/12/1984")
                        .param("communeDeNaissance", "4809"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIR invalide : clé 46 attendue, 47 reçue")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Date invalide")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Code commune invalide")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Champ obligatoire")));
        assertThat(personnes()).isEqualTo(avant);
    }

    @Test
    void leJournalDAuditNEstOuvertQuALaDirection() throws Exception {
        mvc.perform(get("/audit").with(user("accueil").roles("ACCUEIL"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("direction").roles("DIRECTION"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Journal d'audit des accès")));
    }

    @Test
    void lesEcransExigentUneConnexion() throws Exception {
        mvc.perform(get("/guichet").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/connexion*"));
    }
}
