package fr.caissecommune.sante;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.socle.JournalDAudit;

/**
 * Les droits à l'assurance maladie : affiliation à la protection universelle maladie (à titre personnel, au titre de
 * l'activité ou de la résidence, CSS art. L160-1 ; ayants droit mineurs, art. L160-2), fin et réouverture des droits,
 * cartes Vitale (art. L161-31), médecin traitant (art. L162-5-3), affections de longue durée (art. L160-14 3°),
 * maternité (art. L160-9) et aide médicale de l'État (CASF, art. L251-1).
 *
 * <p>Pour la liquidation : la {@link SituationDuBeneficiaire} d'un NIR, d'un lot de NIR (une lecture par nature de
 * droit, quel que soit le nombre de NIR) ou de tous les bénéficiaires, à tenir en mémoire le temps d'un lot.
 */
@Service
@Transactional
public class DroitsSante {

    static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RegistreDesDroits registre;
    private final Registre referentiel;
    private final Parametres parametres;
    private final JournalDAudit journal;

    DroitsSante(RegistreDesDroits registre, Registre referentiel, Parametres parametres, JournalDAudit journal) {
        this.registre = registre;
        this.referentiel = referentiel;
        this.parametres = parametres;
        this.journal = journal;
    }

    // ---- lecture pour la liquidation

    /** La situation du bénéficiaire de ce NIR, vide s'il est inconnu de la caisse. */
    @Transactional(readOnly = true)
    public Optional<SituationDuBeneficiaire> situation(Nir nir) {
        return Optional.ofNullable(registre.situations(List.of(nir.valeur())).get(nir.valeur()));
    }

    /** Les situations d'un lot de NIR, par NIR (valeur sans espaces) ; les NIR inconnus de la caisse sont absents. */
    @Transactional(readOnly = true)
    public Map<String, SituationDuBeneficiaire> situations(Collection<String> nirs) {
        return registre.situations(nirs);
    }

    /** Les situations de tous les bénéficiaires qui ont un NIR, par NIR : à tenir en mémoire pour une liquidation de masse. */
    @Transactional(readOnly = true)
    public Map<String, SituationDuBeneficiaire> toutesLesSituations() {
        return registre.toutesLesSituations();
    }

    /** La situation d'une personne du référentiel, vide si elle n'est pas connue de l'assurance maladie. */
    @Transactional(readOnly = true)
    public Optional<SituationDuBeneficiaire> situationDe(UUID personne) {
        return registre.situation(personne);
    }

    /** Le dossier santé de la personne (vue à 360°), vide si elle n'est pas connue de l'assurance maladie. */
    @Transactional(readOnly = true)
    public Optional<DossierSante> dossier(UUID personne) {
        return registre.beneficiaire(personne).map(b -> new DossierSante(b.personne(), b.nir(), b.nom(), b.dateDeNaissance(), b.deces(),
                registre.affiliations(personne), registre.cartes(personne), registre.medecins(personne), registre.ald(personne),
                registre.grossesses(personne), registre.ame(personne), registre.demandesDe(personne)));
    }

    // ---- bénéficiaires

    /** Recopie du référentiel la personne (NIR, nom, date de naissance) si l'assurance maladie ne la connaît pas encore. */
    public void connaitre(UUID personne) {
        if (registre.beneficiaire(personne).isEmpty()) {
            var p = referentiel.getPersonne(new PersonneId(personne));
            registre.inscrire(personne, p.nir(), p.nomComplet(), p.dateDeNaissance());
        }
    }

    // ---- affiliation

