package fr.caissecommune.recouvrement.cli;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.Recouvrements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse recouvrement …} : le traitement quotidien des comptes (prélèvements du jour, majorations, mises en
 * demeure, contraintes, suivi des plans), les rejets de prélèvement retournés par la banque et les restes à recouvrer.
 * Chaque traitement est relançable à la même date sans effet de plus.
 */
@Component
@Command(name = "recouvrement", mixinStandardHelpOptions = true,
        description = "Recouvrement : traitement du jour, rejets de prélèvement, restes à recouvrer.")
class CommandeRecouvrement {

    private final Recouvrements recouvrements;

    CommandeRecouvrement(Recouvrements recouvrements) {
        this.recouvrements = recouvrements;
    }

    @Command(name = "traiter", description = "Prélèvements exigibles, majorations, mises en demeure, contraintes et suivi des plans à une date.")
    int traiter(@Option(names = "--au", description = "date du traitement (AAAA-MM-JJ) ; défaut : aujourd'hui") LocalDate au,
            @Option(names = "--comptable", defaultValue = "Agent comptable", description = "agent comptable qui valide le fichier de prélèvements")
            String comptable) {
        var date = au == null ? LocalDate.now() : au;
        var fichier = recouvrements.preleverLesEcheances(date, comptable);
        System.out.println(fichier.map(f -> "Prélèvements : fichier " + f.msgId() + ", " + f.nombre() + " ordres, " + f.total().enFrancais())
                .orElse("Prélèvements : aucun ordre à émettre le " + date));
        System.out.printf("Majorations constatées : %d%n", recouvrements.majorer(date));
        System.out.printf("Mises en demeure : %d%n", recouvrements.mettreEnDemeure(date));
        System.out.printf("Contraintes : %d%n", recouvrements.decernerLesContraintes(date));
        System.out.printf("Plans dénoncés : %d%n", recouvrements.suivreLesPlans(date));
        return 0;
    }

    @Command(name = "rejet", description = "Enregistre le rejet d'un prélèvement retourné par la banque.")
    int rejet(@Option(names = "--reference", required = true, description = "référence de bout en bout (PRLV-…)") String reference,
            @Option(names = "--motif", required = true, description = "code et libellé ISO du rejet, par exemple « AM04 provision insuffisante »") String motif,
            @Option(names = "--le", description = "date du rejet ; défaut : aujourd'hui") LocalDate le) {
        var p = recouvrements.rejeterPrelevement(reference, motif, le == null ? LocalDate.now() : le);
        System.out.println("Prélèvement " + p.reference() + " : " + p.statut() + " (" + p.montant() + " €)");
        return 0;
    }

    @Command(name = "rar", description = "Restes à recouvrer et taux de RAR par catégorie pour un exercice.")
    int rar(@Option(names = "--exercice", description = "année ; défaut : l'année en cours") Integer exercice) {
        var annee = exercice == null ? LocalDate.now().getYear() : exercice;
        System.out.printf(Locale.FRANCE, "%-48s %16s %16s %14s %16s %8s%n", "Catégorie (exercice " + annee + ")", "Liquidé", "Recouvré", "Éteint",
                "Restes", "Taux");
        for (var l : recouvrements.restesARecouvrer(annee)) {
            System.out.printf(Locale.FRANCE, "%-48s %,16.2f %,16.2f %,14.2f %,16.2f %7.2f %%%n", l.categorie() == null ? "Total" : l.categorie().libelle(),
                    l.liquide(), l.recouvre(), l.eteint(), l.restes(), l.taux());
        }
        return 0;
    }
}
