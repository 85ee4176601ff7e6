package fr.caissecommune.sante.nomenclatures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Le compte rendu du chargement d'une nomenclature : lignes lues, entrées retenues, lignes écartées ou corrigées,
 * par motif (en français), pour que l'exploitant sache ce qui n'a pas été chargé et pourquoi.
 */
public record RapportDeChargement(String nomenclature, String version, int lignesLues, int entreesRetenues, Map<String, Integer> ecartees,
        Map<String, Integer> corrigees) {

    public RapportDeChargement {
        ecartees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ecartees));
        corrigees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(corrigees));
    }

    public int totalEcartees() {
        return ecartees.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String enTexte() {
        var t = new StringBuilder(nomenclature + " (" + version + ") : " + lignesLues + " lignes lues, " + entreesRetenues + " retenues");
        ecartees.forEach((motif, nombre) -> t.append("\n  écartées : ").append(nombre).append(" — ").append(motif));
        corrigees.forEach((motif, nombre) -> t.append("\n  corrigées : ").append(nombre).append(" — ").append(motif));
        return t.toString();
    }
}