    /**
     * Affilie la personne à titre personnel (activité ou résidence) à compter d'une date. Si elle l'est déjà à l'autre
     * titre, ce titre prend fin la veille ; une affiliation terminée peut être rouverte après sa fin.
     */
    public Affiliation affilier(UUID personne, TitreDAffiliation titre, LocalDate debut, String motif) {
        if (!titre.aTitrePersonnel()) {
            throw new ChampInvalide("titre", "Un ayant droit se rattache à ses parents assurés : utilisez le rattachement d'un ayant droit");
        }
        connaitre(personne);
        verifierVivant(personne, debut);
        var affiliations = registre.affiliations(personne);
        var enCours = affiliations.stream().filter(a -> a.periode().estOuverte()).findFirst();
        if (enCours.isPresent()) {
            var a = enCours.get();
            if (a.titre() == titre) {
                throw new ChampInvalide("titre", "Déjà affilié(e) " + titre.libelle() + " depuis le " + a.periode().debut().format(JJ_MM_AAAA));
            }
            if (!debut.isAfter(a.periode().debut())) {
                throw new ChampInvalide("debut", "Date d'effet invalide : l'affiliation en cours commence le " + a.periode().debut().format(JJ_MM_AAAA)
                        + ", le changement de titre doit être postérieur");
            }
            registre.terminer(a.id(), debut, "Changement de titre : " + titre.libelle());
        }
        verifierSansChevauchement(affiliations, debut, enCours.map(Affiliation::id).orElse(null));
        var nouvelle = new Affiliation(UUID.randomUUID(), personne, titre, List.of(), Periode.depuis(debut), motif, null);
        registre.affilier(nouvelle);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Affiliation " + titre.libelle() + " au " + debut.format(JJ_MM_AAAA), motif);
        return nouvelle;
    }

    /**
     * Rattache un enfant mineur comme ayant droit d'un ou de deux assurés (CSS, art. L160-2), chacun affilié à titre
     * personnel à la date. Un rattachement en cours prend fin à cette date (changement d'ouvrant droit).
     */
    public Affiliation rattacherAyantDroit(UUID enfant, List<UUID> ouvrantsDroit, LocalDate debut, String motif) {
        var ouvrants = ouvrantsDroit.stream().distinct().toList();
        if (ouvrants.isEmpty() || ouvrants.size() > 2) {
            throw new ChampInvalide("ouvrantsDroit", "Un ayant droit est rattaché à un ou deux assurés, " + ouvrants.size() + " indiqué(s)");
        }
        if (ouvrants.contains(enfant)) {
            throw new ChampInvalide("ouvrantsDroit", "Une personne ne peut pas être son propre ouvrant droit");
        }
        connaitre(enfant);
        verifierVivant(enfant, debut);
        var beneficiaire = registre.beneficiaire(enfant).orElseThrow();
        // Historique tenu depuis la PUMa (2016) : un rattachement antérieur est jugé sur la première valeur connue.
        var jeu = parametres.courant();
        var chemin = "sante/affiliation/age_limite_ayant_droit";
        var limite = jeu.a(debut).existe(chemin) ? jeu.a(debut).applique(chemin) : jeu.a(jeu.get(chemin).valeurs().firstKey()).applique(chemin);
        int age = java.time.Period.between(beneficiaire.dateDeNaissance(), debut).getYears();
        if (age >= limite.valeur().intValueExact()) {
            throw new ChampInvalide("enfant", beneficiaire.nom() + " a " + age + " ans au " + debut.format(JJ_MM_AAAA)
                    + " : seul un enfant mineur peut être ayant droit (" + limite.enFrancais() + ")");
        }
        for (var o : ouvrants) {
            var a = registre.affiliations(o).stream().filter(x -> x.periode().contient(debut) && x.titre().aTitrePersonnel()).findFirst();
            if (a.isEmpty()) {
                var nom = registre.beneficiaire(o).map(RegistreDesDroits.Beneficiaire::nom).orElse("L'ouvrant droit");
                throw new ChampInvalide("ouvrantsDroit", nom + " n'est pas affilié(e) à titre personnel au " + debut.format(JJ_MM_AAAA)
                        + " : il ne peut pas ouvrir droit à un ayant droit");
            }
        }
        var affiliations = registre.affiliations(enfant);
        var enCours = affiliations.stream().filter(a -> a.periode().estOuverte()).findFirst();
        if (enCours.isPresent()) {
            var a = enCours.get();
            if (a.titre() == TitreDAffiliation.AYANT_DROIT && Set.copyOf(a.ouvrantsDroit()).equals(Set.copyOf(ouvrants))) {
                return a;
            }
            if (!debut.isAfter(a.periode().debut())) {
                throw new ChampInvalide("debut", "Date d'effet invalide : l'affiliation en cours commence le " + a.periode().debut().format(JJ_MM_AAAA));
            }
            registre.terminer(a.id(), debut, "Nouveau rattachement comme ayant droit");
        }
        verifierSansChevauchement(affiliations, debut, enCours.map(Affiliation::id).orElse(null));
        var nouvelle = new Affiliation(UUID.randomUUID(), enfant, TitreDAffiliation.AYANT_DROIT, ouvrants, Periode.depuis(debut), motif, null);
        registre.affilier(nouvelle);
        journal.consigner(JournalDAudit.Action.ECRITURE, enfant, "Rattachement comme ayant droit au " + debut.format(JJ_MM_AAAA), motif);
        return nouvelle;
    }

