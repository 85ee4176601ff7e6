package fr.caissecommune.accueil.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.accueil.Canal;
import fr.caissecommune.accueil.Contacts;
import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.Communes;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.socle.Saisie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Les changements de situation saisis depuis la vue à 360° : une saisie, toutes les branches informées. Chaque
 * formulaire est un fragment htmx : refusé, il revient en 422 avec les messages à côté des champs et rien n'est
 * écrit ; accepté, la vue se recharge et un contact est ajouté à l'historique.
 */
@Controller
@PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE')")
class ChangementsDeSituation {

    private final Registre registre;
    private final Situations situations;
    private final Communes communes;
    private final Contacts contacts;

    ChangementsDeSituation(Registre registre, Situations situations, Communes communes, Contacts contacts) {
        this.registre = registre;
        this.situations = situations;
        this.communes = communes;
        this.contacts = contacts;
    }

    @PostMapping("/personnes/{id}/adresse")
    String adresse(@PathVariable PersonneId id, @RequestParam Map<String, String> form, Model model, HttpServletResponse reponse) {
        var saisie = new Saisie();
        var commune = saisie.lire("commune", form.get("commune"), CodeCommune::of);
        var ligne = saisie.texte("ligne", form.get("ligne"), 120);
        var codePostal = saisie.lire("codePostal", form.get("codePostal"), t -> t);
        var date = saisie.date("dateEffet", form.get("dateEffet"));
        var source = saisie.choix("source", form.get("source"), Source.class);
        boolean ok = saisie.executer(() -> {
            var nom = communes.get(commune, "commune").nom();
            situations.enregistrer(id, null, new Fait.Adresse(ligne, vide(form.get("complement")), codePostal, commune, nom), date, source,
                    form.get("motif"));
            contact(id, source, "Changement d'adresse", "Nouvelle adresse au " + date);
        });
        return reponse(ok, id, "Adresse enregistrée.", "adresse", saisie, form, model, reponse);
    }

    @PostMapping("/personnes/{id}/compte-bancaire")
    String compteBancaire(@PathVariable PersonneId id, @RequestParam Map<String, String> form, Model model, HttpServletResponse reponse) {
        var saisie = new Saisie();
        var iban = saisie.lire("iban", form.get("iban"), Iban::of);
        var bic = saisie.facultatif("bic", form.get("bic"), Bic::of);
        var titulaire = saisie.texte("titulaire", form.get("titulaire"), 70);
        var date = saisie.date("dateEffet", form.get("dateEffet"));
        var source = saisie.choix("source", form.get("source"), Source.class);
        boolean ok = saisie.executer(() -> {
            situations.enregistrer(id, null, new Fait.CompteBancaire(iban, bic, titulaire), date, source, form.get("motif"));
            contact(id, source, "Changement de coordonnées bancaires", "Nouveau compte " + iban.masque());
        });
        return reponse(ok, id, "Coordonnées bancaires enregistrées.", "compte", saisie, form, model, reponse);
    }

    @PostMapping("/foyers/{foyer}/naissances")
    String naissance(@PathVariable FoyerId foyer, @RequestParam PersonneId personne, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse reponse) {
        var saisie = new Saisie();
        var prenom = saisie.texte("prenom", form.get("prenom"), 60);
        var nom = saisie.texte("nomDeNaissance", form.get("nomDeNaissance"), 80);
        var sexe = saisie.choix("sexe", form.get("sexe"), Sexe.class);
        var date = saisie.date("dateDeNaissance", form.get("dateDeNaissance"));
        var commune = saisie.lire("communeDeNaissance", form.get("communeDeNaissance"), CodeCommune::of);
        var nir = saisie.facultatif("nir", form.get("nir"), Nir::of);
        var source = saisie.choix("source", form.get("source"), Source.class);
        boolean ok = saisie.executer(() -> {
            registre.declarerNaissance(foyer, new NouvellePersonne(nir, nom, null, prenom, sexe, date, commune, null, null, null), source,
                    "Déclaration de naissance");
            contact(personne, source, "Déclaration de naissance", "Naissance de " + prenom + " le " + date);
        });
        return reponse(ok, personne, "Naissance de " + prenom + " enregistrée ; les droits du foyer sont réexaminés.", "naissance", saisie,
                form, model, reponse);
    }

