package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;

/**
 * Une régularisation : le réexamen des mois déjà payés après un changement de situation. Chaque mois dont le
 * montant change est une ligne ; le total net est un rappel ou un indu, avec son explication.
 */
public record Regularisation(UUID id, FoyerId foyer, @Nullable UUID fait, NatureDeRegularisation nature, Montant montant,
        String cause, boolean resulteDUnControle, String explication, String versionParametres, Statut statut,
        LocalDateTime constateeLe, @Nullable LocalDate verseeLe, @Nullable String reference, List<Ligne> lignes) {

    /** Un mois réexaminé : ce qui était dû, ce qui l'est désormais. */
    public record Ligne(YearMonth mois, Prestation prestation, Montant ancienMontant, Montant nouveauMontant) {

        public Montant ecart() {
            return nouveauMontant.moins(ancienMontant);
        }
    }

    public enum Statut {
        A_VERSER("À verser à la prochaine paie"), VERSEE("Versée"), EN_RECOUVREMENT("Créance en recouvrement");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
