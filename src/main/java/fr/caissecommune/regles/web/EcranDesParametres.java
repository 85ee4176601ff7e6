package fr.caissecommune.regles.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.commun.Introuvable;
import fr.caissecommune.regles.Parametre;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.socle.EntreeDeMenu;

/** Les paramètres législatifs en vigueur, leur historique et leurs références juridiques, consultables par tous les agents. */
@Controller
class EcranDesParametres {

    /** Une ligne de la liste : le paramètre et sa valeur en vigueur aujourd'hui (ou la dernière connue). */
    record Ligne(Parametre parametre, @Nullable String valeurDuJour, @Nullable LocalDate depuis) {
    }

    private final Parametres parametres;

    EcranDesParametres(Parametres parametres) {
        this.parametres = parametres;
    }

    @Bean
    static EntreeDeMenu menuParametres() {
        return EntreeDeMenu.pour("Paramètres législatifs", "/parametres", 95);
    }

    @GetMapping("/parametres")
    String liste(@RequestParam(required = false) @Nullable String filtre, Model model) {
        var aujourdHui = LocalDate.now();
        List<Ligne> lignes = parametres.tous().stream()
                .filter(p -> filtre == null || filtre.isBlank() || p.chemin().contains(filtre) || p.description().toLowerCase().contains(filtre.toLowerCase()))
                .map(p -> p.a(aujourdHui).map(v -> new Ligne(p, p.estUnBareme() ? "barème" : formate(p, v.valeur()), v.dateEffet()))
                        .orElse(new Ligne(p, p.estUnBareme() ? "barème" : null, null)))
                .toList();
        model.addAttribute("lignes", lignes);
        model.addAttribute("filtre", filtre);
        model.addAttribute("version", parametres.version());
        return "regles/parametres";
    }

    @GetMapping("/parametres/detail")
    String detail(@RequestParam String chemin, Model model) {
        var parametre = parametres.courant().find(chemin).orElseThrow(() -> new Introuvable("Paramètre inconnu : " + chemin));
        model.addAttribute("parametre", parametre);
        model.addAttribute("version", parametres.version());
        return "regles/parametre";
    }

    private static String formate(Parametre p, java.math.BigDecimal valeur) {
        return valeur.stripTrailingZeros().toPlainString() + " " + p.unite();
    }
}
