package fr.caissecommune.simulation.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.BeneficiairesEnregistres;
import fr.caissecommune.simulation.FeuillesDeSoinsSimulees;
import fr.caissecommune.simulation.Profil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse feuilles-de-soins} : les feuilles de soins simulées d'un département, un fichier JSON lines par
 * jour de liquidation ({@code feuilles-AAAA-MM-JJ.jsonl}, à liquider avec {@code caisse liquider FICHIER --le
 * AAAA-MM-JJ}) ; avec {@code --charger}, charge aussi ses bénéficiaires et leurs comptes dans la branche santé.
 */
@Component
@Command(name = "feuilles-de-soins", mixinStandardHelpOptions = true,
        description = "Écrit les feuilles de soins simulées d'un département (un fichier par jour) et, avec --charger, ses bénéficiaires.")
class CommandeFeuillesDeSoins implements Callable<Integer> {

    private final BeneficiairesEnregistres beneficiaires;

    @Option(names = "--profil", defaultValue = "lozere", description = "lozere ou rhone (défaut ${DEFAULT-VALUE})")
    String profil = "lozere";

    @Option(names = "--graine", defaultValue = "69", description = "graine (défaut ${DEFAULT-VALUE})")
    long graine = 69;

    @Option(names = "--du", defaultValue = "2026-03-02", description = "premier jour (défaut ${DEFAULT-VALUE})")
    LocalDate du = LocalDate.of(2026, 3, 2);

    @Option(names = "--jours", defaultValue = "1", description = "nombre de jours (défaut ${DEFAULT-VALUE})")
    int jours = 1;

    @Option(names = "--feuilles-par-jour", description = "défaut : volume annuel du profil / 365")
    @Nullable Integer parJour;

    @Option(names = "--repertoire", defaultValue = "data/feuilles", description = "répertoire des fichiers (défaut ${DEFAULT-VALUE})")
    Path repertoire = Path.of("data/feuilles");

    @Option(names = "--charger", description = "charge aussi les bénéficiaires et leurs comptes dans la branche santé")
    boolean charger;

    CommandeFeuillesDeSoins(BeneficiairesEnregistres beneficiaires) {
        this.beneficiaires = beneficiaires;
    }

    @Override
    public Integer call() throws Exception {
        var simulees = new FeuillesDeSoinsSimulees(Profil.nomme(profil), graine, LocalDate.of(du.getYear(), 1, 1));
        if (charger) {
            CommandeBenchSanteSimulee.charger(simulees, beneficiaires);
            System.err.printf("feuilles-de-soins : %,d bénéficiaires chargés%n", simulees.beneficiaires());
        }
        int feuilles = parJour == null ? simulees.feuillesParJour() : parJour;
        var fichiers = CommandeBenchSanteSimulee.ecrire(simulees, du, jours, feuilles, repertoire);
        fichiers.forEach(f -> System.out.println(f));
        System.err.printf("feuilles-de-soins : %d fichier(s) de %,d feuilles dans %s%n", fichiers.size(), feuilles, repertoire);
        return 0;
    }
}
