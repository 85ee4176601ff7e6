package fr.caissecommune.famille.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.famille.Demande;
import fr.caissecommune.famille.DemandeId;
import fr.caissecommune.famille.InstructionDesDemandes;
import fr.caissecommune.famille.MotifDeRejet;
import fr.caissecommune.famille.PieceJustificative;
import fr.caissecommune.famille.Prestation;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.Role;
import fr.caissecommune.socle.Saisie;

/**
 * Les écrans du technicien famille : la liste des demandes à instruire (et le dépôt d'une demande reçue), puis la
 * page d'une demande — pièces reçues et manquantes, droit envisagé avec son explication, décision, lettre de
 * notification. Un refus de saisie est réaffiché avec son message à côté du champ (422), sans rien enregistrer.
 */
@Controller
@PreAuthorize("hasRole('TECHNICIEN_FAMILLE')")
class EcransDesDemandes {

    private final InstructionDesDemandes instruction;
    private final Registre registre;

    EcransDesDemandes(InstructionDesDemandes instruction, Registre registre) {
        this.instruction = instruction;
        this.registre = registre;
    }

    @Bean
    static EntreeDeMenu menuDemandes() {
        return EntreeDeMenu.pour("Demandes à instruire", "/famille/demandes", 35, Role.TECHNICIEN_FAMILLE);
    }

