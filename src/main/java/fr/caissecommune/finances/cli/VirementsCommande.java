package fr.caissecommune.finances.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.caissecommune.finances.Paiements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caisse virements} : les paiements ordonnancés en attente ; avec {@code --valider --date AAAA-MM-JJ
 * --comptable NOM}, l'agent comptable les valide jusqu'à cette date et produit le fichier de virements SEPA.
 */
@Component
@Command(name = "virements", mixinStandardHelpOptions = true,
        description = "Liste les paiements en attente ; avec --valider, l'agent comptable les valide et écrit le fichier pain.001.")
class VirementsCommande implements Callable<Integer> {

    private final Paiements paiements;

    @Option(names = "--valider", defaultValue = "false", description = "Valide les paiements en attente et écrit le fichier de virements SEPA.")
    boolean valider;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", converter = Dates.class, defaultValue = Option.NULL_VALUE,
            description = "Date d'exécution jusqu'à laquelle (incluse) les paiements sont validés.")
    @Nullable LocalDate date;

    @Option(names = "--comptable", paramLabel = "NOM", defaultValue = Option.NULL_VALUE, description = "Nom de l'agent comptable qui valide.")
    @Nullable String comptable;

    @Spec
    @Nullable CommandSpec spec;

    VirementsCommande(Paiements paiements) {
        this.paiements = paiements;
    }

    @Override
    public Integer call() {
        var sortie = spec.commandLine().getOut();
        if (!valider) {
            var enAttente = paiements.enAttente();
            if (enAttente.isEmpty()) {
                sortie.println("Aucun paiement en attente de validation.");
            }
            enAttente.forEach(p -> sortie.printf(Locale.FRANCE, "Exécution le %s : %,d paiement(s), %s%n", p.dateExecution().format(Dates.EN_FRANCAIS),
                    p.nombre(), p.total().enFrancais()));
            return 0;
        }
        if (date == null || comptable == null) {
            throw new IllegalArgumentException("--valider exige --date AAAA-MM-JJ et --comptable NOM");
        }
        var fichier = paiements.validerEtTransmettre(date, comptable);
        if (fichier.isEmpty()) {
            sortie.println("Aucun paiement en attente jusqu'au " + date.format(Dates.EN_FRANCAIS) + " : aucun fichier produit.");
            return 0;
        }
        var f = fichier.get();
        sortie.println("Fichier de virements validé par " + f.validePar() + " : " + f.chemin());
        sortie.println("Message : " + f.msgId() + " (" + f.format() + ")");
        sortie.printf(Locale.FRANCE, "Virements : %,d%n", f.nombre());
        sortie.println("Total : " + f.total().enFrancais());
        sortie.println("Empreinte SHA-256 : " + f.sha256());
        return 0;
    }
}
