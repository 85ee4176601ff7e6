package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;

/** Tout ce que la caisse sait des droits santé d'une personne : ce que la vue à 360° affiche. */
public record DossierSante(UUID personne, @Nullable Nir nir, String nom, LocalDate dateDeNaissance, @Nullable LocalDate deces,
        List<Affiliation> affiliations, List<DemandeDeCarteVitale> cartesVitale, List<MedecinTraitant> medecinsTraitants, List<AldReconnue> ald,
        List<Grossesse> grossesses, List<Periode> ame, List<DemandeC2s> c2s) {

    /** Une ALD reconnue, avec son identifiant. */
    public record AldReconnue(UUID id, Ald ald) {
    }

    public DossierSante {
        affiliations = List.copyOf(affiliations);
        cartesVitale = List.copyOf(cartesVitale);
        medecinsTraitants = List.copyOf(medecinsTraitants);
        ald = List.copyOf(ald);
        grossesses = List.copyOf(grossesses);
        ame = List.copyOf(ame);
        c2s = List.copyOf(c2s);
    }

    /** L'affiliation en cours à la date, s'il y en a une. */
    public @Nullable Affiliation affiliationAu(LocalDate date) {
        return affiliations.stream().filter(a -> a.periode().contient(date)).findFirst().orElse(null);
    }

    public @Nullable MedecinTraitant medecinTraitantAu(LocalDate date) {
        return medecinsTraitants.stream().filter(m -> m.periode().contient(date)).findFirst().orElse(null);
    }

    /** La C2S accordée en cours à la date ou, à défaut, celle qui s'ouvre après (accordée, droit à venir). */
    public @Nullable DemandeC2s c2sEnCoursOuAVenir(LocalDate date) {
        var enCours = c2sAu(date);
        return enCours != null ? enCours : c2s.stream().filter(d -> d.droit() != null && d.droit().debut().isAfter(date))
                .min(java.util.Comparator.comparing(d -> d.droit().debut())).orElse(null);
    }

    /** La C2S accordée en cours à la date, s'il y en a une. */
    public @Nullable DemandeC2s c2sAu(LocalDate date) {
        return c2s.stream().filter(d -> d.droit() != null && d.droit().contient(date)).findFirst().orElse(null);
    }
}
