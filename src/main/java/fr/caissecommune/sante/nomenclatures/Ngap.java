package fr.caissecommune.sante.nomenclatures;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * La liste des lettres clés de la NGAP et leurs libellés (sans tarifs : les valeurs des lettres clés sont des
 * paramètres datés), et la nature de chacune : acte, majoration ou indemnité de déplacement.
 */
public final class Ngap {

    /** Ce que facture une lettre clé : un acte, ou un complément qui n'est pas un acte. */
    public enum Nature {
        ACTE, MAJORATION, INDEMNITE
    }

    private final Map<String, String> libelles;
    private final Set<String> majorations;
    private final Set<String> indemnites;

    Ngap(Map<String, String> libelles, Set<String> majorations, Set<String> indemnites) {
        this.libelles = Map.copyOf(libelles);
        this.majorations = Set.copyOf(majorations);
        this.indemnites = Set.copyOf(indemnites);
    }

    public Optional<String> libelle(String lettreCle) {
        return Optional.ofNullable(libelles.get(lettreCle));
    }

    public boolean connait(String lettreCle) {
        return libelles.containsKey(lettreCle);
    }

    public Nature nature(String lettreCle) {
        return majorations.contains(lettreCle) ? Nature.MAJORATION : indemnites.contains(lettreCle) ? Nature.INDEMNITE : Nature.ACTE;
    }

    public int taille() {
        return libelles.size();
    }
}
