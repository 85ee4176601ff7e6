package fr.caissecommune.sante;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Periode;

/**
 * Une période d'affiliation : le titre, les assurés ouvrant droit pour un ayant droit (un ou deux), la période
 * (jour de fin exclu), le motif de l'ouverture et celui de la fin.
 */
public record Affiliation(UUID id, UUID personne, TitreDAffiliation titre, List<UUID> ouvrantsDroit, Periode periode, String motif,
        @Nullable String motifDeFin) {

    public Affiliation {
        ouvrantsDroit = List.copyOf(ouvrantsDroit);
    }
}
