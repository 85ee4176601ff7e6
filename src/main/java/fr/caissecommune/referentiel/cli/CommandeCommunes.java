package fr.caissecommune.referentiel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.referentiel.Communes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Component
@Command(name = "communes", mixinStandardHelpOptions = true, description = "Référentiel des communes (code officiel géographique de l'INSEE).",
        subcommands = picocli.CommandLine.HelpCommand.class)
class CommandeCommunes {

    private final Communes communes;

    CommandeCommunes(Communes communes) {
        this.communes = communes;
    }

    @Command(name = "charger", description = "Charge ou met à jour les communes d'un CSV du COG de l'INSEE (colonnes TYPECOM, COM, DEP, LIBELLE) ou d'un CSV code, nom, departement[, codes_postaux, population].")
    int charger(@Parameters(paramLabel = "FICHIER", description = "fichier CSV, UTF-8") Path fichier) throws IOException {
        if (!Files.isReadable(fichier)) {
            throw new IllegalArgumentException("Fichier illisible : " + fichier);
        }
        try (var lecteur = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
            System.out.println(communes.charger(lecteur) + " communes chargées depuis " + fichier);
        }
        return 0;
    }
}