    @PostMapping("/foyers/{foyer}/departs")
    String depart(@PathVariable FoyerId foyer, @RequestParam PersonneId personne, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse reponse) {
        var saisie = new Saisie();
        var membre = saisie.lire("membre", form.get("membre"), PersonneId::of);
        var date = saisie.date("dateDepart", form.get("dateDepart"));
        var motif = saisie.texte("motifDepart", form.get("motifDepart"), 80);
        var source = saisie.choix("source", form.get("source"), Source.class);
        boolean ok = saisie.executer(() -> {
            var leMembre = registre.getPersonne(membre);
            situations.enregistrer(membre, foyer, new Fait.DepartDuFoyer(membre, leMembre.prenoms(), motif), date, source, motif);
            contact(personne, source, "Départ d'un membre du foyer", motif + " : " + leMembre.prenoms() + " au " + date);
        });
        return reponse(ok, personne, "Départ enregistré ; les droits du foyer sont réexaminés.", "depart", saisie, form, model, reponse);
    }

    @PostMapping("/foyers/{foyer}/ressources")
    String ressources(@PathVariable FoyerId foyer, @RequestParam PersonneId personne, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse reponse) {
        var saisie = new Saisie();
        var annee = saisie.lire("annee", form.get("annee"), t -> {
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Année invalide : « " + t + " »");
            }
        });
        var montant = saisie.nombre("montant", form.get("montant"));
        var source = saisie.choix("source", form.get("source"), Source.class);
        boolean ok = saisie.executer(() -> {
            situations.enregistrer(personne, foyer, new Fait.Ressources(annee, Montant.euros(montant)), LocalDate.of(annee, 1, 1), source,
                    "Déclaration de ressources");
            contact(personne, source, "Déclaration de ressources", "Ressources " + annee + " : " + Montant.euros(montant).enFrancais());
        });
        return reponse(ok, personne, "Ressources enregistrées.", "ressources", saisie, form, model, reponse);
    }

    @PostMapping("/personnes/{id}/contacts")
    String nouveauContact(@PathVariable PersonneId id, @RequestParam Map<String, String> form, Model model, HttpServletResponse reponse) {
        var saisie = new Saisie();
        var canal = saisie.choix("canal", form.get("canal"), Canal.class);
        var motif = saisie.texte("motifContact", form.get("motifContact"), 200);
        boolean ok = saisie.executer(() -> contacts.enregistrer(id, canal, motif, form.getOrDefault("suite", "")));
        return reponse(ok, id, "Contact enregistré.", "contact", saisie, form, model, reponse);
    }

    private void contact(PersonneId personne, Source source, String motif, String suite) {
        var canal = switch (source) {
            case TELEPHONE -> Canal.TELEPHONE;
            case COURRIEL, ESPACE_EN_LIGNE -> Canal.COURRIEL;
            case COURRIER -> Canal.COURRIER;
            default -> Canal.GUICHET;
        };
        contacts.enregistrer(personne, canal, motif, suite);
    }

    private String reponse(boolean ok, PersonneId personne, String message, String formulaire, Saisie saisie, Map<String, String> form,
            Model model, HttpServletResponse reponse) {
        if (ok) {
            reponse.setHeader("HX-Redirect", "/personnes/" + personne + "?reexamen=1&message=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
            return "accueil/formulaires :: vide";
        }
        reponse.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("erreurs", saisie.erreurs());
        model.addAttribute("form", form);
        model.addAttribute("personneId", personne);
        model.addAttribute("sources", Source.values());
        model.addAttribute("canaux", Canal.values());
        if (form.get("foyer") != null) {
            var foyer = situations.situationDuFoyer(FoyerId.of(form.get("foyer")));
            model.addAttribute("foyer", foyer);
            model.addAttribute("membres", foyer.enfantsA(LocalDate.now()));
        }
        return "accueil/formulaires :: " + formulaire;
    }

    private static @Nullable String vide(@Nullable String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
