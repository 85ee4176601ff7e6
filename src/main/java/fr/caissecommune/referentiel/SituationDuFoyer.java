package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

/**
 * La situation datée d'un foyer, reconstruite à partir des faits en vigueur : ses membres et leurs périodes
 * de présence, ses ressources par année civile, le compte bancaire de l'allocataire par date, son décès.
 * C'est l'entrée des calculs de droits des branches.
 */
public record SituationDuFoyer(FoyerId foyer, String numero, PersonneId allocataire, String nomAllocataire,
        LocalDate dateDeNaissanceAllocataire, List<Membre> membres, Map<Integer, Montant> ressources,
        NavigableMap<LocalDate, Fait.CompteBancaire> comptes, @Nullable LocalDate decesAllocataire) {

    /** Un membre du foyer pendant une période de présence (un enfant parti puis revenu a deux périodes). */
    public record Membre(PersonneId personne, String prenom, LocalDate dateDeNaissance, Fait.RoleDansLeFoyer role, Periode presence) {
    }

    public SituationDuFoyer {
        membres = List.copyOf(membres);
        ressources = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(ressources));
        comptes = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(comptes));
    }

    /** Les enfants présents au foyer à une date, du plus âgé au plus jeune. */
    public List<Membre> enfantsA(LocalDate date) {
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && m.presence().contient(date))
                .sorted(Comparator.comparing(Membre::dateDeNaissance)).toList();
    }

    /** Tous les enfants présents au foyer à un moment du mois (premier jour inclus), pour un calcul mensuel. */
    public List<Membre> enfantsDuMois(java.time.YearMonth mois) {
        var periode = Periode.du(mois);
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.ENFANT && m.presence().chevauche(periode))
                .sorted(Comparator.comparing(Membre::dateDeNaissance)).toList();
    }

    public Optional<Membre> conjointA(LocalDate date) {
        return membres.stream().filter(m -> m.role() == Fait.RoleDansLeFoyer.CONJOINT && m.presence().contient(date)).findFirst();
    }

    public Optional<Montant> ressourcesDe(int annee) {
        return Optional.ofNullable(ressources.get(annee));
    }

    public Optional<Fait.CompteBancaire> compteA(LocalDate date) {
        return Optional.ofNullable(comptes.floorEntry(date)).map(Map.Entry::getValue);
    }
}