    /**
     * Met fin aux droits de la personne le jour donné (exclu) ; ses ayants droit sont rattachés à leur autre ouvrant
     * droit s'il en ont un, sinon leurs droits prennent fin aussi, ou, si {@code maintenirLesAyantsDroit}, ils sont
     * pris en charge au titre de leur résidence.
     */
    public void mettreFin(UUID personne, LocalDate fin, String motif, boolean maintenirLesAyantsDroit) {
        var enCours = registre.affiliations(personne).stream().filter(a -> a.periode().estOuverte()).findFirst()
                .orElseThrow(() -> new ChampInvalide("personne", "Aucune affiliation en cours : les droits sont déjà fermés"));
        if (fin.isBefore(enCours.periode().debut())) {
            throw new ChampInvalide("fin", "Date de fin invalide : l'affiliation commence le " + enCours.periode().debut().format(JJ_MM_AAAA));
        }
        registre.terminer(enCours.id(), fin, motif);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Fin des droits au " + fin.format(JJ_MM_AAAA), motif);
        for (var ad : registre.ayantsDroitEnCours(personne)) {
            var autres = ad.ouvrantsDroit().stream().filter(o -> !o.equals(personne)).toList();
            if (!fin.isAfter(ad.periode().debut())) {
                continue;
            }
            registre.terminer(ad.id(), fin, motif);
            if (!autres.isEmpty()) {
                registre.affilier(new Affiliation(UUID.randomUUID(), ad.personne(), TitreDAffiliation.AYANT_DROIT, autres, Periode.depuis(fin),
                        "Rattachement maintenu à l'autre ouvrant droit (" + motif + ")", null));
            } else if (maintenirLesAyantsDroit) {
                registre.affilier(new Affiliation(UUID.randomUUID(), ad.personne(), TitreDAffiliation.RESIDENCE, List.of(), Periode.depuis(fin),
                        "Prise en charge à titre personnel, plus d'ouvrant droit (" + motif + ")", null));
            }
        }
    }

    private void verifierVivant(UUID personne, LocalDate date) {
        var b = registre.beneficiaire(personne).orElseThrow();
        if (b.deces() != null && date.isAfter(b.deces())) {
            throw new ChampInvalide("debut", b.nom() + " est décédé(e) le " + b.deces().format(JJ_MM_AAAA) + " : aucun droit ne peut s'ouvrir après");
        }
    }

    private static void verifierSansChevauchement(List<Affiliation> affiliations, LocalDate debut, @Nullable UUID saufCelleCi) {
        for (var a : affiliations) {
            if (!a.id().equals(saufCelleCi) && a.periode().fin() != null && a.periode().fin().isAfter(debut)) {
                throw new ChampInvalide("debut", "Date d'effet invalide : une affiliation terminée couvre déjà la période jusqu'au "
                        + a.periode().fin().minusDays(1).format(JJ_MM_AAAA));
            }
        }
    }

    private Affiliation affiliationAu(UUID personne, LocalDate date, String champ) {
        connaitre(personne);
        return registre.affiliations(personne).stream().filter(a -> a.periode().contient(date)).findFirst()
                .orElseThrow(() -> new ChampInvalide(champ, registre.beneficiaire(personne).orElseThrow().nom() + " n'a pas de droits ouverts au "
                        + date.format(JJ_MM_AAAA)));
    }

