package fr.caissecommune.sante.nomenclatures;

import java.util.List;
import java.util.Optional;

/** Un acte de la CCAM : son code, son libellé, son regroupement et ses tarifs par activité et phase. */
public record ActeCcam(String code, String libelle, String regroupement, List<TarifCcam> tarifs) {

    public ActeCcam {
        tarifs = List.copyOf(tarifs);
    }

    public Optional<TarifCcam> tarif(int activite, int phase) {
        for (var t : tarifs) {
            if (t.activite() == activite && t.phase() == phase) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
