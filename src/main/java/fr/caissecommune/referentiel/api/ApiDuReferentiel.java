package fr.caissecommune.referentiel.api;

import java.net.URI;
import java.time.LocalDate;
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

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.commun.Siret;
import fr.caissecommune.referentiel.Communes;
import fr.caissecommune.referentiel.Employeurs;
import fr.caissecommune.referentiel.Etablissement;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FaitEnregistre;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Personne;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.PersonneIntrouvable;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.SituationDuFoyer;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;
import fr.caissecommune.socle.Saisie;
import fr.caissecommune.socle.SaisieRefusee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * L'API du référentiel : inscription et recherche des personnes, foyers, changements de situation,
 * employeurs. Les corps sont lus champ par champ ; un champ refusé donne une réponse 422 au format RFC 9457
 * qui le nomme, et rien n'est écrit.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Référentiel", description = "Personnes, foyers, situation datée, employeurs")
@PreAuthorize("hasAnyRole('ACCUEIL', 'TECHNICIEN_FAMILLE', 'TECHNICIEN_SANTE', 'GESTIONNAIRE_RECOUVREMENT', 'DIRECTION')")
class ApiDuReferentiel {

    record PersonneAInscrire(@Nullable String nir, @Nullable String nomDeNaissance, @Nullable String nomDUsage, @Nullable String prenoms,
            @Nullable String sexe, @Nullable String dateDeNaissance, @Nullable String communeDeNaissance, @Nullable String paysDeNaissance,
            @Nullable String telephone, @Nullable String courriel, @Nullable String motif) {
    }

    record Inscription(PersonneId id, List<Personne> doublonsProbables) {
    }

    record NouveauFoyer(@Nullable String allocataire, @Nullable String aCompterDu, @Nullable String source) {
    }

    record NouvelleAdresse(@Nullable String ligne, @Nullable String complement, @Nullable String codePostal, @Nullable String commune,
            @Nullable String dateEffet, @Nullable String source) {
    }

    record NouveauCompte(@Nullable String iban, @Nullable String bic, @Nullable String titulaire, @Nullable String dateEffet,
            @Nullable String source) {
    }

    record Naissance(@Nullable String prenom, @Nullable String nomDeNaissance, @Nullable String sexe, @Nullable String dateDeNaissance,
            @Nullable String communeDeNaissance, @Nullable String nir, @Nullable String source) {
    }

    record Depart(@Nullable String membre, @Nullable String date, @Nullable String motif, @Nullable String source) {
    }

    record NouveauLogement(@Nullable String statut, @Nullable String loyerMensuel, @Nullable String zone, @Nullable Boolean colocation,
            @Nullable String dateEffet, @Nullable String source) {
    }

    record NouveauHandicap(@Nullable String membre, @Nullable Integer tauxDIncapacite, @Nullable String categorieAeeh,
            @Nullable Boolean restrictionDAccesALEmploi, @Nullable String finDeDecision, @Nullable String dateEffet, @Nullable String source) {
    }

    record DeclarationDeRessources(@Nullable String membre, @Nullable String mois, @Nullable String revenusDActivite,
            @Nullable String revenusDeRemplacement, @Nullable String autresRessources, @Nullable String source) {
    }

    record NouvelleGrossesse(@Nullable String mere, @Nullable String datePresumeeDAccouchement, @Nullable Integer enfantsAttendus,
            @Nullable String dateEffet, @Nullable String source) {
    }

    record NouveauModeDeGarde(@Nullable String enfant, @Nullable String type, @Nullable Integer heuresParMois, @Nullable String coutMensuel,
            @Nullable String dateEffet, @Nullable String source) {
    }

    record Ressources(@Nullable Integer annee, @Nullable String montant, @Nullable String source) {
    }

    record NouvelEtablissement(@Nullable String siret, @Nullable String raisonSociale, @Nullable String codeNaf, @Nullable String commune,
            @Nullable Integer effectif) {
    }

    record Identifiant(String id) {
    }

    private final Registre registre;
    private final Situations situations;
    private final Employeurs employeurs;
    private final Communes communes;

    ApiDuReferentiel(Registre registre, Situations situations, Employeurs employeurs, Communes communes) {
        this.registre = registre;
        this.situations = situations;
        this.employeurs = employeurs;
        this.communes = communes;
    }

