package fr.caissecommune.famille.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.caissecommune.famille.openfisca.CalculateurOpenFisca;
import fr.caissecommune.famille.openfisca.CalculateurOpenFisca.CalculRefuse;
import fr.caissecommune.famille.openfisca.CalculateurOpenFisca.VariableDeLApi;
import fr.caissecommune.regles.Parametres;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * L'API de calcul compatible avec l'API Web d'OpenFisca : une situation (individus, familles, foyers fiscaux,
 * ménages ; variables par période, {@code null} pour une valeur demandée) et la même situation en réponse, les
 * valeurs demandées remplies. Aucune donnée personnelle n'est enregistrée : c'est un simulateur.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calcul", description = "Calcul des prestations au format de l'API Web d'OpenFisca")
class ApiDeCalcul {

    private final Parametres parametres;
    private final java.util.concurrent.atomic.AtomicReference<CalculateurOpenFisca> calculateur = new java.util.concurrent.atomic.AtomicReference<>();

    ApiDeCalcul(Parametres parametres) {
        this.parametres = parametres;
    }

    /** Le calculateur du jeu de paramètres courant, construit au premier appel. */
    private CalculateurOpenFisca calculateur() {
        return calculateur.updateAndGet(c -> c != null ? c : new CalculateurOpenFisca(parametres.courant()));
    }

    @PostMapping("/calculate")
    @Operation(summary = "Calculer les variables demandées (valeur null) d'une situation au format OpenFisca ; "
            + "422 avec la liste des variables inconnues")
    Map<String, Object> calculer(@RequestBody Map<String, Object> situation) {
        return calculateur().calculer(situation);
    }

    @GetMapping("/variables")
    @Operation(summary = "Les variables prises en charge : calculées (sorties) et d'entrée, avec leur entité")
    List<VariableDeLApi> variables() {
        return calculateur().variables();
    }

    @ExceptionHandler(CalculRefuse.class)
    ProblemDetail refuse(CalculRefuse e) {
        var probleme = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        probleme.setTitle("Calcul refusé");
        probleme.setProperty("variables_entree_inconnues", e.entreesInconnues());
        probleme.setProperty("variables_demandees_non_calculees", e.sortiesInconnues());
        return probleme;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail malFormee(IllegalArgumentException e) {
        var probleme = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Situation mal formée : " + e.getMessage());
        probleme.setTitle("Situation mal formée");
        return probleme;
    }
}
