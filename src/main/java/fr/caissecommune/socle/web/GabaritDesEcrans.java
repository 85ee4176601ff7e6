package fr.caissecommune.socle.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.caissecommune.socle.Agent;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.EntreeDeMenu;

/** Ce que le gabarit commun affiche sur chaque écran : l'agent connecté, son menu, le nom de la caisse. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GabaritDesEcrans {

    private final List<EntreeDeMenu> entrees;
    private final String nomDeLaCaisse;

    GabaritDesEcrans(List<EntreeDeMenu> entrees, @Value("${caisse.nom}") String nomDeLaCaisse) {
        this.entrees = entrees.stream().sorted(Comparator.comparingInt(EntreeDeMenu::ordre)).toList();
        this.nomDeLaCaisse = nomDeLaCaisse;
    }

    @ModelAttribute("agent")
    Agent agent() {
        return AgentConnecte.courant();
    }

    @ModelAttribute("menu")
    List<EntreeDeMenu> menu() {
        var agent = AgentConnecte.courant();
        return entrees.stream().filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(agent::a)).toList();
    }

    @ModelAttribute("nomDeLaCaisse")
    String nomDeLaCaisse() {
        return nomDeLaCaisse;
    }
}
