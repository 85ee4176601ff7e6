package fr.caissecommune.socle.cli;

import java.util.concurrent.Callable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

@Component
@Command(name = "serveur", description = "Démarre le serveur web sur la base configurée (H2 par défaut, --spring.profiles.active=postgres).")
class CommandeServeur implements Callable<Integer> {

    private final Environment environnement;

    CommandeServeur(Environment environnement) {
        this.environnement = environnement;
    }

    @Override
    public Integer call() {
        System.out.println("Caisse Commune : http://localhost:" + environnement.getProperty("local.server.port", "8080") + "/");
        return 0;
    }
}