    // ---- carte Vitale

    /** Demande une carte Vitale pour une personne qui a des droits ouverts et pas déjà de carte valide ou en cours. */
    public DemandeDeCarteVitale demanderUneCarteVitale(UUID personne, LocalDate le) {
        affiliationAu(personne, le, "personne");
        var valide = registre.cartes(personne).stream().filter(c -> c.statut() != StatutDeCarteVitale.OPPOSEE).findFirst();
        if (valide.isPresent()) {
            throw new ChampInvalide("personne", "Une carte Vitale est déjà " + valide.get().statut().libelle() + " (demandée le "
                    + valide.get().demandeeLe().format(JJ_MM_AAAA) + ") : mettez-la en opposition avant d'en demander une autre");
        }
        var demande = new DemandeDeCarteVitale(UUID.randomUUID(), personne, le, StatutDeCarteVitale.DEMANDEE, le);
        registre.demanderCarte(demande);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Demande de carte Vitale", "Carte Vitale");
        return demande;
    }

    public DemandeDeCarteVitale changerLeStatutDeLaCarte(UUID demande, StatutDeCarteVitale statut, LocalDate le) {
        var carte = registre.carte(demande).orElseThrow(() -> new ChampInvalide("demande", "Demande de carte Vitale inconnue : " + demande));
        if (!carte.statut().suivants().contains(statut)) {
            throw new ChampInvalide("statut", "Une carte « " + carte.statut().libelle() + " » ne peut pas passer à « " + statut.libelle()
                    + " » (étapes possibles : " + carte.statut().suivants().stream().map(StatutDeCarteVitale::libelle).sorted()
                            .collect(Collectors.joining(", ")) + ")");
        }
        registre.changerStatutDeCarte(demande, statut, le);
        return new DemandeDeCarteVitale(carte.id(), carte.personne(), carte.demandeeLe(), statut, le);
    }

    // ---- médecin traitant

    /** Déclare le médecin traitant à compter d'une date ; la déclaration précédente prend fin ce jour-là. */
    public MedecinTraitant declarerUnMedecinTraitant(UUID personne, Rpps rpps, String nom, LocalDate le) {
        affiliationAu(personne, le, "date");
        if (nom.isBlank()) {
            throw new ChampInvalide("nom", "Nom du médecin obligatoire");
        }
        for (var m : registre.medecins(personne)) {
            if (m.periode().estOuverte()) {
                if (!le.isAfter(m.periode().debut())) {
                    throw new ChampInvalide("date", "La déclaration en cours (" + m.nom() + ") date du " + m.periode().debut().format(JJ_MM_AAAA)
                            + " : la nouvelle doit être postérieure");
                }
                registre.terminerMedecin(m.id(), le);
            }
        }
        var declaration = new MedecinTraitant(UUID.randomUUID(), rpps, nom.strip(), Periode.depuis(le));
        registre.declarerMedecin(personne, declaration);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Déclaration du médecin traitant " + nom, "Médecin traitant");
        return declaration;
    }

    // ---- ALD

    /** Reconnaît une affection de longue durée, avec les codes d'actes et de produits du protocole exonérés. */
    public DossierSante.AldReconnue reconnaitreUneAld(UUID personne, String affection, LocalDate debut, @Nullable LocalDate fin, Collection<String> codes) {
        affiliationAu(personne, debut, "debut");
        if (affection.isBlank()) {
            throw new ChampInvalide("affection", "Affection obligatoire (libellé de l'ALD reconnue)");
        }
        if (fin != null && !fin.isAfter(debut)) {
            throw new ChampInvalide("fin", "Date de fin invalide : elle doit suivre le début (" + debut.format(JJ_MM_AAAA) + ")");
        }
        var normalises = new java.util.TreeSet<String>();
        for (var c : codes) {
            if (c.isBlank()) {
                continue;
            }
            try {
                normalises.add(CodeActe.of(c.strip()).toString());
            } catch (IllegalArgumentException e) {
                throw new ChampInvalide("codes", "Code du protocole invalide « " + c.strip() + " » : " + e.getMessage());
            }
        }
        var ald = new Ald(affection.strip(), new Periode(debut, fin), normalises);
        var id = UUID.randomUUID();
        registre.reconnaitreAld(id, personne, ald);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Reconnaissance d'une ALD : " + affection, "ALD");
        return new DossierSante.AldReconnue(id, ald);
    }

