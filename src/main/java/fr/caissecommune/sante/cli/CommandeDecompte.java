package fr.caissecommune.sante.cli;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import fr.caissecommune.sante.RemboursementsDesSoins;
import fr.caissecommune.sante.calcul.EnFrancais;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code caisse decompte FEUILLE} : les décomptes enregistrés d'une feuille de soins, chacun avec son explication. */
@Component
@Command(name = "decompte", mixinStandardHelpOptions = true, description = "Affiche les décomptes enregistrés d'une feuille de soins et leur explication.")
class CommandeDecompte implements Callable<Integer> {

    private final RemboursementsDesSoins remboursements;

    @Parameters(index = "0", paramLabel = "FEUILLE", description = "Identifiant de la feuille de soins.")
    String feuille = "";

    CommandeDecompte(RemboursementsDesSoins remboursements) {
        this.remboursements = remboursements;
    }

    @Override
    public Integer call() {
        var decomptes = remboursements.decomptes(feuille);
        if (decomptes.isEmpty()) {
            Console.erreur("Erreur : aucun décompte enregistré pour la feuille « " + feuille + " »");
            return 1;
        }
        try (var sortie = Console.sortie()) {
            for (var d : decomptes) {
                var texte = "Décompte de la feuille " + d.feuille() + ", liquidé le " + EnFrancais.date(d.liquideLe()) + " : " + d.statut() + ", "
                        + EnFrancais.montant(d.montantPaye()) + " payés (" + d.payeur() + ")" + (d.paiement() == null ? "" : ", ordre " + d.paiement())
                        + "\n" + d.explication() + "\n\n";
                sortie.write(texte.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return 0;
    }
}