    @PostMapping("/personnes")
    @Operation(summary = "Inscrire une personne", description = "Refuse un NIR déjà inscrit ; signale les doublons probables (même nom, date et lieu de naissance).")
    ResponseEntity<Inscription> inscrire(@RequestBody PersonneAInscrire corps) {
        var saisie = new Saisie();
        var nir = saisie.facultatif("nir", corps.nir(), Nir::of);
        var nom = saisie.texte("nomDeNaissance", corps.nomDeNaissance(), 80);
        var prenoms = saisie.texte("prenoms", corps.prenoms(), 120);
        var sexe = saisie.choix("sexe", corps.sexe(), Sexe.class);
        var naissance = saisie.date("dateDeNaissance", corps.dateDeNaissance());
        var commune = saisie.facultatif("communeDeNaissance", corps.communeDeNaissance(), CodeCommune::of);
        var personne = new NouvellePersonne[1];
        var id = new PersonneId[1];
        if (!saisie.executer(() -> {
            personne[0] = new NouvellePersonne(nir, nom, corps.nomDUsage(), prenoms, sexe, naissance, commune, corps.paysDeNaissance(),
                    corps.telephone(), corps.courriel());
            id[0] = registre.inscrire(personne[0], corps.motif() == null ? "Inscription par l'API" : corps.motif());
        })) {
            throw new SaisieRefusee(saisie);
        }
        var doublons = registre.doublonsProbables(personne[0]).stream().filter(p -> !p.id().equals(id[0])).toList();
        return ResponseEntity.created(URI.create("/api/v1/personnes/" + id[0])).body(new Inscription(id[0], doublons));
    }

    @GetMapping("/personnes")
    @Operation(summary = "Rechercher des personnes par nom (préfixe, sans accents ni casse), prénom et date de naissance")
    List<Personne> rechercher(@RequestParam String nom, @RequestParam(required = false) @Nullable String prenom,
            @RequestParam(required = false) @Nullable LocalDate dateDeNaissance) {
        return registre.rechercher(nom, prenom, dateDeNaissance, 100);
    }

    @GetMapping("/personnes/nir/{nir}")
    @Operation(summary = "Trouver une personne par son NIR (15 caractères, clé comprise)")
    Personne parNir(@PathVariable String nir) {
        var saisie = new Saisie();
        var leNir = saisie.lire("nir", nir, Nir::of);
        if (saisie.aDesErreurs()) {
            throw new SaisieRefusee(saisie);
        }
        return registre.findParNir(leNir).orElseThrow(() -> new PersonneIntrouvable(leNir));
    }

    @GetMapping("/personnes/{id}")
    Personne personne(@PathVariable PersonneId id) {
        return registre.getPersonne(id);
    }

    @GetMapping("/personnes/{id}/historique")
    @Operation(summary = "L'historique de la situation : tous les faits, en vigueur ou non")
    List<FaitEnregistre> historique(@PathVariable PersonneId id) {
        return situations.historique(id);
    }

    @PostMapping("/foyers")
    @Operation(summary = "Créer le foyer dont la personne est l'allocataire")
    ResponseEntity<Identifiant> creerFoyer(@RequestBody NouveauFoyer corps) {
        var saisie = new Saisie();
        var allocataire = saisie.lire("allocataire", corps.allocataire(), PersonneId::of);
        var date = saisie.date("aCompterDu", corps.aCompterDu());
        var source = source(saisie, corps.source());
        var id = new FoyerId[1];
        if (!saisie.executer(() -> id[0] = registre.creerFoyer(allocataire, date, source, "Création de foyer par l'API"))) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.created(URI.create("/api/v1/foyers/" + id[0])).body(new Identifiant(id[0].toString()));
    }

    @GetMapping("/foyers/{id}")
    SituationDuFoyer foyer(@PathVariable FoyerId id) {
        return situations.situationDuFoyer(id);
    }

