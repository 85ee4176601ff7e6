package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/**
 * L'inscription des personnes et la création des foyers. Un NIR ne s'inscrit qu'une fois ; une personne sans
 * NIR (nouveau-né, personne née à l'étranger en cours d'immatriculation) est signalée si elle ressemble à une
 * personne déjà inscrite (même nom de naissance, date et lieu de naissance).
 */
@Service
@Transactional
public class Registre {

    private final Personnes personnes;
    private final Foyers foyers;
    private final Communes communes;
    private final Situations situations;
    private final JournalDAudit journal;
    private final ApplicationEventPublisher evenements;

    Registre(Personnes personnes, Foyers foyers, Communes communes, Situations situations, JournalDAudit journal,
            ApplicationEventPublisher evenements) {
        this.personnes = personnes;
        this.foyers = foyers;
        this.communes = communes;
        this.situations = situations;
        this.journal = journal;
        this.evenements = evenements;
    }

    /**
     * Inscrit une personne. Refus (champ en cause) : NIR déjà inscrit, NIR incohérent avec le sexe ou la date de
     * naissance, commune de naissance inconnue, naissance dans le futur.
     */
    public PersonneId inscrire(NouvellePersonne p, String motif) {
        verifier(p);
        var id = PersonneId.nouveau();
        personnes.inserer(id, p, AgentConnecte.courant().identifiant());
        journal.consigner(JournalDAudit.Action.ECRITURE, id.valeur(), "Inscription de " + p.nomDeNaissance() + " " + p.prenoms(), motif);
        evenements.publishEvent(new PersonneInscrite(id, p.dateDeNaissance(), p.nir() != null, LocalDate.now()));
        return id;
    }

    void verifier(NouvellePersonne p) {
        if (p.dateDeNaissance().isAfter(LocalDate.now())) {
            throw new ChampInvalide("dateDeNaissance", "Date de naissance invalide : " + p.dateDeNaissance() + " est dans le futur");
        }
        if (p.communeDeNaissance() != null) {
            communes.get(p.communeDeNaissance(), "communeDeNaissance");
        } else if (p.paysDeNaissance() == null || p.paysDeNaissance().isBlank()) {
            throw new ChampInvalide("communeDeNaissance", "Lieu de naissance obligatoire : commune (code INSEE) ou pays de naissance");
        }
        if (p.nir() != null) {
            verifierCoherence(p.nir(), p.sexe(), p.dateDeNaissance());
            personnes.findParNir(p.nir()).ifPresent(existante -> {
                throw new ChampInvalide("nir", "NIR déjà inscrit : " + p.nir().formate() + " est celui de " + existante.nomComplet()
                        + " (né(e) le " + existante.dateDeNaissance() + ")");
            });
        }
    }

    /** Le NIR porte le sexe (1er chiffre), l'année (2e et 3e) et le mois de naissance (4e et 5e, sauf mois inconnu). */
    static void verifierCoherence(Nir nir, Sexe sexe, LocalDate naissance) {
        int chiffreSexe = nir.sexe();
        if ((chiffreSexe == 1 || chiffreSexe == 2) && chiffreSexe != sexe.chiffreNir()) {
            throw new ChampInvalide("nir", "NIR incohérent avec le sexe : le premier chiffre " + chiffreSexe
                    + " désigne le sexe " + (chiffreSexe == 1 ? "masculin" : "féminin"));
        }
        int annee = Integer.parseInt(nir.valeur().substring(1, 3));
        if (annee != naissance.getYear() % 100) {
            throw new ChampInvalide("nir", String.format("NIR incohérent avec la date de naissance : année %02d dans le NIR, %d déclarée",
                    annee, naissance.getYear()));
        }
        int mois = Integer.parseInt(nir.valeur().substring(3, 5));
        if (mois >= 1 && mois <= 12 && mois != naissance.getMonthValue()) {
            throw new ChampInvalide("nir", String.format("NIR incohérent avec la date de naissance : mois %02d dans le NIR, %02d déclaré",
                    mois, naissance.getMonthValue()));
        }
    }

    /** Les personnes déjà inscrites qui ressemblent à celle-ci (même nom de naissance, date et lieu de naissance). */
    @Transactional(readOnly = true)
    public List<Personne> doublonsProbables(NouvellePersonne p) {
        return personnes.homonymes(p);
    }

