package fr.caissecommune.sante.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.sante.ComplementaireSanteSolidaire;
import fr.caissecommune.sante.DemandeC2s;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;
import fr.caissecommune.socle.Saisie;

/**
 * L'instruction de la complémentaire santé solidaire par le technicien santé : dépôt d'une demande (demandeur et
 * membres du foyer par leur NIR, ressources des douze mois), instruction contre les plafonds, décision.
 */
@Controller
@PreAuthorize("hasRole('TECHNICIEN_SANTE')")
class EcranDeLaC2s {

    private final ComplementaireSanteSolidaire c2s;
    private final Registre registre;
    private final JournalDAudit journal;

    EcranDeLaC2s(ComplementaireSanteSolidaire c2s, Registre registre, JournalDAudit journal) {
        this.c2s = c2s;
        this.registre = registre;
        this.journal = journal;
    }

    @Bean
    static EntreeDeMenu menuC2s() {
        return EntreeDeMenu.pour("Complémentaire santé solidaire", "/sante/c2s", 30, Role.TECHNICIEN_SANTE);
    }

    @GetMapping("/sante/c2s")
    String demandes(Model model, @RequestParam(required = false) String demandeur, @RequestParam(required = false) UUID renouveler) {
        if (!model.containsAttribute("form")) {
            var form = new LinkedHashMap<String, String>();
            form.put("demandeur", demandeur == null ? "" : demandeur);
            form.put("deposeeLe", LocalDate.now().toString());
            if (renouveler != null) {
                // Renouvellement : le foyer de la demande accordée, à confirmer ou corriger avec les ressources nouvelles.
                var precedente = c2s.demande(renouveler).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Demande de C2S inconnue"));
                form.put("demandeur", nirDe(precedente.demandeur()));
                form.put("membres", String.join("\n", precedente.membres().stream().filter(m -> !m.personne().equals(precedente.demandeur()))
                        .map(m -> nirDe(m.personne())).toList()));
                form.put("renouvellementDe", renouveler.toString());
                model.addAttribute("renouvellement", precedente);
            }
            model.addAttribute("form", form);
            model.addAttribute("erreurs", Map.of());
        }
        model.addAttribute("aInstruire", c2s.aInstruire(200));
        model.addAttribute("decisions", c2s.dernieresDecisions(20));
        return "sante/c2s";
    }

    @PostMapping("/sante/c2s")
    String deposer(@RequestParam Map<String, String> form, Model model, jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var demandeur = personne(saisie, "demandeur", form.get("demandeur"));
        var membres = new ArrayList<UUID>();
        var lignes = form.getOrDefault("membres", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (var ligne : lignes) {
            var m = personne(saisie, "membres", ligne);
            if (m != null) {
                membres.add(m);
            }
        }
        var ressources = saisie.nombre("ressources", form.get("ressources"));
        var le = saisie.date("deposeeLe", form.get("deposeeLe"));
        var renouvellement = saisie.facultatif("renouvellementDe", form.get("renouvellementDe"), UUID::fromString);
        var depot = new DemandeC2s[1];
        saisie.executer(() -> depot[0] = c2s.deposer(demandeur, membres, Montant.euros(ressources), le, renouvellement));
        if (saisie.aDesErreurs()) {
            model.addAttribute("form", form);
            model.addAttribute("erreurs", saisie.erreurs());
            demandes(model, null, null);
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "sante/c2s";
        }
        return "redirect:/sante/c2s/" + depot[0].id();
    }

    private @org.jspecify.annotations.Nullable UUID personne(Saisie saisie, String champ, @org.jspecify.annotations.Nullable String texte) {
        return saisie.lire(champ, texte, t -> {
            var nir = Nir.of(t.replaceAll("\\s", ""));
            return registre.findParNir(nir).map(p -> p.id().valeur())
                    .orElseThrow(() -> new IllegalArgumentException("Aucune personne inscrite avec le NIR " + nir.formate()));
        });
    }

    private String nirDe(UUID personne) {
        var nir = registre.getPersonne(new fr.caissecommune.referentiel.PersonneId(personne)).nir();
        return nir == null ? "" : nir.formate();
    }

    @GetMapping("/sante/c2s/{id}")
    String demande(@PathVariable UUID id, @RequestParam(required = false) String decision, Model model) {
        var d = c2s.demande(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Demande de C2S inconnue"));
        journal.consigner(JournalDAudit.Action.CONSULTATION, d.demandeur(), "Demande de C2S du " + d.deposeeLe(), "Instruction C2S");
        var date = LocalDate.now();
        if (decision != null && !decision.isBlank()) {
            try {
                date = LocalDate.parse(decision);
            } catch (java.time.format.DateTimeParseException e) {
                model.addAttribute("erreurs", Map.of("decideeLe", "Date invalide : « " + decision + " » (format AAAA-MM-JJ attendu)"));
            }
        }
        model.addAttribute("demande", d);
        model.addAttribute("dateDeDecision", date);
        if (d.statut() == DemandeC2s.Statut.DEPOSEE) {
            try {
                model.addAttribute("instruction", c2s.instruire(id, date));
            } catch (ChampInvalide e) {
                model.addAttribute("erreurInstruction", e.getMessage());
            }
        }
        if (!model.containsAttribute("erreurs")) {
            model.addAttribute("erreurs", Map.of());
        }
        return "sante/demande-c2s";
    }

    @PostMapping("/sante/c2s/{id}/decision")
    String decider(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var le = saisie.date("decideeLe", form.get("decideeLe"));
        boolean accorder = "accorder".equals(form.get("decision"));
        if (!accorder && !"refuser".equals(form.get("decision"))) {
            saisie.erreur("decision", "Choisissez d'accorder ou de refuser");
        }
        saisie.executer(() -> c2s.decider(id, accorder, le, form.get("motif")));
        if (saisie.aDesErreurs()) {
            model.addAttribute("erreurs", saisie.erreurs());
            model.addAttribute("motif", form.get("motif"));
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return demande(id, le == null ? null : le.toString(), model);
        }
        var d = c2s.demande(id).orElseThrow();
        redirection.addFlashAttribute("message", "Demande " + d.statut().libelle() + (d.forme() != null ? " (" + d.forme().libelle() + ")" : "")
                + " : décision enregistrée.");
        return "redirect:/sante/c2s/" + id;
    }
}