    @PostMapping("/personnes/{id}/adresses")
    @Operation(summary = "Enregistrer un changement d'adresse à sa date d'effet")
    ResponseEntity<Identifiant> adresse(@PathVariable PersonneId id, @RequestBody NouvelleAdresse corps) {
        var saisie = new Saisie();
        var commune = saisie.lire("commune", corps.commune(), CodeCommune::of);
        var ligne = saisie.texte("ligne", corps.ligne(), 120);
        var codePostal = saisie.lire("codePostal", corps.codePostal(), t -> t);
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(id, null,
                new Fait.Adresse(ligne, corps.complement(), codePostal, commune, communes.get(commune, "commune").nom()), date, source, null));
    }

    @PostMapping("/personnes/{id}/comptes-bancaires")
    @Operation(summary = "Enregistrer de nouvelles coordonnées bancaires (IBAN et BIC contrôlés)")
    ResponseEntity<Identifiant> compte(@PathVariable PersonneId id, @RequestBody NouveauCompte corps) {
        var saisie = new Saisie();
        var iban = saisie.lire("iban", corps.iban(), Iban::of);
        var bic = saisie.facultatif("bic", corps.bic(), Bic::of);
        var titulaire = saisie.texte("titulaire", corps.titulaire(), 70);
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(id, null, new Fait.CompteBancaire(iban, bic, titulaire), date, source, null));
    }

    @PostMapping("/foyers/{id}/naissances")
    @Operation(summary = "Déclarer une naissance (éventuellement tardive) : l'enfant est inscrit et rejoint le foyer")
    ResponseEntity<Identifiant> naissance(@PathVariable FoyerId id, @RequestBody Naissance corps) {
        var saisie = new Saisie();
        var prenom = saisie.texte("prenom", corps.prenom(), 60);
        var nom = saisie.texte("nomDeNaissance", corps.nomDeNaissance(), 80);
        var sexe = saisie.choix("sexe", corps.sexe(), Sexe.class);
        var date = saisie.date("dateDeNaissance", corps.dateDeNaissance());
        var commune = saisie.lire("communeDeNaissance", corps.communeDeNaissance(), CodeCommune::of);
        var nir = saisie.facultatif("nir", corps.nir(), Nir::of);
        var source = source(saisie, corps.source());
        var enfant = new PersonneId[1];
        if (!saisie.executer(() -> enfant[0] = registre.declarerNaissance(id,
                new NouvellePersonne(nir, nom, null, prenom, sexe, date, commune, null, null, null), source, "Déclaration de naissance"))) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.created(URI.create("/api/v1/personnes/" + enfant[0])).body(new Identifiant(enfant[0].toString()));
    }

    @PostMapping("/foyers/{id}/departs")
    @Operation(summary = "Déclarer le départ d'un membre du foyer à une date (éventuellement passée)")
    ResponseEntity<Identifiant> depart(@PathVariable FoyerId id, @RequestBody Depart corps) {
        var saisie = new Saisie();
        var membre = saisie.lire("membre", corps.membre(), PersonneId::of);
        var date = saisie.date("date", corps.date());
        var motif = saisie.texte("motif", corps.motif(), 80);
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(membre, id,
                new Fait.DepartDuFoyer(membre, registre.getPersonne(membre).prenoms(), motif), date, source, motif));
    }

    @PostMapping("/foyers/{id}/ressources")
    @Operation(summary = "Déclarer les ressources annuelles du foyer (revenus nets catégoriels de l'année)")
    ResponseEntity<Identifiant> ressources(@PathVariable FoyerId id, @RequestBody Ressources corps) {
        var saisie = new Saisie();
        if (corps.annee() == null) {
            saisie.erreur("annee", "Champ obligatoire");
        }
        var montant = saisie.nombre("montant", corps.montant());
        var source = source(saisie, corps.source());
        var foyer = registre.getFoyer(id);
        return enregistrer(saisie, () -> situations.enregistrer(foyer.allocataire(), id,
                new Fait.Ressources(corps.annee(), Montant.euros(montant)), LocalDate.of(corps.annee(), 1, 1), source, "Déclaration de ressources"));
    }

    @PostMapping("/foyers/{id}/logements")
    @Operation(summary = "Enregistrer le logement du foyer (statut d'occupation, loyer, zone) à sa date d'effet")
    ResponseEntity<Identifiant> logement(@PathVariable FoyerId id, @RequestBody NouveauLogement corps) {
        var saisie = new Saisie();
        var statut = saisie.choix("statut", corps.statut(), Fait.StatutDOccupation.class);
        var loyer = saisie.nombre("loyerMensuel", corps.loyerMensuel());
        var zone = saisie.choix("zone", corps.zone(), Fait.ZoneDeLogement.class);
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        var foyer = registre.getFoyer(id);
        return enregistrer(saisie, () -> situations.enregistrer(foyer.allocataire(), id, new Fait.Logement(statut, Montant.euros(loyer), zone,
                Boolean.TRUE.equals(corps.colocation())), date, source, "Déclaration de logement"));
    }

    @PostMapping("/foyers/{id}/handicaps")
    @Operation(summary = "Enregistrer la décision de la CDAPH sur le handicap d'un membre du foyer")
    ResponseEntity<Identifiant> handicap(@PathVariable FoyerId id, @RequestBody NouveauHandicap corps) {
        var saisie = new Saisie();
        var membre = saisie.lire("membre", corps.membre(), PersonneId::of);
        if (corps.tauxDIncapacite() == null) {
            saisie.erreur("tauxDIncapacite", "Champ obligatoire");
        }
        var categorie = corps.categorieAeeh() == null ? Fait.CategorieAeeh.AUCUNE : saisie.choix("categorieAeeh", corps.categorieAeeh(), Fait.CategorieAeeh.class);
        var fin = saisie.facultatif("finDeDecision", corps.finDeDecision(), LocalDate::parse);
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(membre, id, new Fait.Handicap(membre, corps.tauxDIncapacite(), categorie,
                Boolean.TRUE.equals(corps.restrictionDAccesALEmploi()), fin), date, source, "Décision de la CDAPH"));
    }

    @PostMapping("/foyers/{id}/ressources-declarees")
    @Operation(summary = "Déclarer les ressources d'un membre du foyer pour un mois (déclaration trimestrielle RSA / prime d'activité)")
    ResponseEntity<Identifiant> ressourcesDeclarees(@PathVariable FoyerId id, @RequestBody DeclarationDeRessources corps) {
        var saisie = new Saisie();
        var membre = saisie.lire("membre", corps.membre(), PersonneId::of);
        var mois = saisie.lire("mois", corps.mois(), java.time.YearMonth::parse);
        var activite = saisie.nombre("revenusDActivite", corps.revenusDActivite() == null ? "0" : corps.revenusDActivite());
        var remplacement = saisie.nombre("revenusDeRemplacement", corps.revenusDeRemplacement() == null ? "0" : corps.revenusDeRemplacement());
        var autres = saisie.nombre("autresRessources", corps.autresRessources() == null ? "0" : corps.autresRessources());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(membre, id, new Fait.RessourcesDeclarees(membre, mois, Montant.euros(activite),
                Montant.euros(remplacement), Montant.euros(autres)), mois.atDay(1), source, "Déclaration de ressources du mois"));
    }

    @PostMapping("/foyers/{id}/grossesses")
    @Operation(summary = "Déclarer une grossesse (date présumée de l'accouchement)")
    ResponseEntity<Identifiant> grossesse(@PathVariable FoyerId id, @RequestBody NouvelleGrossesse corps) {
        var saisie = new Saisie();
        var mere = saisie.lire("mere", corps.mere(), PersonneId::of);
        var terme = saisie.date("datePresumeeDAccouchement", corps.datePresumeeDAccouchement());
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(mere, id, new Fait.Grossesse(mere, terme,
                corps.enfantsAttendus() == null ? 1 : corps.enfantsAttendus()), date, source, "Déclaration de grossesse"));
    }

    @PostMapping("/foyers/{id}/modes-de-garde")
    @Operation(summary = "Déclarer le mode de garde d'un enfant du foyer")
    ResponseEntity<Identifiant> modeDeGarde(@PathVariable FoyerId id, @RequestBody NouveauModeDeGarde corps) {
        var saisie = new Saisie();
        var enfant = saisie.lire("enfant", corps.enfant(), PersonneId::of);
        var type = saisie.choix("type", corps.type(), Fait.TypeDeGarde.class);
        var cout = saisie.nombre("coutMensuel", corps.coutMensuel() == null ? "0" : corps.coutMensuel());
        var date = saisie.date("dateEffet", corps.dateEffet());
        var source = source(saisie, corps.source());
        return enregistrer(saisie, () -> situations.enregistrer(enfant, id, new Fait.ModeDeGarde(enfant, type,
                corps.heuresParMois() == null ? 0 : corps.heuresParMois(), Montant.euros(cout)), date, source, "Déclaration du mode de garde"));
    }

    @PostMapping("/etablissements")
    @Operation(summary = "Enregistrer un établissement employeur (SIRET contrôlé, y compris l'exception de La Poste)")
    ResponseEntity<Identifiant> etablissement(@RequestBody NouvelEtablissement corps) {
        var saisie = new Saisie();
        var siret = saisie.lire("siret", corps.siret(), Siret::of);
        var commune = saisie.lire("commune", corps.commune(), CodeCommune::of);
        if (!saisie.executer(() -> employeurs.enregistrer(new Etablissement(siret, corps.raisonSociale() == null ? "" : corps.raisonSociale(),
                corps.codeNaf(), commune, corps.effectif() == null ? 0 : corps.effectif())))) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.created(URI.create("/api/v1/etablissements/" + siret)).body(new Identifiant(siret.toString()));
    }

    @GetMapping("/etablissements/{siret}")
    Etablissement parSiret(@PathVariable String siret) {
        var saisie = new Saisie();
        var leSiret = saisie.lire("siret", siret, Siret::of);
        if (saisie.aDesErreurs()) {
            throw new SaisieRefusee(saisie);
        }
        return employeurs.findParSiret(leSiret).orElseThrow(() -> new PersonneIntrouvable(leSiret));
    }

    private static @Nullable Source source(Saisie saisie, @Nullable String source) {
        return source == null ? Source.ESPACE_EN_LIGNE : saisie.choix("source", source, Source.class);
    }

    private static ResponseEntity<Identifiant> enregistrer(Saisie saisie, java.util.function.Supplier<fr.caissecommune.referentiel.FaitId> operation) {
        var id = new fr.caissecommune.referentiel.FaitId[1];
        if (!saisie.executer(() -> id[0] = operation.get())) {
            throw new SaisieRefusee(saisie);
        }
        return ResponseEntity.status(201).body(new Identifiant(id[0].toString()));
    }
}
