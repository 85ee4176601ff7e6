package fr.caissecommune;

import java.util.Arrays;
import java.util.Comparator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * La ligne de commande {@code caisse} : chaque module déclare ses commandes comme des beans annotés
 * {@link Command} (dans son sous-paquet {@code cli}) ; elles sont rassemblées ici sous la commande racine.
 */
@Component
class LigneDeCommande implements ApplicationRunner {

    private final ApplicationContext contexte;
    private volatile int codeDeSortie;

    LigneDeCommande(ApplicationContext contexte) {
        this.contexte = contexte;
    }

    @Command(name = "caisse", mixinStandardHelpOptions = true, version = "Caisse Commune 0.1",
            description = "Caisse Commune : santé, famille, recouvrement.",
            subcommands = CommandLine.HelpCommand.class)
    static final class Racine {
    }

    CommandLine commandLine() {
        var racine = new CommandLine(new Racine());
        contexte.getBeansWithAnnotation(Command.class).values().stream()
                .filter(bean -> !(bean instanceof Racine))
                .sorted(Comparator.comparing(bean -> nomDeCommande(bean)))
                .forEach(bean -> racine.addSubcommand(nomDeCommande(bean), bean));
        racine.setCaseInsensitiveEnumValuesAllowed(true);
        racine.setExecutionExceptionHandler((ex, ligne, resultat) -> {
            ligne.getErr().println("Erreur : " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return racine;
    }

    private static String nomDeCommande(Object bean) {
        return org.springframework.aop.support.AopUtils.getTargetClass(bean).getAnnotation(Command.class).name();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var args = Arrays.stream(arguments.getSourceArgs()).filter(a -> !a.startsWith("--spring.")).toArray(String[]::new);
        if (args.length == 0) {
            return; // serveur sans commande
        }
        codeDeSortie = commandLine().execute(args);
    }

    int codeDeSortie() {
        return codeDeSortie;
    }
}
