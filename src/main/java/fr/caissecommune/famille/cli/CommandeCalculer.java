package fr.caissecommune.famille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.caissecommune.famille.openfisca.ExecuteurDeCas;
import fr.caissecommune.famille.openfisca.ExecuteurDeCas.Comparaison;
import fr.caissecommune.famille.openfisca.ResultatDeCas;
import fr.caissecommune.regles.Parametres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caisse calculer FICHIER.yaml} : exécute un fichier de cas au format de test d'OpenFisca et écrit une ligne
 * par cas ({@code PASS}, {@code FAIL}, {@code SKIP}) puis le bilan. Code de sortie 1 si un cas échoue.
 */
@Component
@Command(name = "calculer", mixinStandardHelpOptions = true,
        description = "Exécute des cas de test au format d'OpenFisca (YAML) contre les calculs de la caisse : PASS, FAIL ou SKIP par cas.")
class CommandeCalculer implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FICHIER.yaml", description = "fichier(s) de cas au format de test d'OpenFisca")
    List<Path> fichiers;

    @Option(names = "--sorties-prises-en-charge",
            description = "ne comparer que les sorties calculées par la caisse (par défaut, un cas dont une sortie n'est pas calculée est SKIP)")
    boolean sortiesPrisesEnCharge;

    private final Parametres parametres;

    CommandeCalculer(Parametres parametres) {
        this.parametres = parametres;
    }

    @Override
    public Integer call() throws IOException {
        return executer(new ExecuteurDeCas(parametres.courant()), fichiers, sortiesPrisesEnCharge, System.out);
    }

    /** Exécute les fichiers et écrit les lignes ; rend le code de sortie (0 sans échec, 1 sinon). */
    static int executer(ExecuteurDeCas executeur, List<Path> fichiers, boolean sortiesPrisesEnCharge, PrintStream sortie) throws IOException {
        int reussis = 0;
        int echoues = 0;
        int ignores = 0;
        var comparaison = sortiesPrisesEnCharge ? Comparaison.SORTIES_PRISES_EN_CHARGE : Comparaison.TOUTES_LES_SORTIES;
        for (var fichier : fichiers) {
            if (!Files.isRegularFile(fichier)) {
                throw new IllegalArgumentException("fichier de cas introuvable : " + fichier);
            }
            for (var resultat : executeur.executer(fichier.getFileName().toString(), Files.readString(fichier), comparaison)) {
                sortie.println(ligne(resultat));
                switch (resultat) {
                    case ResultatDeCas.Reussi r -> reussis++;
                    case ResultatDeCas.Echoue e -> echoues++;
                    case ResultatDeCas.Ignore i -> ignores++;
                }
            }
        }
        sortie.println(reussis + " passed, " + echoues + " failed, " + ignores + " skipped");
        return echoues == 0 ? 0 : 1;
    }

    /** {@code PASS nom}, {@code FAIL nom variable attendu=x obtenu=y} ou {@code SKIP nom raison}. */
    static String ligne(ResultatDeCas resultat) {
        return switch (resultat) {
            case ResultatDeCas.Reussi r -> "PASS " + r.nom();
            case ResultatDeCas.Echoue e when e.erreur() != null -> "FAIL " + e.nom() + " - erreur=" + e.erreur();
            case ResultatDeCas.Echoue e -> "FAIL " + e.nom() + " " + e.ecarts().stream()
                    .map(x -> x.variable() + " attendu=" + x.attendu().stripTrailingZeros().toPlainString() + " obtenu="
                            + x.obtenu().stripTrailingZeros().toPlainString() + " (" + x.periode() + (x.famille() > 0 ? ", famille " + (x.famille() + 1) : "")
                            + ")")
                    .collect(Collectors.joining(" ; "));
            case ResultatDeCas.Ignore i -> "SKIP " + i.nom() + " " + i.raison() + (i.variables().isEmpty() ? "" : " " + i.variables());
        };
    }
}
