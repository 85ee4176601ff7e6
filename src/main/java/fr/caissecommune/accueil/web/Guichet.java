package fr.caissecommune.accueil.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.accueil.Contacts;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Siret;
import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.referentiel.Employeurs;
import fr.caissecommune.referentiel.Etablissement;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.Personne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;
import fr.caissecommune.socle.VoletDuDossier;

/**
 * Le guichet unique : recherche d'une personne (NIR, nom et date de naissance, numéro d'allocataire) ou d'un
 * employeur (SIRET, raison sociale), puis la vue à 360° de la personne. Chaque ouverture est tracée avec son motif.
 */
@Controller
@PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE', 'TECHNICIEN_SANTE', 'GESTIONNAIRE_RECOUVREMENT', 'DIRECTION')")
class Guichet {

    static final List<String> MOTIFS_DE_CONSULTATION = List.of("Accueil au guichet", "Appel téléphonique", "Traitement d'un courrier",
            "Instruction d'un dossier", "Contrôle", "Réclamation ou recours");

    private final Registre registre;
    private final Situations situations;
    private final Employeurs employeurs;
    private final DossiersFamille famille;
    private final Paiements paiements;
    private final Contacts contacts;
    private final JournalDAudit journal;
    private final List<VoletDuDossier> volets;

    Guichet(Registre registre, Situations situations, Employeurs employeurs, DossiersFamille famille, Paiements paiements,
            Contacts contacts, JournalDAudit journal, List<VoletDuDossier> volets) {
        this.registre = registre;
        this.situations = situations;
        this.employeurs = employeurs;
        this.famille = famille;
        this.paiements = paiements;
        this.contacts = contacts;
        this.journal = journal;
        this.volets = volets.stream().sorted(java.util.Comparator.comparingInt(VoletDuDossier::ordre)).toList();
    }

    /** Un volet d'une branche, prêt à afficher. */
    record VoletAffiche(String titre, String ancre, String fragment, java.util.Map<String, Object> modele, String absence) {
    }

    @Bean
    static EntreeDeMenu menuGuichet() {
        return EntreeDeMenu.pour("Guichet unique", "/guichet", 10, Role.ACCUEIL, Role.TECHNICIEN_FAMILLE, Role.TECHNICIEN_SANTE,
                Role.GESTIONNAIRE_RECOUVREMENT, Role.DIRECTION);
    }

