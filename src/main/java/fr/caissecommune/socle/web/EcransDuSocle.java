package fr.caissecommune.socle.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.socle.ComptesDeDemonstration;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;

/** Connexion, page d'accueil des agents et consultation du journal d'audit. */
@Controller
class EcransDuSocle {

    private final JournalDAudit journal;

    EcransDuSocle(JournalDAudit journal) {
        this.journal = journal;
    }

    @GetMapping("/connexion")
    String connexion(Model model) {
        model.addAttribute("comptes", ComptesDeDemonstration.COMPTES);
        return "socle/connexion";
    }

    @GetMapping("/")
    String accueil() {
        return "socle/accueil";
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('DIRECTION')")
    String audit(@RequestParam(required = false) @Nullable String agent, @RequestParam(required = false) @Nullable UUID personne,
            Model model) {
        model.addAttribute("traces", journal.dernieres(500, agent == null || agent.isBlank() ? null : agent, personne));
        model.addAttribute("filtreAgent", agent);
        return "socle/audit";
    }

    @Bean
    static EntreeDeMenu menuAudit() {
        return EntreeDeMenu.pour("Journal d'audit", "/audit", 90, Role.DIRECTION);
    }
}
