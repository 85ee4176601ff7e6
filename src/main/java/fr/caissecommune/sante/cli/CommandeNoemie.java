package fr.caissecommune.sante.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.RetoursNoemie;
import fr.caissecommune.sante.calcul.EnFrancais;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caisse noemie [--le DATE] [--repertoire DIR]} : écrit les retours du jour, un fichier par professionnel. */
@Component
@Command(name = "noemie", mixinStandardHelpOptions = true,
        description = "Écrit les retours NOEMIE du jour : un fichier par professionnel de santé (docs/sante-liquidation.md).")
class CommandeNoemie implements Callable<Integer> {

    private final RetoursNoemie retours;

    @Option(names = "--le", paramLabel = "AAAA-MM-JJ", description = "Jour de liquidation (défaut : aujourd'hui).")
    @Nullable LocalDate le;

    @Option(names = "--repertoire", defaultValue = "data/noemie", description = "Répertoire des retours (défaut : ${DEFAULT-VALUE}).")
    Path repertoire = Path.of("data/noemie");

    CommandeNoemie(RetoursNoemie retours) {
        this.retours = retours;
    }

    @Override
    public Integer call() throws IOException {
        var jour = le == null ? LocalDate.now() : le;
        var b = retours.ecrire(jour, repertoire);
        Console.erreur("noemie : " + b.fichiers().size() + " fichier(s) de retour pour " + b.decomptes() + " décompte(s) liquidé(s) le "
                + EnFrancais.date(jour) + ", dans " + repertoire);
        return 0;
    }
}
