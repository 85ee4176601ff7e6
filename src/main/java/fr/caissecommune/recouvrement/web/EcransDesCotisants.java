package fr.caissecommune.recouvrement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.recouvrement.CategorieDeCotisant;
import fr.caissecommune.recouvrement.ContactCotisant;
import fr.caissecommune.recouvrement.Cotisant;
import fr.caissecommune.recouvrement.Cotisants;
import fr.caissecommune.recouvrement.DepotDesDeclarations;
import fr.caissecommune.recouvrement.NouveauCotisant;
import fr.caissecommune.recouvrement.Recouvrements;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;
import fr.caissecommune.socle.Saisie;

/**
 * Les écrans du gestionnaire de comptes cotisants : recherche (SIRET, SIREN, numéro de compte, nom), immatriculation,
 * vue à 360° du compte (soldes par période, déclarations, paiements, plans, actes, contrôles, décisions, contacts) et ses
 * actions. Une saisie refusée ne change rien et nomme le champ fautif.
 */
@Controller
@PreAuthorize("hasAnyRole('GESTIONNAIRE_RECOUVREMENT', 'COMPTABLE', 'DIRECTION', 'ACCUEIL')")
class EcransDesCotisants {

    private static final String REFUS = "Saisie refusée, rien n'a été enregistré — ";

    /** Le libellé affiché de chaque champ des formulaires du compte, pour nommer le champ fautif. */
    private static final Map<String, String> LIBELLES = Map.ofEntries(Map.entry("montant", "Montant"), Map.entry("recuLe", "Reçu le"),
            Map.entry("reference", "Référence du paiement"), Map.entry("echeance", "Échéance"), Map.entry("versements", "Nombre de versements"),
            Map.entry("premier", "Premier versement le"), Map.entry("motif", "Motif"), Map.entry("iban", "IBAN"), Map.entry("bic", "BIC"),
            Map.entry("signeLe", "Signé le"), Map.entry("debut", "Période contrôlée : du"), Map.entry("fin", "Période contrôlée : au"),
            Map.entry("notifieLe", "Notifié le"), Map.entry("redressement", "Redressement"), Map.entry("credit", "Crédit"),
            Map.entry("radieLe", "Date de cessation"), Map.entry("canal", "Canal"), Map.entry("principal", "Cotisations dues"),
            Map.entry("majorations", "Majorations"), Map.entry("plan", "Plan d'apurement"), Map.entry("decideur", "Décideur"),
            Map.entry("statut", "Statut du compte"), Map.entry("le", "Date"));

    private final Cotisants cotisants;
    private final Recouvrements recouvrements;
    private final DepotDesDeclarations depot;
    private final JournalDAudit journal;

    EcransDesCotisants(Cotisants cotisants, Recouvrements recouvrements, DepotDesDeclarations depot, JournalDAudit journal) {
        this.cotisants = cotisants;
        this.recouvrements = recouvrements;
        this.depot = depot;
        this.journal = journal;
    }

    @Bean
    static EntreeDeMenu menuCotisants() {
        return EntreeDeMenu.pour("Comptes cotisants", "/recouvrement/cotisants", 40, Role.GESTIONNAIRE_RECOUVREMENT, Role.COMPTABLE, Role.DIRECTION,
                Role.ACCUEIL);
    }

    @GetMapping("/recouvrement/cotisants")
    String recherche(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("parCategorie", cotisants.actifsParCategorie());
        model.addAttribute("debiteurs", recouvrements.debiteurs(LocalDate.now(), 15));
        if (q != null && !q.isBlank()) {
            var resultats = cotisants.chercher(q);
            journal.consigner(JournalDAudit.Action.RECHERCHE, null, "Recherche de cotisant « " + q.strip() + " »", "Recouvrement");
            model.addAttribute("resultats", resultats);
        }
        return "recouvrement/cotisants";
    }

    @GetMapping("/recouvrement/cotisants/nouveau")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String nouveau(Model model) {
        model.addAttribute("categories", CategorieDeCotisant.values());
        model.addAttribute("form", Map.of("immatriculeLe", LocalDate.now().toString()));
        model.addAttribute("erreurs", Map.of());
        return "recouvrement/nouveau";
    }