    @GetMapping("/famille/demandes")
    String liste(@RequestParam(required = false) @Nullable String prestation, Model model) {
        var filtre = prestation == null || prestation.isBlank() ? null
                : Arrays.stream(Prestation.values()).filter(p -> p.name().equals(prestation)).findFirst().orElse(null);
        model.addAttribute("demandes", instruction.aInstruire(filtre, 200));
        model.addAttribute("nombres", instruction.nombreAInstruire());
        model.addAttribute("filtre", filtre);
        model.addAttribute("prestations", Prestation.values());
        model.addAttribute("canaux", Source.values());
        model.addAttribute("piecesParPrestation", piecesParPrestation());
        model.addAttribute("aujourdhui", LocalDate.now());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("recueLe", LocalDate.now().toString(), "canal", Source.GUICHET.name()));
            model.addAttribute("erreurs", Map.of());
        }
        return "famille/demandes";
    }

    @PostMapping("/famille/demandes")
    String deposer(@RequestParam Map<String, String> form, @RequestParam(name = "pieces", required = false) @Nullable List<String> pieces,
            Model model, RedirectAttributes redirection, jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var numero = saisie.texte("numeroAllocataire", form.get("numeroAllocataire"), 10);
        var prestation = saisie.choix("prestation", form.get("prestation"), Prestation.class);
        var recueLe = saisie.date("recueLe", form.get("recueLe"));
        var canal = saisie.choix("canal", form.get("canal"), Source.class);
        var jointes = new ArrayList<PieceJustificative>();
        for (var piece : pieces == null ? List.<String>of() : pieces) {
            var p = saisie.choix("pieces", piece, PieceJustificative.class);
            if (p != null) {
                jointes.add(p);
            }
        }
        var foyer = numero == null ? null : registre.findFoyerParNumero(numero.strip()).orElse(null);
        if (numero != null && foyer == null) {
            saisie.erreur("numeroAllocataire", "Numéro d'allocataire inconnu : « " + numero + " »");
        }
        var deposee = new Demande[1];
        if (!saisie.executer(() -> deposee[0] = instruction.deposer(foyer.id(), prestation, canal, recueLe, jointes))) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", form);
            model.addAttribute("erreurs", saisie.erreurs());
            return liste(null, model);
        }
        redirection.addFlashAttribute("message", "Demande n° " + deposee[0].numero() + " enregistrée.");
        return "redirect:/famille/demandes/" + deposee[0].id();
    }

    @GetMapping("/famille/demandes/{id}")
    String demande(@PathVariable String id, @RequestParam(required = false) @Nullable String mois, Model model) {
        var demande = instruction.get(DemandeId.of(id));
        model.addAttribute("demande", demande);
        var leMois = demande.aCompterDu() != null ? demande.aCompterDu() : InstructionDesDemandes.premierMoisPropose(demande);
        if (mois != null && !mois.isBlank()) {
            try {
                leMois = YearMonth.parse(mois);
            } catch (java.time.format.DateTimeParseException e) {
                model.addAttribute("erreurs", Map.of("mois", "Mois invalide : « " + mois + " » (format AAAA-MM attendu)"));
            }
        }
        model.addAttribute("mois", leMois);
        if (!demande.statut().estDecidee()) {
            model.addAttribute("envisage", instruction.droitEnvisage(demande.id(), leMois));
        }
        model.addAttribute("motifs", MotifDeRejet.values());
        model.addAttribute("aujourdhui", LocalDate.now());
        if (!model.containsAttribute("erreurs")) {
            model.addAttribute("erreurs", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "famille/demande";
    }

    @PostMapping("/famille/demandes/{id}/pieces")
    String recevoirPiece(@PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var piece = saisie.choix("piece", form.get("piece"), PieceJustificative.class);
        var le = saisie.date("recueLe", form.getOrDefault("recueLe", LocalDate.now().toString()));
        return executer(id, saisie, () -> instruction.recevoirPiece(DemandeId.of(id), piece, le), "Pièce reçue : "
                + (piece == null ? "" : piece.libelle()) + ".", form, model, redirection, reponse);
    }

    @PostMapping("/famille/demandes/{id}/prise-en-charge")
    String prendreEnCharge(@PathVariable String id, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        return executer(id, new Saisie(), () -> instruction.prendreEnCharge(DemandeId.of(id)), "Demande prise en charge.", Map.of(), model,
                redirection, reponse);
    }

    @PostMapping("/famille/demandes/{id}/accord")
    String accorder(@PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var mois = saisie.lire("aCompterDu", form.get("aCompterDu"), YearMonth::parse);
        return executer(id, saisie, () -> instruction.accorder(DemandeId.of(id), mois, LocalDate.now()),
                "Demande accordée. La lettre de notification est prête.", form, model, redirection, reponse);
    }

    @PostMapping("/famille/demandes/{id}/rejet")
    String rejeter(@PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirection,
            jakarta.servlet.http.HttpServletResponse reponse) {
        var saisie = new Saisie();
        var motif = saisie.choix("motif", form.get("motif"), MotifDeRejet.class);
        var precision = saisie.texte("precision", form.get("precision"), 1000);
        return executer(id, saisie, () -> instruction.rejeter(DemandeId.of(id), motif, precision, LocalDate.now()),
                "Demande rejetée. La lettre de notification est prête.", form, model, redirection, reponse);
    }

    @GetMapping("/famille/demandes/{id}/lettre.pdf")
    ResponseEntity<byte[]> lettre(@PathVariable String id) {
        var demande = instruction.get(DemandeId.of(id));
        var pdf = instruction.lettreDeNotification(demande.id());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("notification-" + demande.numero() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    private String executer(String id, Saisie saisie, Runnable operation, String message, Map<String, String> form, Model model,
            RedirectAttributes redirection, jakarta.servlet.http.HttpServletResponse reponse) {
        try {
            if (saisie.executer(operation)) {
                redirection.addFlashAttribute("message", message);
                return "redirect:/famille/demandes/" + id;
            }
        } catch (IllegalStateException e) {
            saisie.erreur("demande", e.getMessage());
        }
        reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("erreurs", saisie.erreurs());
        model.addAttribute("form", form);
        return demande(id, form.get("aCompterDu"), model);
    }

    private static Map<Prestation, List<PieceJustificative>> piecesParPrestation() {
        var resultat = new LinkedHashMap<Prestation, List<PieceJustificative>>();
        for (var p : Prestation.values()) {
            resultat.put(p, PieceJustificative.attenduesPour(p));
        }
        return resultat;
    }
}