    @Transactional(readOnly = true)
    public Optional<Personne> findParNir(Nir nir) {
        return personnes.findParNir(nir);
    }

    @Transactional(readOnly = true)
    public Optional<Personne> findPersonne(PersonneId id) {
        return personnes.findParId(id);
    }

    @Transactional(readOnly = true)
    public Personne getPersonne(PersonneId id) {
        return personnes.findParId(id).orElseThrow(() -> new PersonneIntrouvable(id));
    }

    /** Recherche par nom (préfixe, sans accents ni casse), prénom et date de naissance facultatifs. */
    @Transactional(readOnly = true)
    public List<Personne> rechercher(String nom, @Nullable String prenom, @Nullable LocalDate dateDeNaissance, int max) {
        if (nom.isBlank()) {
            throw new ChampInvalide("nom", "Indiquez au moins le début du nom");
        }
        return personnes.rechercher(nom, prenom, dateDeNaissance, max);
    }

    /** Crée le foyer dont la personne est l'allocataire, à compter de la date donnée. */
    public FoyerId creerFoyer(PersonneId allocataire, LocalDate aCompterDu, Source source, String motif) {
        var personne = getPersonne(allocataire);
        var dejaAllocataire = foyers.duMembre(allocataire).stream().filter(f -> f.allocataire().equals(allocataire)).findFirst();
        if (dejaAllocataire.isPresent()) {
            throw new ChampInvalide("allocataire", personne.nomComplet() + " est déjà allocataire du foyer n° " + dejaAllocataire.get().numero());
        }
        var foyer = new Foyer(FoyerId.nouveau(), foyers.prochainNumero(), allocataire, aCompterDu);
        foyers.inserer(foyer);
        situations.enregistrer(allocataire, foyer.id(),
                new Fait.ArriveeAuFoyer(allocataire, Fait.RoleDansLeFoyer.ALLOCATAIRE, personne.prenoms(), "Ouverture du foyer"),
                aCompterDu, source, motif);
        evenements.publishEvent(new FoyerCree(foyer.id(), foyer.numero(), allocataire, aCompterDu));
        return foyer.id();
    }

    /**
     * Déclare une naissance (ou une adoption, un accueil) : inscrit l'enfant et l'ajoute au foyer à sa date de
     * naissance, en une seule opération — la déclaration peut être rétroactive.
     */
    public PersonneId declarerNaissance(FoyerId foyer, NouvellePersonne enfant, Source source, String motif) {
        getFoyer(foyer);
        var id = inscrire(enfant, motif);
        situations.enregistrer(id, foyer, new Fait.ArriveeAuFoyer(id, Fait.RoleDansLeFoyer.ENFANT, enfant.prenoms(), "Naissance"),
                enfant.dateDeNaissance(), source, motif);
        return id;
    }

    /** Ajoute au foyer une personne déjà inscrite (conjoint, enfant recueilli), à compter d'une date. */
    public void ajouterAuFoyer(FoyerId foyer, PersonneId membre, Fait.RoleDansLeFoyer role, LocalDate aCompterDu, String circonstance,
            Source source, String motif) {
        if (role == Fait.RoleDansLeFoyer.ALLOCATAIRE) {
            throw new ChampInvalide("role", "Le foyer a déjà son allocataire : choisissez conjoint ou enfant");
        }
        var personne = getPersonne(membre);
        situations.enregistrer(membre, foyer, new Fait.ArriveeAuFoyer(membre, role, personne.prenoms(), circonstance), aCompterDu,
                source, motif);
    }

    @Transactional(readOnly = true)
    public Foyer getFoyer(FoyerId id) {
        return foyers.findParId(id).orElseThrow(() -> new PersonneIntrouvable(id));
    }

    @Transactional(readOnly = true)
    public Optional<Foyer> findFoyerParNumero(String numero) {
        return foyers.findParNumero(numero);
    }

    /** Les foyers de la personne : celui dont elle est allocataire et ceux dont elle est ou a été membre. */
    @Transactional(readOnly = true)
    public List<Foyer> foyersDe(PersonneId personne) {
        return foyers.duMembre(personne);
    }
}
