package fr.caissecommune.pilotage.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.caissecommune.pilotage.TableauDuRecouvrement;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.Role;
import tools.jackson.databind.json.JsonMapper;

/** Le tableau de bord du recouvrement : comptes, liquidé et encaissé, restes à recouvrer, plans, contrôles. */
@Controller
@PreAuthorize("hasAnyRole('DIRECTION', 'COMPTABLE', 'GESTIONNAIRE_RECOUVREMENT')")
class EcranDuRecouvrement {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TableauDuRecouvrement tableau;

    EcranDuRecouvrement(TableauDuRecouvrement tableau) {
        this.tableau = tableau;
    }

    @Bean
    static EntreeDeMenu menuPilotageRecouvrement() {
        return EntreeDeMenu.pour("Pilotage du recouvrement", "/pilotage/recouvrement", 82, Role.DIRECTION, Role.COMPTABLE, Role.GESTIONNAIRE_RECOUVREMENT);
    }

    @GetMapping("/pilotage/recouvrement")
    String tableauDeBord(Model model) {
        var mois = tableau.mois();
        var encaissements = tableau.encaissementsParMois();
        var majorations = tableau.majorationsParMois();
        var graphique = new LinkedHashMap<String, Object>();
        graphique.put("mois", mois);
        graphique.put("encaisse", mois.stream().map(m -> encaissements.getOrDefault(m, BigDecimal.ZERO)).toList());
        graphique.put("majorations", mois.stream().map(m -> majorations.getOrDefault(m, BigDecimal.ZERO)).toList());
        var cotisants = tableau.cotisantsParCategorie();
        model.addAttribute("cotisants", cotisants);
        model.addAttribute("totalCotisants", cotisants.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        var rar = tableau.restesARecouvrer();
        model.addAttribute("rar", rar);
        model.addAttribute("dernierTotal", rar.stream().filter(l -> l.categorie().equals("Total")).findFirst().orElse(null));
        model.addAttribute("plans", tableau.plans());
        model.addAttribute("controles", tableau.controles());
        model.addAttribute("graphique", JSON.writeValueAsString(graphique));
        return "pilotage/recouvrement";
    }
}