    @PostMapping("/recouvrement/cotisants")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String immatriculer(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirection) {
        var saisie = new Saisie();
        var categorie = saisie.choix("categorie", form.get("categorie"), CategorieDeCotisant.class);
        var le = saisie.date("immatriculeLe", form.get("immatriculeLe"));
        var effectif = saisie.facultatif("effectif", form.get("effectif"), EcransDesCotisants::entier);
        var tauxAt = blank(form.get("tauxAt")) ? null : saisie.nombre("tauxAt", form.get("tauxAt"));
        var commune = saisie.facultatif("commune", form.get("commune"), c -> {
            if (!c.matches("\\d[0-9AB]\\d{3}")) {
                throw new IllegalArgumentException("code INSEE de commune à 5 caractères attendu (ex. 48095)");
            }
            return c;
        });
        Cotisant[] cree = new Cotisant[1];
        if (!saisie.aDesErreurs()) {
            try {
                cree[0] = cotisants.immatriculer(new NouveauCotisant(categorie, form.getOrDefault("nom", ""), form.get("siret"), form.get("nir"), null,
                        commune, le, effectif, tauxAt));
            } catch (ChampInvalide e) {
                saisie.erreur(e.champ(), e.getMessage());
            }
        }
        if (saisie.aDesErreurs()) {
            model.addAttribute("categories", CategorieDeCotisant.values());
            model.addAttribute("form", form);
            model.addAttribute("erreurs", saisie.erreurs());
            return "recouvrement/nouveau";
        }
        redirection.addFlashAttribute("message", "Compte " + cree[0].numero() + " ouvert pour " + cree[0].nom() + ".");
        return "redirect:/recouvrement/cotisants/" + cree[0].id();
    }

