package fr.caissecommune.sante.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.RemboursementsDesSoins;
import fr.caissecommune.sante.calcul.EnFrancais;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse remboursements [--le DATE]} : met en paiement les décomptes liquidés jusqu'à ce jour, un ordre
 * de paiement par payé (assuré ou professionnel en tiers payant), transmis aux finances.
 */
@Component
@Command(name = "remboursements", mixinStandardHelpOptions = true,
        description = "Met en paiement les décomptes de soins liquidés : un ordre de paiement par payé et par jour, transmis aux finances.")
class CommandeRemboursements implements Callable<Integer> {

    private final RemboursementsDesSoins remboursements;

    @Option(names = "--le", paramLabel = "AAAA-MM-JJ", description = "Jour de la mise en paiement (défaut : aujourd'hui).")
    @Nullable LocalDate le;

    CommandeRemboursements(RemboursementsDesSoins remboursements) {
        this.remboursements = remboursements;
    }

    @Override
    public Integer call() {
        var b = remboursements.ordonnancer(le == null ? LocalDate.now() : le);
        Console.erreur("remboursements du " + EnFrancais.date(b.jour()) + " : " + b.ordres() + " ordre(s) de paiement pour " + b.decomptes()
                + " décompte(s), " + EnFrancais.montant(b.total()) + (b.payesSansCoordonneesBancaires() > 0 ? " ; " + b.payesSansCoordonneesBancaires()
                        + " payé(s) sans coordonnées bancaires, en attente" : "") + (b.dejaConnus() > 0 ? " ; " + b.dejaConnus() + " ordre(s) déjà transmis" : ""));
        return 0;
    }
}
