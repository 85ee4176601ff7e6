package fr.caissecommune.sante.nomenclatures;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Les versions successives d'une nomenclature, chacune avec sa date d'entrée en vigueur. */
final class VersionsDatees<T> {

    private record Version<T>(VersionRetenue<T> enVigueur, VersionRetenue<T> anterieure) {
    }

    private final NavigableMap<LocalDate, Version<T>> versions = new TreeMap<>();

    void ajouter(T contenu, String nom, LocalDate enVigueurDu) {
        versions.put(enVigueurDu, new Version<>(new VersionRetenue<>(contenu, nom, enVigueurDu, false),
                new VersionRetenue<>(contenu, nom, enVigueurDu, true)));
    }

    /** La version en vigueur à la date, ou à défaut la plus ancienne (signalée comme antérieure). */
    VersionRetenue<T> auJour(LocalDate date) {
        var entree = versions.floorEntry(date);
        return entree == null ? versions.firstEntry().getValue().anterieure() : entree.getValue().enVigueur();
    }

    T derniere() {
        return versions.lastEntry().getValue().enVigueur().contenu();
    }
}
