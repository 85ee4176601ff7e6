package fr.caissecommune.famille.api;

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

import fr.caissecommune.commun.Introuvable;
import fr.caissecommune.famille.Dossier;
import fr.caissecommune.famille.DossiersFamille;
import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.famille.VueDuDossier;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.socle.Saisie;
import fr.caissecommune.socle.SaisieRefusee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** L'API de la branche Famille : dossiers, droits expliqués, régularisations, paie mensuelle. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Famille", description = "Dossiers d'allocataires, droits, rappels et indus, paie mensuelle")
class ApiFamille {

    record Ouverture(@Nullable String aCompterDu) {
    }

    record DroitExplique(YearMonth mois, int enfantsACharge, String brut, String crds, String verse, String explication) {
    }

    private final DossiersFamille dossiers;
    private final PaiementMensuel paie;

    ApiFamille(DossiersFamille dossiers, PaiementMensuel paie) {
        this.dossiers = dossiers;
        this.paie = paie;
    }

    @PostMapping("/foyers/{foyer}/dossier-famille")
    @PreAuthorize("hasAnyRole('TECHNICIEN_FAMILLE')")
    @Operation(summary = "Ouvrir le dossier famille d'un foyer ; les mois déjà payés depuis la date d'effet sont versés en rappel")
    ResponseEntity<Dossier> ouvrir(@PathVariable FoyerId foyer, @RequestBody Ouverture corps) {
        var saisie = new Saisie();
        var date = saisie.date("aCompterDu", corps.aCompterDu());
        var dossier = new Dossier[1];
        if (!saisie.executer(() -> dossier[0] = dossiers.ouvrir(foyer, date))) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.status(201).body(dossier[0]);
    }

    @GetMapping("/foyers/{foyer}/dossier-famille")
    @PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE', 'DIRECTION')")
    @Operation(summary = "Le dossier famille : droit du mois expliqué, échéances versées, régularisations, indus restant dus")
    VueDuDossier dossier(@PathVariable FoyerId foyer) {
        return dossiers.vue(foyer, YearMonth.now()).orElseThrow(() -> new Introuvable("Pas de dossier famille pour le foyer " + foyer));
    }

    @GetMapping("/foyers/{foyer}/droits/af")
    @PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE', 'DIRECTION')")
    @Operation(summary = "Les allocations familiales d'un mois, calculées sur la situation connue, avec leur explication")
    DroitExplique droit(@PathVariable FoyerId foyer, @RequestParam YearMonth mois) {
        var af = dossiers.droitDuMois(foyer, mois);
        return new DroitExplique(mois, af.nombreEnfantsACharge(), af.total().toString(), af.crds().toString(), af.montantVerse().toString(),
                af.explication().enTexte());
    }

    @PostMapping("/famille/paies/{mois}")
    @PreAuthorize("hasRole('COMPTABLE')")
    @Operation(summary = "Lancer (ou reprendre) la paie mensuelle d'un mois de droit")
    PaiementMensuel.Bilan payer(@PathVariable YearMonth mois) {
        if (mois.isAfter(YearMonth.now())) {
            var saisie = new Saisie();
            saisie.erreur("mois", "Mois invalide : " + mois + " n'est pas encore commencé");
            throw new SaisieRefusee(saisie);
        }
        return paie.payer(mois);
    }

    @GetMapping("/famille/paies")
    @PreAuthorize("hasAnyRole('COMPTABLE', 'DIRECTION')")
    List<PaiementMensuel.SyntheseDeLaPaie> paies() {
        return paie.paiesEffectuees();
    }
}
