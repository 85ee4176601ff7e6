package fr.caissecommune.simulation.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.caissecommune.famille.PaiementMensuel;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.recouvrement.SimulationDuRecouvrement;
import fr.caissecommune.sante.BeneficiairesEnregistres;
import fr.caissecommune.sante.LiquidationEnregistree;
import fr.caissecommune.sante.RemboursementsDesSoins;
import fr.caissecommune.simulation.ActiviteSimulee;
import fr.caissecommune.simulation.FeuillesDeSoinsSimulees;
import fr.caissecommune.simulation.Profil;
import fr.caissecommune.simulation.Simulation;
import fr.caissecommune.socle.ComptesDeDemonstration;
import picocli.CommandLine.Command;

/**
 * La démonstration : au premier lancement, charge la Lozère simulée et fait les paies de l'année en cours (la
 * dernière reste à valider par l'agent comptable), puis laisse le serveur tourner.
 */
@Component
@Command(name = "demo", description = "Démarre la démonstration : Lozère simulée sur la base H2 embarquée, serveur web.")
class CommandeDemo implements Callable<Integer> {

    private final Simulation simulation;
    private final ActiviteSimulee activiteSimulee;
    private final PaiementMensuel paie;
    private final Paiements paiements;
    private final Environment environnement;
    private final String base;
    private final SimulationDuRecouvrement recouvrement;
    private final BeneficiairesEnregistres beneficiaires;
    private final LiquidationEnregistree liquidation;
    private final RemboursementsDesSoins remboursements;

    CommandeDemo(Simulation simulation, ActiviteSimulee activiteSimulee, PaiementMensuel paie, Paiements paiements,
            Environment environnement, @Value("${spring.datasource.url}") String base, SimulationDuRecouvrement recouvrement,
            BeneficiairesEnregistres beneficiaires, LiquidationEnregistree liquidation, RemboursementsDesSoins remboursements) {
        this.recouvrement = recouvrement;
        this.beneficiaires = beneficiaires;
        this.liquidation = liquidation;
        this.remboursements = remboursements;
        this.simulation = simulation;
        this.activiteSimulee = activiteSimulee;
        this.paie = paie;
        this.paiements = paiements;
        this.environnement = environnement;
        this.base = base;
    }

    @Override
    public Integer call() {
        if (simulation.baseVide()) {
            System.out.println("Première démonstration : chargement de la Lozère simulée (base " + base + ")…");
            var simule = CommandeSimuler.charger(simulation, Profil.LOZERE, 48);
            var activiteFamille = activiteSimulee.demandesEtDeclarations(simule.identifiantsDesFoyers(), 48, LocalDate.now());
            System.out.printf("Activité simulée : %,d demandes de prestation (%,d décidées), %,d déclarations trimestrielles (%,d en retard)%n",
                    activiteFamille.demandes(), activiteFamille.decidees(), activiteFamille.declarations(), activiteFamille.declarationsEnRetard());
            var courant = YearMonth.now();
            for (var mois = YearMonth.of(courant.getYear(), 1); mois.isBefore(courant); mois = mois.plusMonths(1)) {
                if (mois.equals(courant.minusMonths(1))) {
                    // Avant la dernière paie : des naissances déclarées en retard et des départs constatés au contrôle.
                    var activite = activiteSimulee.changementsTardifs(simule.temoins(), 48, LocalDate.now(), 15, 8);
                    System.out.printf("Activité simulée : %d naissances déclarées en retard, %d départs constatés au contrôle%n",
                            activite.naissancesTardives(), activite.departsConstates());
                }
                var bilan = paie.payer(mois);
                System.out.printf("Paie de %s : %s, %,d dossiers%n", mois, bilan.statut(), bilan.foyersTraites());
                if (mois.plusMonths(1).isBefore(courant)) {
                    paiements.validerEtTransmettre(PaiementMensuel.datePaiement(mois), ComptesDeDemonstration.COMPTES.get(4).nom());
                }
            }
            if (courant.getMonthValue() > 1) {
                // Recouvrement : 5 % des cotisants de la Lozère, leurs DSN et leurs paiements depuis janvier.
                var bilan = recouvrement.simuler(0.05, YearMonth.of(courant.getYear(), 1), courant.minusMonths(1), LocalDate.now(), 48,
                        ComptesDeDemonstration.COMPTES.get(4).nom());
                System.out.println("Recouvrement simulé : " + bilan.enFrancais());
            }
            liquiderUneSemaineDeSoins();
        }
        var port = environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
        System.out.println();
        System.out.println("Caisse Commune est prête : http://localhost:" + port + "/");
        System.out.println("Comptes de démonstration (mot de passe « " + ComptesDeDemonstration.MOT_DE_PASSE + " ») :");
        ComptesDeDemonstration.COMPTES.forEach(c -> System.out.printf("  %-13s %-15s %s%n", c.identifiant(), c.nom(),
                c.roles().stream().map(r -> r.libelle()).toList()));
        System.out.println("Arrêt : Ctrl+C.");
        return 0;
    }

    /**
     * Santé : les feuilles de soins simulées des cinq derniers jours ouvrés (bénéficiaires simulés de la branche),
     * liquidées et mises en paiement jour par jour, pour que les indicateurs de la branche aient des données.
     */
    private void liquiderUneSemaineDeSoins() {
        var aujourdhui = LocalDate.now();
        var simulees = new FeuillesDeSoinsSimulees(Profil.LOZERE, 48, LocalDate.of(aujourdhui.getYear(), 1, 1));
        CommandeBenchSanteSimulee.charger(simulees, beneficiaires);
        var jours = java.util.stream.Stream.iterate(aujourdhui.minusDays(1), j -> j.minusDays(1))
                .filter(j -> j.getDayOfWeek().getValue() <= 5).limit(5).sorted().toList();
        int payees = 0;
        int rejetees = 0;
        var rembourse = fr.caissecommune.commun.Montant.ZERO;
        try {
            for (var jour : jours) {
                var fichier = CommandeBenchSanteSimulee.ecrireLeJour(simulees, jour, simulees.feuillesParJour(), Path.of("data", "feuilles"));
                var bilan = liquidation.liquider(fichier, jour, 5_000, Duration.ZERO, a -> {
                });
                remboursements.ordonnancer(jour);
                payees += bilan.payees();
                rejetees += bilan.rejetees();
                rembourse = rembourse.plus(bilan.montantPaye());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Feuilles de soins simulées : " + e.getMessage(), e);
        }
        System.out.printf("Santé simulée : %,d feuilles liquidées sur %d jours (%,d rejetées), %s remboursés%n", payees + rejetees, jours.size(),
                rejetees, rembourse.enFrancais());
    }
}
