package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * La situation d'une personne handicapée pour l'allocation aux adultes handicapés (AAH) d'un mois.
 *
 * @param dateDeNaissance date de naissance
 * @param tauxIncapacite taux d'incapacité permanente reconnu par la CDAPH (0,8 pour 80 %)
 * @param restrictionDAccesALEmploi restriction substantielle et durable d'accès à l'emploi reconnue par la CDAPH
 *        (art. L821-2)
 * @param enfantAChargeAuSensDesPrestationsFamiliales la personne ouvre encore droit aux prestations familiales
 *        (alors l'AAH n'est ouverte qu'à vingt ans, art. L821-1, D821-1)
 * @param enCouple la personne vit en couple
 * @param enfantsACharge nombre d'enfants à charge (majoration du plafond, art. D821-2), voir
 *        {@link AllocationAuxAdultesHandicapes#nombreDEnfantsACharge}
 * @param ressources les ressources retenues
 * @param eligibiliteEtablie l'éligibilité déjà établie (conditions d'incapacité et d'âge), ou null pour la déduire du
 *        taux d'incapacité et de l'âge
 */
public record SituationAah(LocalDate dateDeNaissance, BigDecimal tauxIncapacite, boolean restrictionDAccesALEmploi,
        boolean enfantAChargeAuSensDesPrestationsFamiliales, boolean enCouple, int enfantsACharge, Ressources ressources,
        @Nullable Boolean eligibiliteEtablie) {

    /**
     * Les ressources de la personne et de son conjoint (CSS, art. R532-5, R821-4, D821-9).
     *
     * @param evaluationTrimestrielle la personne travaille en milieu ordinaire : ses revenus d'activité sont ceux du
     *        trimestre précédent, annualisés (art. R821-4) ; sinon, ceux de l'année N-2
     * @param revenusDActivite revenus d'activité annuels (trimestre × 4, ou année N-2), avant abattements
     * @param cessationDActivite la personne a cessé son activité : abattement de 30 % en évaluation annuelle (R532-5)
     * @param autresRessources autres ressources annuelles (pensions), sans abattement
     * @param revenusDuConjoint revenus d'activité annuels du conjoint, avant abattements
     * @param ressourcesMensuellesConnues base de ressources mensuelle déjà établie (elle remplace le calcul), ou null
     */
    public record Ressources(boolean evaluationTrimestrielle, Montant revenusDActivite, boolean cessationDActivite, Montant autresRessources,
            Montant revenusDuConjoint, @Nullable Montant ressourcesMensuellesConnues) {

        public Ressources {
            Objects.requireNonNull(revenusDActivite, "revenus d'activité absents");
            Objects.requireNonNull(autresRessources, "autres ressources absentes");
            Objects.requireNonNull(revenusDuConjoint, "revenus du conjoint absents");
        }

        public static Ressources connues(Montant ressourcesMensuelles) {
            return new Ressources(false, Montant.ZERO, false, Montant.ZERO, Montant.ZERO, ressourcesMensuelles);
        }
    }

    public SituationAah {
        Objects.requireNonNull(dateDeNaissance, "date de naissance absente");
        Objects.requireNonNull(tauxIncapacite, "taux d'incapacité absent");
        Objects.requireNonNull(ressources, "ressources absentes");
    }
}
