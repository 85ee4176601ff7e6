package fr.caissecommune.socle.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.socle.SaisieRefusee;

/**
 * Les refus de l'API REST, au format RFC 9457 ({@code application/problem+json}) : un titre en français et la
 * liste des champs en cause, jamais une erreur 500 pour une donnée invalide.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErreursDeLApi {

    @ExceptionHandler(SaisieRefusee.class)
    ProblemDetail saisieRefusee(SaisieRefusee e) {
        return probleme(HttpStatus.UNPROCESSABLE_ENTITY, "Données refusées", e.erreurs());
    }

    @ExceptionHandler(ChampInvalide.class)
    ProblemDetail champInvalide(ChampInvalide e) {
        return probleme(HttpStatus.UNPROCESSABLE_ENTITY, "Données refusées", Map.of(e.champ(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail illisible(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause().getMessage();
        var propriete = cause != null && cause.contains("Unrecognized property") ? "Propriété inconnue : " + extraire(cause)
                : "JSON mal formé : " + (cause == null ? "" : cause.lines().findFirst().orElse(""));
        return probleme(HttpStatus.BAD_REQUEST, "Requête illisible", Map.of("corps", propriete));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parametre(MethodArgumentTypeMismatchException e) {
        return probleme(HttpStatus.BAD_REQUEST, "Paramètre invalide", Map.of(e.getName(), "Valeur invalide : « " + e.getValue() + " »"));
    }

    @ExceptionHandler(fr.caissecommune.commun.Introuvable.class)
    ProblemDetail introuvable(fr.caissecommune.commun.Introuvable e) {
        return probleme(HttpStatus.NOT_FOUND, "Introuvable", Map.of("ressource", e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflit(IllegalStateException e) {
        return probleme(HttpStatus.CONFLICT, "Opération impossible dans l'état actuel", Map.of("etat", e.getMessage()));
    }

    private static String extraire(String message) {
        int debut = message.indexOf('"');
        int fin = debut < 0 ? -1 : message.indexOf('"', debut + 1);
        return debut >= 0 && fin > debut ? message.substring(debut + 1, fin) : message.lines().findFirst().orElse("");
    }

    private static ProblemDetail probleme(HttpStatus statut, String titre, Map<String, String> erreurs) {
        var probleme = ProblemDetail.forStatusAndDetail(statut, erreurs.size() == 1 ? erreurs.values().iterator().next()
                : erreurs.size() + " champs refusés");
        probleme.setTitle(titre);
        probleme.setType(URI.create("https://caisse-commune.fr/problemes/" + (statut.value() == 422 ? "donnees-refusees" : statut.value())));
        probleme.setProperty("erreurs", erreurs.entrySet().stream()
                .map(e -> Map.of("champ", e.getKey(), "message", e.getValue())).toList());
        return probleme;
    }
}
