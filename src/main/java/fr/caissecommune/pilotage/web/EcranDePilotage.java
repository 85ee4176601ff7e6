package fr.caissecommune.pilotage.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.caissecommune.pilotage.TableauDeBord;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.Role;
import tools.jackson.databind.json.JsonMapper;

/** Le tableau de bord de la direction, avec son graphique des montants versés par mois. */
@Controller
@PreAuthorize("hasAnyRole('DIRECTION', 'COMPTABLE')")
class EcranDePilotage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TableauDeBord tableau;
    private final fr.caissecommune.pilotage.TableauDeBordSante sante;

    EcranDePilotage(TableauDeBord tableau, fr.caissecommune.pilotage.TableauDeBordSante sante) {
        this.tableau = tableau;
        this.sante = sante;
    }

    @Bean
    static EntreeDeMenu menuPilotage() {
        return EntreeDeMenu.pour("Pilotage", "/pilotage", 80, Role.DIRECTION, Role.COMPTABLE);
    }

    @GetMapping("/pilotage")
    String tableauDeBord(Model model) {
        var famille = tableau.famille();
        var graphique = new LinkedHashMap<String, Object>();
        graphique.put("mois", famille.stream().map(TableauDeBord.MoisFamille::mois).toList());
        graphique.put("verse", famille.stream().map(TableauDeBord.MoisFamille::montantVerse).toList());
        graphique.put("du", famille.stream().map(TableauDeBord.MoisFamille::montantDuBrut).toList());
        graphique.put("foyers", famille.stream().map(TableauDeBord.MoisFamille::foyersBeneficiairesAf).toList());
        model.addAttribute("famille", famille);
        model.addAttribute("beneficiaires", tableau.beneficiairesDuDernierMois());
        model.addAttribute("dernier", famille.isEmpty() ? null : famille.getLast());
        model.addAttribute("regularisations", tableau.regularisations());
        model.addAttribute("delais", tableau.delais());
        model.addAttribute("delaisCumules", tableau.delaisCumules());
        model.addAttribute("totalVerse", famille.stream().map(TableauDeBord.MoisFamille::montantVerse).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("graphique", JSON.writeValueAsString(graphique));
        model.addAttribute("sante", sante.indicateurs());
        model.addAttribute("libellesDesMotifs", java.util.Arrays.stream(fr.caissecommune.sante.MotifDeRejet.values())
                .collect(java.util.stream.Collectors.toMap(Enum::name, fr.caissecommune.sante.MotifDeRejet::libelle)));
        return "pilotage/tableau-de-bord";
    }
}
