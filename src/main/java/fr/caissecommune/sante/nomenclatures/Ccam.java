package fr.caissecommune.sante.nomenclatures;

import java.util.Map;
import java.util.Optional;

/** Une version de la CCAM : les actes par code. */
public final class Ccam {

    private final Map<String, ActeCcam> actes;

    Ccam(Map<String, ActeCcam> actes) {
        this.actes = Map.copyOf(actes);
    }

    public Optional<ActeCcam> acte(String code) {
        return Optional.ofNullable(actes.get(code));
    }

    public int taille() {
        return actes.size();
    }
}
