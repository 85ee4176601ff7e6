package fr.caissecommune.finances.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.caissecommune.commun.Introuvable;
import fr.caissecommune.finances.Comptabilite;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.EntreeDeMenu;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Role;

/**
 * Les écrans de l'agent comptable : virements ordonnancés à valider (il est seul à pouvoir le faire), fichiers SEPA
 * transmis, balance générale.
 */
@Controller
@PreAuthorize("hasRole('COMPTABLE')")
class EcransDeLAgentComptable {

    private final Paiements paiements;
    private final Comptabilite comptabilite;
    private final JournalDAudit journal;

    EcransDeLAgentComptable(Paiements paiements, Comptabilite comptabilite, JournalDAudit journal) {
        this.paiements = paiements;
        this.comptabilite = comptabilite;
        this.journal = journal;
    }

    @Bean
    static EntreeDeMenu menuVirements() {
        return EntreeDeMenu.pour("Virements à valider", "/finances/virements", 50, Role.COMPTABLE);
    }

    @Bean
    static EntreeDeMenu menuBalance() {
        return EntreeDeMenu.pour("Balance comptable", "/finances/balance", 60, Role.COMPTABLE, Role.DIRECTION);
    }

    @GetMapping("/finances/virements")
    String virements(Model model) {
        model.addAttribute("enAttente", paiements.enAttente());
        model.addAttribute("fichiers", paiements.fichiers());
        return "finances/virements";
    }

    @PostMapping("/finances/virements")
    String valider(@RequestParam LocalDate dateExecution, Model model) {
        var comptable = AgentConnecte.courant().nom();
        paiements.validerEtTransmettre(dateExecution, comptable).ifPresentOrElse(fichier -> {
            journal.consigner(JournalDAudit.Action.VALIDATION, null, "Fichier SEPA " + fichier.msgId(),
                    fichier.nombre() + " virements, " + fichier.total().enFrancais());
            model.addAttribute("message", "Fichier " + fichier.msgId() + " transmis : " + fichier.nombre() + " virements pour "
                    + fichier.total().enFrancais() + ".");
        }, () -> model.addAttribute("message", "Aucun virement en attente pour cette date."));
        return virements(model);
    }

    @GetMapping("/finances/fichiers/{msgId}")
    ResponseEntity<FileSystemResource> fichier(@PathVariable String msgId) {
        var fichier = paiements.fichiers().stream().filter(f -> f.msgId().equals(msgId)).findFirst()
                .orElseThrow(() -> new Introuvable("Fichier SEPA inconnu : " + msgId));
        var chemin = Path.of(fichier.chemin());
        if (!Files.isReadable(chemin)) {
            throw new Introuvable("Fichier SEPA absent du disque : " + chemin);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(chemin.getFileName().toString()).build().toString())
                .body(new FileSystemResource(chemin));
    }

    @GetMapping("/finances/balance")
    @PreAuthorize("hasAnyRole('COMPTABLE', 'DIRECTION')")
    String balance(@RequestParam(required = false) LocalDate au, Model model) {
        model.addAttribute("balance", au == null ? comptabilite.balance() : comptabilite.balance(au));
        return "finances/balance";
    }
}
