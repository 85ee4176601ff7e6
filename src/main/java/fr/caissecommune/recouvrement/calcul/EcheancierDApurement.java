package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * L'échéancier d'un plan d'apurement (délai de paiement accordé par le directeur de l'organisme, CSS art. R243-21) :
 * la dette est répartie en versements mensuels égaux au centime près, l'arrondi porté sur le dernier versement.
 */
public final class EcheancierDApurement {

    private EcheancierDApurement() {
    }

    /** Un versement du plan : son rang (à partir de 1), sa date limite et son montant. */
    public record Versement(int rang, LocalDate dateLimite, BigDecimal montant) {
    }

    public static List<Versement> etablir(BigDecimal dette, int nombre, LocalDate premier) {
        if (nombre < 1) {
            throw new IllegalArgumentException("Le plan doit compter au moins un versement");
        }
        if (dette.signum() <= 0) {
            throw new IllegalArgumentException("Aucune dette à étaler");
        }
        var courant = dette.divide(BigDecimal.valueOf(nombre), 2, RoundingMode.DOWN);
        var versements = new ArrayList<Versement>();
        var cumul = BigDecimal.ZERO;
        for (int i = 1; i <= nombre; i++) {
            var montant = i < nombre ? courant : dette.subtract(cumul);
            cumul = cumul.add(montant);
            versements.add(new Versement(i, premier.plusMonths(i - 1L), montant.setScale(2)));
        }
        return List.copyOf(versements);
    }

    /**
     * Le premier versement défaillant à la date d'arrêté : échu (date limite passée) et non entièrement payé, compte
     * tenu des sommes imputées sur le plan, versement par versement dans l'ordre ; -1 si le plan est à jour.
     */
    public static int premierDefaillant(List<Versement> versements, BigDecimal payeSurLePlan, LocalDate au) {
        var disponible = payeSurLePlan;
        for (var v : versements) {
            if (disponible.compareTo(v.montant()) >= 0) {
                disponible = disponible.subtract(v.montant());
                continue;
            }
            return v.dateLimite().isBefore(au) ? v.rang() : -1;
        }
        return -1;
    }
}
