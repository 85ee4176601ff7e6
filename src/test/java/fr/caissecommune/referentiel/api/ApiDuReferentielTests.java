package fr.caissecommune.referentiel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import fr.caissecommune.commun.Nir;

/**
 * L'API du référentiel face aux mauvaises données : chaque refus est un 422 (ou 400 pour un JSON illisible) au
 * format RFC 9457 qui nomme le champ et la règle, et rien n'est écrit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDuReferentielTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long personnes() {
        return jdbc.sql("select count(*) from referentiel.personne").query(Long.class).single();
    }

    static String nir(String treize) {
        return treize + String.format("%02d", Nir.cle(treize));
    }

    String personne(String nir, String commune, String date) {
        return """
                {"nir": "%s", "nomDeNaissance": "Pradal", "prenoms": "Jeanne", "sexe": "F", "dateDeNaissance": "%s",
                 "communeDeNaissance": "%s"}""".formatted(nir, date, commune);
    }

    @Test
    void inscritUnePersonneEtRefuseLeMemeNirEnNommantLeChamp() throws Exception {
        var leNir = nir("2920748095123");
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(leNir, "48095", "1992-07-14")))
                .andExpect(status().isCreated()).andExpect(header().exists("Location")).andExpect(jsonPath("$.id").isNotEmpty());
        long avant = personnes();
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(leNir, "48095", "1992-07-14")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.erreurs[0].champ").value("nir"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("NIR déjà inscrit")));
        assertThat(personnes()).isEqualTo(avant);
    }

    @Test
    void refuseUnNirDontLaCleEstFausseEnDonnantLaCleAttendue() throws Exception {
        long avant = personnes();
        var faux = "292074809512300";
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(faux, "48095", "1992-07-14")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.erreurs[0].champ").value("nir"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.matchesPattern("NIR invalide : clé \\d\\d attendue, 00 reçue")));
        assertThat(personnes()).isEqualTo(avant);
    }

    @Test
    void refuseUneCommuneInconnueEtUneDateInvalide() throws Exception {
        long avant = personnes();
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(nir("2920748095124"), "48999", "1992-07-14")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.erreurs[0].champ").value("communeDeNaissance"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("Commune inconnue")));
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(nir("2920748095125"), "48095", "1992-13-40")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.erreurs[0].champ").value("dateDeNaissance"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("Date invalide")));
        assertThat(personnes()).isEqualTo(avant);
    }

    @Test
    void refuseUnJsonMalFormeEtUneProprieteInconnue() throws Exception {
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nomDeNaissance\": \"Pradal\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("JSON mal formé")));
        mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nomDeNaissance\": \"Pradal\", \"age\": 34}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("Propriété inconnue : age")));
    }

    @Test
    void refuseUnIbanFauxEtUnSiretFaux() throws Exception {
        var reponse = mvc.perform(post("/api/v1/personnes").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(personne(nir("1850148095126").replaceFirst("^1", "1"), "48095", "1985-01-03").replace("\"F\"", "\"M\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(reponse, "$.id");
        mvc.perform(post("/api/v1/personnes/" + id + "/comptes-bancaires").with(httpBasic("accueil", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"iban\": \"FR1420041010050500013M02607\", \"titulaire\": \"J. Pradal\", \"dateEffet\": \"2026-01-01\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.erreurs[0].champ").value("iban"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("clé de contrôle")));
        mvc.perform(post("/api/v1/etablissements").with(httpBasic("accueil", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siret\": \"73282932000075\", \"raisonSociale\": \"Boulangerie\", \"commune\": \"48095\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.erreurs[0].champ").value("siret"))
                .andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("Luhn")));
    }

    @Test
    void exigeUneAuthentificationEtPublieLaDescriptionOpenApi() throws Exception {
        mvc.perform(get("/api/v1/personnes").param("nom", "pradal")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(httpBasic("direction", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/personnes']").exists());
    }
}
