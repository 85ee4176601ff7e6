package fr.caissecommune.famille.api;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.regles.Parametres;

/** L'API de calcul au format OpenFisca : situation complétée, 422 nommant les variables inconnues, liste des variables. */
@WebMvcTest(ApiDeCalcul.class)
class ApiDeCalculTests {

    static final JeuDeParametres JEU = parametresLivres();

    @MockitoBean
    Parametres parametres;

    @Autowired
    MockMvc mvc;

    static final String FAMILLE = """
            {"individus": {"parent1": {"date_naissance": "1980-01-01", "revenu_assimile_salaire": {"2016": 60000}},
                           "enfant1": {"date_naissance": "2006-03-01"}, "enfant2": {"date_naissance": "2008-03-01"}},
             "familles": {"famille_1": {"parents": ["parent1"], "enfants": ["enfant1", "enfant2"], "af": {"2018-01": null}%s}},
             "menages": {"menage_1": {"personne_de_reference": ["parent1"], "enfants": ["enfant1", "enfant2"]}}}""";

    @Test
    void rendLaSituationAvecLesValeursDemandeesRemplies() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        // 2 enfants, ressources 2016 : 60 000 € − 10 % ≤ plafond → 32 % × 407,84 € = 130,51 €
        mvc.perform(post("/api/v1/calculate").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FAMILLE.formatted("")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familles.famille_1.af['2018-01']").value(130.51))
                .andExpect(jsonPath("$.individus.parent1.revenu_assimile_salaire['2016']").value(60000));
    }

    @Test
    void refuseUneVariableDEntreeInconnueEnLaNommant() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        mvc.perform(post("/api/v1/calculate").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILLE.formatted(", \"nationalite_martienne\": {\"2018-01\": true}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.variables_entree_inconnues[0]").value("nationalite_martienne"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("nationalite_martienne")));
    }

    @Test
    void refuseUneVariableDemandeeQueLeMoteurNeCalculePas() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        mvc.perform(post("/api/v1/calculate").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILLE.formatted(", \"impot_sur_la_fortune\": {\"2018-01\": null}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.variables_demandees_non_calculees[0]").value("familles.impot_sur_la_fortune"));
    }

    @Test
    void calculeUneVariableDIndividuEtUneVariableDeFamilleDansLaMemeSituation() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        // AAH 2024 d'une personne seule sans ressources (CSS L821-1) ; ASF du parent isolé (CSS L523-1), BMAF revalorisée en avril
        var situation = """
                {"individus": {"adulte": {"date_naissance": "1990-01-01", "taux_incapacite": {"2024-06": 0.8}, "aah": {"2024-06": null}},
                               "enfant": {"date_naissance": "2016-01-01"}},
                 "familles": {"f": {"parents": ["adulte"], "enfants": ["enfant"], "asf": {"2024-06": null, "2024": null}}}}""";
        mvc.perform(post("/api/v1/calculate").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(situation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individus.adulte.aah['2024-06']").value(1016.05))
                .andExpect(jsonPath("$.familles.f.asf['2024-06']").value(196.84))
                .andExpect(jsonPath("$.familles.f.asf['2024']").value(Matchers.closeTo(3 * 188.18 + 9 * 196.84, 0.001)));
    }

    @Test
    void refuseLaValeurImposeeDUneVariableCalculeeSurLaPeriodeDemandee() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        mvc.perform(post("/api/v1/calculate").with(user("agent")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILLE.formatted(", \"aeeh\": {\"2018-01\": 150}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.variables_entree_inconnues[0]").value(Matchers.startsWith("aeeh ")));
    }

    @Test
    void publieLesVariablesPrisesEnCharge() throws Exception {
        when(parametres.courant()).thenReturn(JEU);
        mvc.perform(get("/api/v1/variables").with(user("agent")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.nom == 'af')].nature").value(Matchers.hasItem("calculée (montant mensuel)")))
                .andExpect(jsonPath("$[?(@.nom == 'date_naissance')].entite").value(Matchers.hasItem("individus")))
                .andExpect(jsonPath("$[?(@.nom == 'aah')].entite").value(Matchers.hasItem("individus")))
                .andExpect(jsonPath("$[?(@.nom == 'handicap')].nature").value(Matchers.hasItem("entrée")));
    }

    static JeuDeParametres parametresLivres() {
        var fichiers = new TreeMap<String, String>();
        try {
            for (var ressource : new PathMatchingResourcePatternResolver().getResources("classpath*:regles/parametres/**/*.yaml")) {
                var url = ressource.getURL().toString();
                var debut = url.lastIndexOf("regles/parametres/") + "regles/parametres/".length();
                fichiers.put(url.substring(debut, url.length() - ".yaml".length()), ressource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JeuDeParametres.depuis(fichiers);
    }
}
