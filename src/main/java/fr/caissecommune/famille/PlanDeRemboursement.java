package fr.caissecommune.famille;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;

/**
 * Un plan de remboursement des indus d'un foyer : l'indu est récupéré par retenue sur les prestations à venir ou,
 * si l'allocataire le choisit, par remboursement (CSS art. L553-2) ; la caisse lui accorde alors un échéancier, et
 * la retenue est suspendue tant qu'il est respecté. Un montant total échelonné en mensualités.
 */
public record PlanDeRemboursement(UUID id, FoyerId foyer, Montant montantTotal, Montant mensualite, LocalDate premiereEcheance,
        int nombreDEcheances, Statut statut, LocalDate accordeLe, String accordePar, @Nullable LocalDate clotureLe, List<Echeance> echeances) {

    public enum Statut {
        EN_COURS("En cours"), SOLDE("Soldé"), DENONCE("Dénoncé : la retenue sur prestations reprend");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Une mensualité du plan et ce qui en a été payé. */
    public record Echeance(int rang, LocalDate echeance, Montant montant, Montant paye, @Nullable LocalDate payeLe) {

        public boolean estPayee() {
            return paye.compareTo(montant) >= 0;
        }
    }

    public Montant restantDu() {
        return echeances.stream().map(e -> e.montant().moins(e.paye())).reduce(Montant.ZERO, Montant::plus);
    }
}
