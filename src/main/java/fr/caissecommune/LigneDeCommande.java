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

    /** Un groupe de sous-commandes réparties entre plusieurs modules. */
    @Command(description = "Sous-commandes de plusieurs modules ; sans argument, la liste.")
    static final class Groupe implements java.util.concurrent.Callable<Integer> {

        private final String nom;
        private final List<CommandLine> modules;

        @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "SOUS-COMMANDE [OPTIONS]")
        List<String> arguments = new ArrayList<>();

        Groupe(String nom, List<CommandLine> modules) {
            this.nom = nom;
            this.modules = modules;
        }

        @Override
        public Integer call() {
            if (!arguments.isEmpty()) {
                for (var module : modules) {
                    if (module.getSubcommands().containsKey(arguments.getFirst())) {
                        return module.execute(arguments.toArray(String[]::new));
                    }
                }
                System.err.println("Sous-commande inconnue : « " + nom + " " + arguments.getFirst() + " »");
            }
            System.out.println("Sous-commandes de « caisse " + nom + " » :");
            modules.forEach(m -> m.getSubcommands().forEach((sous, ligne) -> System.out.printf("  %-26s %s%n", sous,
                    String.join(" ", ligne.getCommandSpec().usageMessage().description()))));
            return arguments.isEmpty() ? 0 : 2;
        }
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
                // Plusieurs modules contribuent au même groupe (par exemple « bench ») : le groupe aiguille vers le module
                // qui déclare la sous-commande, exécutée par la ligne de commande de ce module.
                racine.addSubcommand(nom, new CommandLine(new Groupe(nom, beans.stream().map(CommandLine::new).toList()))
                        .setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true));
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
