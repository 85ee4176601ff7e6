package fr.caissecommune.sante.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.caissecommune.sante.Cumuls;
import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.SoinsLiquides;
import fr.caissecommune.sante.json.FormatDesDecomptes;
import fr.caissecommune.sante.json.FormatDesFeuilles;

/**
 * {@code POST /api/sante/liquidations/simulation} : liquide une feuille de soins en simulation (format d'une ligne
 * de {@code docs/sante-format-feuilles.md}, situation du bénéficiaire comprise) et rend son décompte. Rien n'est
 * enregistré ; les cumuls du bénéficiaire sont vides. Une feuille mal formée donne un {@code ProblemDetail}
 * (RFC 9457) qui nomme le champ.
 */
@RestController
@RequestMapping("/api/sante/liquidations")
class SimulationApi {

    private final LiquidationDesSoins liquidation;

    SimulationApi(LiquidationDesSoins liquidation) {
        this.liquidation = liquidation;
    }

    @PostMapping(path = "/simulation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> simuler(@RequestBody String feuille) {
        var lue = FormatDesFeuilles.simulation().lire(feuille);
        if (!lue.estValide()) {
            var probleme = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, lue.erreur());
            probleme.setTitle("Feuille de soins mal formée");
            probleme.setType(URI.create("urn:caisse:sante:feuille-invalide"));
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
        }
        var simulee = lue.feuille();
        var decompte = liquidation.liquider(simulee.feuille(), simulee.situation(), Cumuls.AUCUN, SoinsLiquides.AUCUN);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FormatDesDecomptes.ecrire(decompte));
    }
}