    @GetMapping("/recouvrement/cotisants/{id}")
    String compte(@PathVariable UUID id, Model model) {
        var c = cotisants.trouver(id);
        journal.consigner(JournalDAudit.Action.CONSULTATION, c.personne(), "Compte cotisant " + c.numero() + " — " + c.nom(), "Recouvrement");
        model.addAttribute("c", c);
        model.addAttribute("soldes", recouvrements.soldesParPeriode(id));
        model.addAttribute("resteDu", recouvrements.resteDu(id, LocalDate.now().plusDays(1)));
        model.addAttribute("totalDu", recouvrements.echeances(id).stream().map(e -> e.reste()).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("credit", recouvrements.credit(id));
        model.addAttribute("echeances", recouvrements.echeances(id));
        model.addAttribute("declarations", recouvrements.declarations(id));
        model.addAttribute("paiements", recouvrements.paiements(id));
        model.addAttribute("plans", recouvrements.plans(id));
        model.addAttribute("actes", recouvrements.actes(id));
        model.addAttribute("controles", recouvrements.controles(id));
        model.addAttribute("decisions", recouvrements.decisions(id));
        model.addAttribute("contacts", cotisants.contacts(id));
        model.addAttribute("canaux", ContactCotisant.CANAUX);
        model.addAttribute("aujourdhui", LocalDate.now());
        model.addAttribute("comptable", AgentConnecte.courant().a(Role.COMPTABLE));
        model.addAttribute("gestionnaire", AgentConnecte.courant().a(Role.GESTIONNAIRE_RECOUVREMENT));
        return "recouvrement/compte";
    }

    @GetMapping("/recouvrement/declarations/{id}")
    String declaration(@PathVariable UUID id, @RequestParam(required = false) UUID compte, Model model) {
        model.addAttribute("compte", compte);
        model.addAttribute("salaries", depot.salariesDeLaDeclaration(id));
        model.addAttribute("anomalies", depot.anomalies(id));
        model.addAttribute("declaration", id);
        return "recouvrement/declaration";
    }

    @PostMapping("/recouvrement/cotisants/{id}/contacts")
    String contact(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Contact enregistré.", () -> cotisants.enregistrerContact(id, f.getOrDefault("canal", ""), f.get("motif"), f.get("suite")));
    }

    @PostMapping("/recouvrement/cotisants/{id}/paiements")
    @PreAuthorize("hasAnyRole('GESTIONNAIRE_RECOUVREMENT', 'COMPTABLE')")
    String paiement(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Paiement encaissé et imputé.", () -> {
            var s = new Saisie();
            var montant = s.nombre("montant", f.get("montant"));
            var le = s.date("recuLe", f.get("recuLe"));
            var echeance = s.facultatif("echeance", f.get("echeance"), UUID::fromString);
            refuserSi(s);
            return recouvrements.encaisser(id, f.getOrDefault("mode", "VIREMENT"), montant, le, f.getOrDefault("reference", "").strip(), echeance);
        });
    }

    @PostMapping("/recouvrement/cotisants/{id}/mandat")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String mandat(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Mandat de prélèvement SEPA enregistré.", () -> {
            var s = new Saisie();
            var le = s.date("signeLe", f.get("signeLe"));
            refuserSi(s);
            return cotisants.enregistrerMandat(id, f.getOrDefault("iban", ""), f.get("bic"), le);
        });
    }

    @PostMapping("/recouvrement/cotisants/{id}/plans")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String plan(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Plan d'apurement accordé.", () -> {
            var s = new Saisie();
            var n = s.lire("versements", f.get("versements"), EcransDesCotisants::entier);
            var premier = s.date("premier", f.get("premier"));
            refuserSi(s);
            return recouvrements.accorderPlan(id, n, premier, f.getOrDefault("motif", ""), LocalDate.now());
        });
    }

    @PostMapping("/recouvrement/plans/{plan}/annulation")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String annulerPlan(@PathVariable UUID plan, @RequestParam Map<String, String> f, RedirectAttributes r) {
        var cotisant = recouvrements.plan(plan).cotisant();
        return agir(cotisant, r, "Plan d'apurement annulé.", () -> recouvrements.annulerPlan(plan, f.getOrDefault("motif", ""), LocalDate.now()));
    }

    @PostMapping("/recouvrement/cotisants/{id}/controles")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String controle(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Résultats du contrôle enregistrés sur le compte.", () -> {
            var s = new Saisie();
            var debut = s.date("debut", f.get("debut"));
            var fin = s.date("fin", f.get("fin"));
            var notifie = s.date("notifieLe", f.get("notifieLe"));
            var redressement = blank(f.get("redressement")) ? null : s.nombre("redressement", f.get("redressement"));
            var credit = blank(f.get("credit")) ? null : s.nombre("credit", f.get("credit"));
            refuserSi(s);
            return recouvrements.notifierControle(id, debut, fin, notifie, redressement == null ? BigDecimal.ZERO : redressement,
                    credit == null ? BigDecimal.ZERO : credit, f.getOrDefault("observations", ""));
        });
    }

    @PostMapping("/recouvrement/cotisants/{id}/remise")
    @PreAuthorize("hasAnyRole('GESTIONNAIRE_RECOUVREMENT', 'DIRECTION')")
    String remise(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Majorations remises.", () -> recouvrements.remettreLesMajorations(id, f.getOrDefault("motif", ""), LocalDate.now()));
    }

    @PostMapping("/recouvrement/echeances/{echeance}/non-valeur")
    @PreAuthorize("hasRole('COMPTABLE')")
    String nonValeur(@PathVariable UUID echeance, @RequestParam Map<String, String> f, RedirectAttributes r) {
        var cotisant = recouvrements.echeance(echeance).cotisant();
        return agir(cotisant, r, "Dette admise en non-valeur.", () -> recouvrements.admettreEnNonValeur(echeance, f.getOrDefault("motif", ""), LocalDate.now()));
    }

    @PostMapping("/recouvrement/cotisants/{id}/difficulte")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String difficulte(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        var signaler = "oui".equals(f.get("enDifficulte"));
        return agir(id, r, signaler ? "Accompagnement « entreprise en difficulté » signalé." : "Accompagnement levé.",
                () -> cotisants.signalerDifficulte(id, signaler, f.get("motif")));
    }

    @PostMapping("/recouvrement/cotisants/{id}/radiation")
    @PreAuthorize("hasRole('GESTIONNAIRE_RECOUVREMENT')")
    String radiation(@PathVariable UUID id, @RequestParam Map<String, String> f, RedirectAttributes r) {
        return agir(id, r, "Compte radié.", () -> {
            var s = new Saisie();
            var le = s.date("radieLe", f.get("radieLe"));
            refuserSi(s);
            return cotisants.radier(id, le, f.getOrDefault("motif", ""));
        });
    }

    private static void refuserSi(Saisie s) {
        if (s.aDesErreurs()) {
            var premier = s.erreurs().entrySet().iterator().next();
            throw new ChampInvalide(premier.getKey(), premier.getValue());
        }
    }

    private String agir(UUID id, RedirectAttributes r, String succes, Supplier<?> action) {
        try {
            action.get();
            var c = cotisants.trouver(id);
            journal.consigner(JournalDAudit.Action.ECRITURE, c.personne(), "Compte cotisant " + c.numero() + " : " + succes, "Recouvrement");
            r.addFlashAttribute("message", succes);
        } catch (ChampInvalide e) {
            r.addFlashAttribute("erreur", REFUS + LIBELLES.getOrDefault(e.champ(), e.champ()) + " : " + e.getMessage());
        }
        return "redirect:/recouvrement/cotisants/" + id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer entier(String texte) {
        try {
            return Integer.valueOf(texte.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Nombre entier attendu : « " + texte + " »");
        }
    }
}
