package fr.caissecommune.regles;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Un barème à tranches en vigueur à une date : seuils croissants, chacun avec un taux ou un montant. */
public record Bareme(String chemin, String description, List<TrancheAppliquee> tranches) {

    public record TrancheAppliquee(ValeurDatee seuil, @Nullable ValeurDatee taux, @Nullable ValeurDatee montant) {

        public BigDecimal valeurDuSeuil() {
            return seuil.valeur();
        }
    }

    public Bareme {
        tranches = tranches.stream().sorted(Comparator.comparing(TrancheAppliquee::valeurDuSeuil)).toList();
    }

    /** Taux marginal : somme, tranche par tranche, de la part de l'assiette comprise dans la tranche × son taux. */
    public BigDecimal calculMarginal(BigDecimal assiette) {
        var total = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            var bas = tranches.get(i).valeurDuSeuil();
            if (assiette.compareTo(bas) <= 0) {
                break;
            }
            var haut = i + 1 < tranches.size() ? tranches.get(i + 1).valeurDuSeuil().min(assiette) : assiette;
            var taux = tranches.get(i).taux();
            if (taux != null && taux.valeur() != null) {
                total = total.add(haut.subtract(bas).multiply(taux.valeur()));
            }
        }
        return total;
    }

    /** La tranche dans laquelle tombe l'assiette (seuil inclus). */
    public TrancheAppliquee trancheDe(BigDecimal assiette) {
        TrancheAppliquee retenue = tranches.get(0);
        for (var tranche : tranches) {
            if (assiette.compareTo(tranche.valeurDuSeuil()) >= 0) {
                retenue = tranche;
            }
        }
        return retenue;
    }
}
