package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

/**
 * Une demande de complémentaire santé solidaire : le demandeur, les membres du foyer couverts, les ressources
 * des douze mois retenus, et la décision (forme, période du droit, participation mensuelle du foyer).
 */
public record DemandeC2s(UUID id, UUID demandeur, String nomDuDemandeur, LocalDate deposeeLe, Montant ressources, List<Membre> membres,
        @Nullable UUID renouvellementDe, Statut statut, @Nullable Forme forme, @Nullable Periode droit,
        @Nullable Montant participationMensuelle, @Nullable String explication, @Nullable LocalDate decideeLe, @Nullable String decideePar) {

    public enum Statut {
        DEPOSEE("à instruire"), ACCORDEE("accordée"), REFUSEE("refusée");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public enum Forme {
        GRATUITE("sans participation"), PARTICIPATION("avec participation financière");

        private final String libelle;

        Forme(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Un membre du foyer couvert, et sa participation mensuelle si la C2S est accordée avec participation. */
    public record Membre(UUID personne, String nom, LocalDate dateDeNaissance, @Nullable Montant participationMensuelle) {
    }

    public DemandeC2s {
        membres = List.copyOf(membres);
    }
}
