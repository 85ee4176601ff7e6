package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.PersonneId;
import fr.caissecommune.referentiel.Source;

/**
 * Une demande de prestation : reçue par un canal, instruite par un technicien famille au vu des pièces
 * justificatives, puis décidée (accord ou rejet). Son horloge — reçue, décidée, payée — donne les délais.
 */
public record Demande(DemandeId id, String numero, FoyerId foyer, String numeroAllocataire, PersonneId demandeur, String nomDuDemandeur,
        Prestation prestation, Source canal, LocalDate recueLe, Statut statut, @Nullable String instructeur, @Nullable LocalDate decideeLe,
        @Nullable String decideePar, @Nullable YearMonth aCompterDu, @Nullable Montant montantMensuel, @Nullable MotifDeRejet motifDeRejet,
        @Nullable String explication, @Nullable LocalDate payeeLe, List<Piece> pieces) {

    public enum Statut {
        RECUE("Reçue, à instruire"), EN_INSTRUCTION("En instruction"), ACCORDEE("Accordée"), REJETEE("Rejetée");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        public boolean estDecidee() {
            return this == ACCORDEE || this == REJETEE;
        }
    }

    /** Une pièce attendue, reçue ou non. */
    public record Piece(PieceJustificative piece, @Nullable LocalDate recueLe) {

        public boolean estRecue() {
            return recueLe != null;
        }
    }

    public List<Piece> piecesManquantes() {
        return pieces.stream().filter(p -> !p.estRecue()).toList();
    }

    public boolean estComplete() {
        return piecesManquantes().isEmpty();
    }

    /** Les jours écoulés depuis la réception : jusqu'à la décision, ou jusqu'à {@code aujourdhui} si elle n'est pas décidée. */
    public long joursDepuisLaReception(LocalDate aujourdhui) {
        return ChronoUnit.DAYS.between(recueLe, decideeLe != null ? decideeLe : aujourdhui);
    }

    /** La décision, une fois prise. */
    public @Nullable Decision decision() {
        return switch (statut) {
            case ACCORDEE -> new Decision.Accord(java.util.Objects.requireNonNull(aCompterDu),
                    montantMensuel == null ? Montant.ZERO : montantMensuel, explication == null ? "" : explication);
            case REJETEE -> new Decision.Rejet(java.util.Objects.requireNonNull(motifDeRejet), explication == null ? "" : explication);
            default -> null;
        };
    }
}
