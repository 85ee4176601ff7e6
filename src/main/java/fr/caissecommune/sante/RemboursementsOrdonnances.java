package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.Map;

import fr.caissecommune.commun.Montant;

/**
 * Les remboursements d'une journée mis en paiement (ordres transmis aux finances, un par payé) : le nombre
 * d'ordres et de décomptes, le total, et les délais de remboursement par flux (de la réception de la feuille à
 * la mise en paiement). Le pilotage en tire le délai de remboursement des FSE.
 */
public record RemboursementsOrdonnances(LocalDate dateDePaiement, int ordres, int decomptes, Montant total, int payesSansCoordonneesBancaires,
        Map<String, DelaisObserves> delaisDeRemboursementParFlux) {

    public RemboursementsOrdonnances {
        delaisDeRemboursementParFlux = Map.copyOf(delaisDeRemboursementParFlux);
    }
}
