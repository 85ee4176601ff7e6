package fr.caissecommune.famille.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;

/** La paie mensuelle des prestations familiales, lancée par l'agent comptable. */
@Controller
@PreAuthorize("hasRole('COMPTABLE')")
class EcranDeLaPaie {

    private final PaiementMensuel paie;
    private final JournalDAudit journal;

    EcranDeLaPaie(PaiementMensuel paie, JournalDAudit journal) {
        this.paie = paie;
        this.journal = journal;
    }

    @Bean
    static EntreeDeMenu menuPaie() {
        return EntreeDeMenu.pour("Paie des prestations familiales", "/famille/paie", 40, Role.COMPTABLE);
    }

    @GetMapping("/famille/paie")
    String paies(Model model) {
        var paies = paie.paiesEffectuees();
        model.addAttribute("paies", paies);
        model.addAttribute("moisPropose", paies.isEmpty() ? YearMonth.now().minusMonths(1) : paies.getFirst().mois().plusMonths(1));
        return "famille/paie";
    }

    @PostMapping("/famille/paie")
    String lancer(@RequestParam String mois, Model model) {
        try {
            var leMois = YearMonth.parse(mois);
            if (leMois.isAfter(YearMonth.now())) {
                model.addAttribute("erreur", "Mois invalide : " + leMois + " n'est pas encore commencé");
            } else {
                var bilan = paie.payer(leMois);
                journal.consigner(JournalDAudit.Action.ECRITURE, null, "Paie des prestations familiales de " + leMois, "Paie mensuelle");
                model.addAttribute("bilan", bilan);
            }
        } catch (DateTimeParseException e) {
            model.addAttribute("erreur", "Mois invalide : « " + mois + " » (format AAAA-MM attendu)");
        }
        return paies(model);
    }
}
