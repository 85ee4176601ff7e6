package fr.caissecommune;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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

    @Command(mixinStandardHelpOptions = true, subcommands = CommandLine.HelpCommand.class)
    static final class Groupe {
    }

    CommandLine commandLine() {
        var racine = new CommandLine(new Racine());
        var parNom = new TreeMap<String, List<Object>>();
        contexte.getBeansWithAnnotation(Command.class).values()
                .forEach(bean -> parNom.computeIfAbsent(nomDeCommande(bean), n -> new ArrayList<>()).add(bean));
        parNom.forEach((nom, beans) -> {
            if (beans.size() == 1) {
                racine.addSubcommand(nom, beans.getFirst());
            } else {
                // Plusieurs modules contribuent au même groupe (par exemple « bench ») : leurs sous-commandes sont réunies.
                var groupe = new CommandLine(new Groupe());
                groupe.getCommandSpec().usageMessage().description("Commandes « " + nom + " » des modules.");
                beans.forEach(bean -> new CommandLine(bean).getSubcommands().forEach(groupe::addSubcommand));
                racine.addSubcommand(nom, groupe);
            }
        });
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