    // ---- maternité

    /** Déclare une grossesse : son début et la date prévue de l'accouchement. */
    public Grossesse declarerUneGrossesse(UUID personne, LocalDate debut, LocalDate accouchementPrevu) {
        affiliationAu(personne, debut, "debut");
        if (!accouchementPrevu.isAfter(debut)) {
            throw new ChampInvalide("accouchementPrevu", "Date prévue d'accouchement invalide : elle doit suivre le début de la grossesse");
        }
        registre.declarerGrossesse(UUID.randomUUID(), personne, debut, accouchementPrevu);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Déclaration de grossesse", "Maternité");
        return new Grossesse(debut, accouchementPrevu);
    }

    /** Enregistre l'accouchement sur la grossesse en cours ; faux si aucune n'est déclarée. */
    public boolean constaterUnAccouchement(UUID personne, LocalDate date) {
        return registre.beneficiaire(personne).isPresent() && registre.accoucher(personne, date);
    }

    // ---- AME

    /** Ouvre l'aide médicale de l'État pour sa durée légale, à une personne qui n'est pas affiliée à la PUMa à cette date. */
    public Periode ouvrirLAme(UUID personne, LocalDate debut) {
        connaitre(personne);
        verifierVivant(personne, debut);
        var puma = registre.affiliations(personne).stream().filter(a -> a.periode().contient(debut)).findFirst();
        if (puma.isPresent()) {
            throw new ChampInvalide("debut", "La personne est affiliée " + puma.get().titre().libelle() + " au " + debut.format(JJ_MM_AAAA)
                    + " : l'AME est réservée aux personnes qui ne relèvent pas de la protection universelle maladie (CASF, art. L251-1)");
        }
        for (var p : registre.ame(personne)) {
            if (p.contient(debut)) {
                throw new ChampInvalide("debut", "AME déjà ouverte jusqu'au " + p.fin().minusDays(1).format(JJ_MM_AAAA) + " : le renouvellement part du "
                        + p.fin().format(JJ_MM_AAAA));
            }
        }
        var duree = parametres.courant().a(debut).applique("sante/ame/duree_du_droit");
        var periode = Periode.entre(debut, debut.plusMonths(duree.valeur().intValueExact()));
        registre.ouvrirAme(UUID.randomUUID(), personne, periode);
        journal.consigner(JournalDAudit.Action.ECRITURE, personne, "Ouverture de l'AME au " + debut.format(JJ_MM_AAAA), "AME");
        return periode;
    }

    // ---- décès

    /** Le décès clôt les droits au lendemain du jour du décès ; les ayants droit sont maintenus (autre parent ou résidence). */
    public void constaterLeDeces(UUID personne, LocalDate deces) {
        if (registre.beneficiaire(personne).isEmpty()) {
            return;
        }
        var fin = deces.plusDays(1);
        registre.deceder(personne, deces);
        if (registre.affiliations(personne).stream().anyMatch(a -> a.periode().estOuverte())) {
            mettreFin(personne, fin, "Décès le " + deces.format(JJ_MM_AAAA), true);
        }
        registre.cloreLesDroits(personne, fin);
        registre.cloreC2s(personne, fin);
        for (var c : registre.cartes(personne)) {
            if (c.statut().suivants().contains(StatutDeCarteVitale.OPPOSEE)) {
                registre.changerStatutDeCarte(c.id(), StatutDeCarteVitale.OPPOSEE, deces);
            }
        }
    }

    /** Les ayants droit en cours de cet assuré. */
    @Transactional(readOnly = true)
    public List<UUID> ayantsDroitDe(UUID assure) {
        return new ArrayList<>(registre.ayantsDroitEnCours(assure).stream().map(Affiliation::personne).toList());
    }
}
