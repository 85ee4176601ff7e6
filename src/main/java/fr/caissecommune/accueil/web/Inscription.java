package fr.caissecommune.accueil.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.socle.Saisie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * L'inscription d'une personne au guichet (une seule fois : un NIR déjà inscrit est refusé, une ressemblance avec
 * une personne inscrite est signalée et doit être confirmée), la création de son foyer et l'ouverture du dossier
 * famille.
 */
@Controller
@PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE')")
class Inscription {

    private final Registre registre;
    private final DossiersFamille famille;

    Inscription(Registre registre, DossiersFamille famille) {
        this.registre = registre;
        this.famille = famille;
    }

    @GetMapping("/personnes/nouvelle")
    String formulaire(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("erreurs", Map.of());
        return "accueil/inscription";
    }

    @PostMapping("/personnes/nouvelle")
    String inscrire(@RequestParam Map<String, String> form, Model model, HttpServletResponse reponse) {
        var saisie = new Saisie();
        var nir = saisie.facultatif("nir", form.get("nir"), Nir::of);
        var nom = saisie.texte("nomDeNaissance", form.get("nomDeNaissance"), 80);
        var prenoms = saisie.texte("prenoms", form.get("prenoms"), 120);
        var sexe = saisie.choix("sexe", form.get("sexe"), Sexe.class);
        var naissance = saisie.date("dateDeNaissance", form.get("dateDeNaissance"));
        var commune = saisie.facultatif("communeDeNaissance", form.get("communeDeNaissance"), CodeCommune::of);
        var id = new PersonneId[1];
        boolean ok = saisie.executer(() -> {
            var personne = new NouvellePersonne(nir, nom, form.get("nomDUsage"), prenoms, sexe, naissance, commune, form.get("paysDeNaissance"),
                    vide(form.get("telephone")), vide(form.get("courriel")));
            var doublons = registre.doublonsProbables(personne);
            if (!doublons.isEmpty() && !"oui".equals(form.get("confirmer"))) {
                model.addAttribute("doublons", doublons);
                throw new fr.caissecommune.commun.ChampInvalide("nomDeNaissance",
                        "Doublon probable : une personne de même nom, née le même jour au même endroit, est déjà inscrite");
            }
            id[0] = registre.inscrire(personne, "Inscription au guichet");
        });
        if (ok) {
            return "redirect:/personnes/" + id[0] + "?message=" + java.net.URLEncoder.encode("Personne inscrite.", java.nio.charset.StandardCharsets.UTF_8);
        }
        reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("form", form);
        model.addAttribute("erreurs", saisie.erreurs());
        return "accueil/inscription";
    }

    @PostMapping("/personnes/{id}/foyer")
    String creerFoyer(@PathVariable PersonneId id) {
        registre.creerFoyer(id, LocalDate.now(), Source.GUICHET, "Création du foyer au guichet");
        return "redirect:/personnes/" + id + "?message=" + java.net.URLEncoder.encode("Foyer créé.", java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/foyers/{foyer}/dossier-famille")
    @PreAuthorize("hasRole('TECHNICIEN_FAMILLE')")
    String ouvrirDossier(@PathVariable FoyerId foyer, @RequestParam PersonneId personne, @RequestParam LocalDate aCompterDu) {
        famille.ouvrir(foyer, aCompterDu);
        return "redirect:/personnes/" + personne + "?reexamen=1&message="
                + java.net.URLEncoder.encode("Dossier famille ouvert.", java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
