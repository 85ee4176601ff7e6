package fr.caissecommune.sante.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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

import fr.caissecommune.commun.Rpps;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.sante.DroitsSante;
import fr.caissecommune.sante.TitreDAffiliation;
import fr.caissecommune.socle.Saisie;

/**
 * Les droits santé d'une personne tenus par le technicien santé : affiliation à titre personnel (ouverture,
 * changement de titre, réouverture), déclaration du médecin traitant, demande de carte Vitale. Chaque formulaire
 * refusé est réaffiché avec ses erreurs, sans rien enregistrer.
 */
@Controller
@PreAuthorize("hasRole('TECHNICIEN_SANTE')")
class EcranDesDroits {

    private final DroitsSante droits;
    private final Registre registre;

    EcranDesDroits(DroitsSante droits, Registre registre) {
        this.droits = droits;
        this.registre = registre;
    }

    @GetMapping("/sante/personnes/{id}")
    String droits(@PathVariable UUID id, Model model) {
        var personne = registre.findPersonne(new PersonneId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Personne inconnue"));
        model.addAttribute("personne", personne);
        var dossier = droits.dossier(id);
        model.addAttribute("affiliation", dossier.map(d -> d.affiliationAu(java.time.LocalDate.now())).orElse(null));
        model.addAttribute("titres", java.util.List.of(TitreDAffiliation.ACTIVITE, TitreDAffiliation.RESIDENCE));
        if (!model.containsAttribute("form")) {
            var aujourdHui = java.time.LocalDate.now().toString();
            model.addAttribute("form", new LinkedHashMap<String, String>(Map.of("debut", aujourdHui, "declareLe", aujourdHui, "demandeeLe", aujourdHui)));
        }
        if (!model.containsAttribute("erreurs")) {
            model.addAttribute("erreurs", Map.of());
        }
        return "sante/droits";
    }

    @PostMapping("/sante/personnes/{id}/affiliation")
    String affilier(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var titre = saisie.choix("titre", form.get("titre"), TitreDAffiliation.class);
        var date = saisie.date("debut", form.get("debut"));
        var motif = saisie.texte("motif", form.get("motif"), 255);
        saisie.executer(() -> droits.affilier(id, titre, date, motif));
        return suite(id, saisie, form, "affiliation", "Affiliation enregistrée.", model, redirection, reponse);
    }

    @PostMapping("/sante/personnes/{id}/medecin-traitant")
    String medecin(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var rpps = saisie.lire("rpps", form.get("rpps"), Rpps::of);
        var nom = saisie.texte("nom", form.get("nom"), 255);
        var date = saisie.date("declareLe", form.get("declareLe"));
        executer(saisie, "declareLe", () -> droits.declarerUnMedecinTraitant(id, rpps, nom, date));
        return suite(id, saisie, form, "medecin", "Médecin traitant déclaré.", model, redirection, reponse);
    }

    @PostMapping("/sante/personnes/{id}/carte-vitale")
    String carte(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var date = saisie.date("demandeeLe", form.get("demandeeLe"));
        executer(saisie, "demandeeLe", () -> droits.demanderUneCarteVitale(id, date));
        return suite(id, saisie, form, "carte", "Carte Vitale demandée.", model, redirection, reponse);
    }

    /** Un refus métier sur la date ou la personne est affiché à côté du champ de date du formulaire. */
    private static void executer(Saisie saisie, String champDeDate, Runnable operation) {
        if (saisie.aDesErreurs()) {
            return;
        }
        try {
            operation.run();
        } catch (fr.caissecommune.commun.ChampInvalide e) {
            saisie.erreur(e.champ().equals("date") || e.champ().equals("personne") ? champDeDate : e.champ(), e.getMessage());
        }
    }

    private String suite(UUID id, Saisie saisie, Map<String, String> form, String formulaire, String message, Model model,
            RedirectAttributes redirection, jakarta.servlet.http.HttpServletResponse reponse) {
        if (saisie.aDesErreurs()) {
            model.addAttribute("form", form);
            model.addAttribute("erreurs", saisie.erreurs());
            model.addAttribute("formulaire", formulaire);
            reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return droits(id, model);
        }
        // La vue à 360° affiche le message reçu en paramètre de la requête.
        redirection.addAttribute("message", message);
        return "redirect:/personnes/" + id;
    }
}
