package fr.caissecommune.accueil.api;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.caissecommune.accueil.Canal;
import fr.caissecommune.accueil.Contact;
import fr.caissecommune.accueil.Contacts;
import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.famille.VueDuDossier;
import fr.caissecommune.finances.PaiementOrdonne;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.referentiel.FaitEnregistre;
import fr.caissecommune.referentiel.Personne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.SituationDuFoyer;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.socle.JournalDAudit;
import fr.caissecommune.socle.Saisie;
import fr.caissecommune.socle.SaisieRefusee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** L'API du guichet unique : la vue à 360° d'une personne et ses contacts. Chaque consultation est tracée avec son motif. */
@RestController
@RequestMapping("/api/v1/personnes/{id}")
@Tag(name = "Guichet unique", description = "Vue à 360° et contacts")
@PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE', 'TECHNICIEN_SANTE', 'GESTIONNAIRE_RECOUVREMENT', 'DIRECTION')")
class ApiDuGuichet {

    /** La vue à 360° : identité, foyers, situation, dossiers par branche, paiements, contacts. */
    record Vue360(Personne personne, List<SituationDuFoyer> foyers, List<FaitEnregistre> historique, List<VueDuDossier> famille,
            List<PaiementOrdonne> paiements, List<Contact> contacts, String sante, String recouvrement) {
    }

    record NouveauContact(@Nullable String canal, @Nullable String motif, @Nullable String suite) {
    }

    private final Registre registre;
    private final Situations situations;
    private final DossiersFamille famille;
    private final Paiements paiements;
    private final Contacts contacts;
    private final JournalDAudit journal;

    ApiDuGuichet(Registre registre, Situations situations, DossiersFamille famille, Paiements paiements, Contacts contacts,
            JournalDAudit journal) {
        this.registre = registre;
        this.situations = situations;
        this.famille = famille;
        this.paiements = paiements;
        this.contacts = contacts;
        this.journal = journal;
    }

    @GetMapping("/vue-360")
    @Operation(summary = "La vue à 360° d'une personne, toutes branches ; le motif de consultation est tracé au journal d'audit")
    Vue360 vue(@PathVariable PersonneId id, @RequestParam String motif) {
        var personne = registre.getPersonne(id);
        journal.consigner(JournalDAudit.Action.CONSULTATION, id.valeur(), "Vue à 360° (API) de " + personne.nomComplet(), motif);
        var foyers = registre.foyersDe(id).stream().map(f -> situations.situationDuFoyer(f.id())).toList();
        return new Vue360(personne, foyers, situations.historique(id),
                foyers.stream().flatMap(f -> famille.vue(f.foyer(), YearMonth.now()).stream()).toList(),
                foyers.stream().flatMap(f -> paiements.parTiers(PaiementMensuel.tiers(f.foyer())).stream()).toList(),
                contacts.de(id), "Aucun droit santé géré", "Non cotisant");
    }

    @PostMapping("/contacts")
    @PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE')")
    ResponseEntity<Contact> contact(@PathVariable PersonneId id, @RequestBody NouveauContact corps) {
        var saisie = new Saisie();
        var canal = saisie.choix("canal", corps.canal(), Canal.class);
        var motif = saisie.texte("motif", corps.motif(), 200);
        var contact = new Contact[1];
        registre.getPersonne(id);
        if (!saisie.executer(() -> contact[0] = contacts.enregistrer(id, canal, motif, corps.suite() == null ? "" : corps.suite()))) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.status(201).body(contact[0]);
    }
}
