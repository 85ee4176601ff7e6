package fr.caissecommune.finances;

import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;

/**
 * Le grand livre d'un compte sur une période : le solde à l'ouverture (écritures antérieures), les mouvements
 * de la période dans l'ordre des dates et des numéros d'écriture, et le solde à la clôture.
 */
public record GrandLivre(String compte, String libelle, Periode periode, Montant soldeInitial, List<MouvementDeCompte> mouvements) {

    public GrandLivre {
        mouvements = List.copyOf(mouvements);
    }

    /** Le solde à la fin de la période (débits moins crédits). */
    public Montant soldeFinal() {
        return mouvements.stream().map(m -> m.debit().moins(m.credit())).reduce(soldeInitial, Montant::plus);
    }
}
