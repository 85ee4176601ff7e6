package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * La situation d'un salarié pour un mois d'activité : ce dont dépend le calcul de ses cotisations.
 *
 * @param date date de versement de la rémunération (le fait générateur des cotisations, CSS art. L242-1)
 * @param brut rémunération brute du mois en euros, indemnité de fin de contrat comprise
 * @param quotite temps de travail du contrat rapporté à la durée légale (1 à temps plein) : proratise le plafond
 *        (CSS art. R242-7) et le SMIC de référence des réductions
 * @param cadre affilié au régime des cadres (APEC, prévoyance obligatoire des cadres)
 * @param effectif effectif de l'entreprise (CSS art. L130-1)
 * @param contrat nature du contrat (un CDD doit la contribution CPF-CDD)
 * @param tauxAtmp taux AT/MP notifié à l'établissement (en fraction : 0,0208), ou {@code null} pour le taux collectif
 * @param tauxVersementMobilite taux de versement mobilité de la commune du lieu de travail (0 hors périmètre)
 * @param mutuelle cotisation totale à la complémentaire santé obligatoire (€/mois)
 * @param partEmployeurMutuelle part de la complémentaire santé financée par l'employeur (fraction)
 */
public record SituationSalariale(LocalDate date, BigDecimal brut, BigDecimal quotite, boolean cadre, int effectif,
        NatureDuContrat contrat, @Nullable BigDecimal tauxAtmp, BigDecimal tauxVersementMobilite, BigDecimal mutuelle,
        BigDecimal partEmployeurMutuelle) {

    /** CDI ou CDD : les seules natures qui changent les cotisations dues au régime général dans ce calcul. */
    public enum NatureDuContrat { CDI, CDD }

    public SituationSalariale {
        if (brut.signum() < 0) {
            throw new IllegalArgumentException("Rémunération brute invalide : " + brut + " € est négatif");
        }
        if (quotite.signum() <= 0 || quotite.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Quotité de travail invalide : " + quotite + " (attendue dans ]0 ; 1])");
        }
        if (effectif < 0) {
            throw new IllegalArgumentException("Effectif invalide : " + effectif + " est négatif");
        }
        if (tauxAtmp != null && (tauxAtmp.signum() < 0 || tauxAtmp.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("Taux AT/MP invalide : " + tauxAtmp + " (fraction attendue, par exemple 0.0208)");
        }
    }

    /** La même situation avec le taux AT/MP notifié à l'établissement (en fraction). */
    public SituationSalariale avecTauxAt(BigDecimal taux) {
        return new SituationSalariale(date, brut, quotite, cadre, effectif, contrat, taux, tauxVersementMobilite, mutuelle, partEmployeurMutuelle);
    }

    /** Un salarié à temps plein en CDI non cadre, sans complémentaire santé : la situation la plus courante. */
    public static SituationSalariale tempsPlein(LocalDate date, BigDecimal brut, int effectif) {
        return new SituationSalariale(date, brut, BigDecimal.ONE, false, effectif, NatureDuContrat.CDI, null, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
