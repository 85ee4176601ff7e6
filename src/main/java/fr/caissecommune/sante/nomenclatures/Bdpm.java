package fr.caissecommune.sante.nomenclatures;

import java.util.Map;
import java.util.Optional;

/**
 * Une extraction de la BDPM : les présentations par CIP13, et les présentations écartées au chargement avec le
 * motif (taux qui n'existe plus, prix illisible…), pour qu'une feuille qui les facture soit rejetée avec ce motif.
 */
public final class Bdpm {

    private final Map<String, Presentation> presentations;
    private final Map<String, String> ecartees;

    Bdpm(Map<String, Presentation> presentations, Map<String, String> ecartees) {
        this.presentations = Map.copyOf(presentations);
        this.ecartees = Map.copyOf(ecartees);
    }

    public Optional<Presentation> presentation(String cip13) {
        return Optional.ofNullable(presentations.get(cip13));
    }

    /** Le motif pour lequel la présentation a été écartée au chargement, si elle l'a été. */
    public Optional<String> motifDEcart(String cip13) {
        return Optional.ofNullable(ecartees.get(cip13));
    }

    public int taille() {
        return presentations.size();
    }

    public int ecartees() {
        return ecartees.size();
    }
}
