package fr.caissecommune.famille.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.finances.Paiements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "paie", mixinStandardHelpOptions = true,
        description = "Paie mensuelle des prestations familiales : droits du mois, rappels, retenues, ordres de paiement, écritures et fichier SEPA.")
class CommandePaie implements Callable<Integer> {

    @Option(names = "--mois", required = true, description = "mois de droit, AAAA-MM (versement le 5 du mois suivant)")
    String mois;

    @Option(names = "--comptable", defaultValue = "Agent comptable", description = "nom de l'agent comptable qui valide le fichier SEPA")
    String comptable;

    @Option(names = "--sans-transmission", description = "ordonnance sans valider ni écrire le fichier SEPA (validation ultérieure à l'écran)")
    boolean sansTransmission;

    private final PaiementMensuel paie;
    private final Paiements paiements;

    CommandePaie(PaiementMensuel paie, Paiements paiements) {
        this.paie = paie;
        this.paiements = paiements;
    }

    @Override
    public Integer call() {
        YearMonth leMois;
        try {
            leMois = YearMonth.parse(mois);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--mois invalide : « " + mois + " » (format AAAA-MM attendu, par exemple 2026-03)");
        }
        var debut = System.nanoTime();
        var bilan = paie.payer(leMois);
        double secondes = (System.nanoTime() - debut) / 1e9;
        System.out.printf("Paie de %s (versement le %s) : %s — %,d dossiers traités en %d lots, %.1f s (%,.0f dossiers/s)%n", leMois,
                bilan.datePaiement(), bilan.statut(), bilan.foyersTraites(), bilan.lots(), secondes, bilan.foyersTraites() / Math.max(secondes, 1e-9));
        if (!bilan.statut().startsWith("terminée") && !bilan.statut().startsWith("déjà")) {
            System.err.println("La paie n'est pas terminée : relancez la même commande pour la reprendre là où elle s'est arrêtée.");
            return 1;
        }
        if (!sansTransmission) {
            var fichier = paiements.validerEtTransmettre(bilan.datePaiement(), comptable);
            System.out.println("Fichier SEPA : " + fichier);
        }
        return 0;
    }
}