    @GetMapping("/guichet")
    String rechercher(@RequestParam(required = false) @Nullable String recherche, @RequestParam(required = false) @Nullable String prenom,
            @RequestParam(required = false) @Nullable String naissance, @RequestParam(required = false) @Nullable String motif, Model model) {
        model.addAttribute("motifs", MOTIFS_DE_CONSULTATION);
        model.addAttribute("motif", motif == null ? MOTIFS_DE_CONSULTATION.getFirst() : motif);
        model.addAttribute("recherche", recherche);
        model.addAttribute("prenom", prenom);
        model.addAttribute("naissance", naissance);
        if (recherche == null || recherche.isBlank()) {
            return "accueil/guichet";
        }
        var texte = recherche.strip();
        var chiffres = texte.replace(" ", "");
        List<Personne> personnes = new ArrayList<>();
        List<Etablissement> etablissements = new ArrayList<>();
        String erreur = null;
        try {
            if (chiffres.matches("[0-9]{13}[0-9]{2}|[0-9]{5}(2A|2B|2a|2b)[0-9]{8}")) {
                registre.findParNir(Nir.of(chiffres)).ifPresent(personnes::add);
            } else if (chiffres.matches("\\d{14}")) {
                employeurs.findParSiret(Siret.of(chiffres)).ifPresent(etablissements::add);
            } else if (chiffres.matches("\\d{7}")) {
                registre.findFoyerParNumero(chiffres).ifPresent(f -> personnes.add(registre.getPersonne(f.allocataire())));
            } else {
                LocalDate date = naissance == null || naissance.isBlank() ? null : LocalDate.parse(naissance);
                personnes.addAll(registre.rechercher(texte, prenom, date, 50));
                etablissements.addAll(employeurs.rechercher(texte, 10));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            erreur = e.getMessage();
        }
        journal.consigner(JournalDAudit.Action.RECHERCHE, null, "Recherche « " + texte + " »", motif == null ? "Recherche" : motif);
        model.addAttribute("erreur", erreur);
        model.addAttribute("personnes", personnes);
        model.addAttribute("etablissements", etablissements);
        return "accueil/guichet";
    }

    /** La section famille seule, rechargée par htmx après un changement de situation (le réexamen est asynchrone). */
    @GetMapping("/personnes/{id}/famille")
    String sectionFamille(@PathVariable PersonneId id, Model model) {
        var foyers = registre.foyersDe(id).stream().map(f -> situations.situationDuFoyer(f.id())).toList();
        var dossiers = dossiersFamille(foyers);
        model.addAttribute("dossiersFamille", dossiers);
        model.addAttribute("foyersSansDossier", foyers.stream()
                .filter(f -> dossiers.stream().noneMatch(d -> d.dossier().foyer().equals(f.foyer()))).toList());
        return "accueil/famille :: section";
    }

    private List<fr.caissecommune.famille.VueDuDossier> dossiersFamille(List<fr.caissecommune.referentiel.SituationDuFoyer> foyers) {
        return foyers.stream().flatMap(f -> famille.vue(f.foyer(), YearMonth.now()).stream()).toList();
    }

    @GetMapping("/personnes/{id}")
    String dossier(@PathVariable PersonneId id, @RequestParam(required = false) @Nullable String motif,
            @RequestParam(required = false) @Nullable String message, Model model) {
        var personne = registre.getPersonne(id);
        journal.consigner(JournalDAudit.Action.CONSULTATION, id.valeur(), "Vue à 360° de " + personne.nomComplet(),
                motif == null || motif.isBlank() ? "Consultation du dossier" : motif);
        var aujourdHui = LocalDate.now();
        var foyers = registre.foyersDe(id).stream().map(f -> situations.situationDuFoyer(f.id())).toList();
        model.addAttribute("personne", personne);
        var situation = situations.situationDeLaPersonne(id, aujourdHui);
        model.addAttribute("adresse", java.util.Optional.ofNullable(situation.get(Fait.Nature.ADRESSE)).map(f -> f.fait().libelle()).orElse(null));
        model.addAttribute("compte", java.util.Optional.ofNullable(situation.get(Fait.Nature.COMPTE_BANCAIRE)).map(f -> f.fait().libelle()).orElse(null));
        model.addAttribute("historique", situations.historique(id));
        model.addAttribute("foyers", foyers);
        model.addAttribute("aujourdHui", aujourdHui);
        var dossiers = dossiersFamille(foyers);
        model.addAttribute("dossiersFamille", dossiers);
        model.addAttribute("foyersSansDossier", foyers.stream()
                .filter(f -> dossiers.stream().noneMatch(d -> d.dossier().foyer().equals(f.foyer()))).toList());
        model.addAttribute("paiements", foyers.stream()
                .flatMap(f -> paiements.parTiers(fr.caissecommune.famille.PaiementMensuel.tiers(f.foyer())).stream()).toList());
        model.addAttribute("contacts", contacts.de(id));
        model.addAttribute("volets", volets.stream()
                .map(v -> new VoletAffiche(v.titre(), v.ancre(), v.fragment(), v.pour(id.valeur()), v.absence())).toList());
        model.addAttribute("canaux", fr.caissecommune.accueil.Canal.values());
        model.addAttribute("sources", fr.caissecommune.referentiel.Source.values());
        model.addAttribute("roles", Fait.RoleDansLeFoyer.values());
        model.addAttribute("message", message);
        model.addAttribute("personneId", id);
        model.addAttribute("form", java.util.Map.of());
        model.addAttribute("erreurs", java.util.Map.of());
        return "accueil/dossier";
    }
}
