package fr.caissecommune.famille.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes;
import fr.caissecommune.famille.calcul.AllocationDEducationDeLEnfantHandicape;
import fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire;
import fr.caissecommune.famille.calcul.AllocationDeSoutienFamilial;
import fr.caissecommune.famille.calcul.AllocationsFamiliales;
import fr.caissecommune.famille.calcul.ComplementFamilial;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.ParametresAf;
import fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant;
import fr.caissecommune.famille.calcul.SituationAah;
import fr.caissecommune.famille.calcul.SituationAeeh;
import fr.caissecommune.famille.calcul.SituationAf;
import fr.caissecommune.famille.calcul.SituationArs;
import fr.caissecommune.famille.calcul.SituationAsf;
import fr.caissecommune.famille.calcul.SituationCf;
import fr.caissecommune.famille.calcul.SituationPaje;
import fr.caissecommune.regles.Parametres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse bench regles-famille} : le temps de calcul des règles seules (sans base ni explication) de toutes les
 * prestations familiales d'un foyer pour un mois — AF, CF, ARS, ASF, PAJE, AEEH, AAH — sur des foyers synthétiques
 * déterministes (0 à 5 enfants de tous âges, couples et personnes seules, ressources de 0 à 90 000 €, 3 % d'enfants
 * handicapés, 2 % d'adultes handicapés). Les chiffres vont dans docs/performance.md.
 */
@Component
@Command(name = "bench", description = "Mesures de débit (famille : règles des prestations).")
class CommandeBenchRegles {

    private record Foyer(List<Enfant> enfants, boolean enCouple, boolean biactif, Montant ressources, boolean enfantHandicape, boolean adulteHandicape) {
    }

    private final Parametres parametres;

    CommandeBenchRegles(Parametres parametres) {
        this.parametres = parametres;
    }

    @Command(name = "regles-famille", description = "Calcul seul de toutes les prestations familiales d'un mois : µs par foyer.")
    int regles(@Option(names = "--mois", defaultValue = "2024-08", description = "mois de droit AAAA-MM (défaut ${DEFAULT-VALUE}, mois de l'ARS)") String mois,
            @Option(names = "--foyers", defaultValue = "200000", description = "foyers synthétiques (défaut ${DEFAULT-VALUE})") int nombre,
            @Option(names = "--tours", defaultValue = "3", description = "passages mesurés (défaut ${DEFAULT-VALUE})") int tours) {
        var leMois = YearMonth.parse(mois);
        var instantane = parametres.courant().a(leMois.atDay(1));
        var parametresAf = ParametresAf.de(instantane);
        var foyers = foyers(nombre, leMois);
        double meilleur = Double.MAX_VALUE;
        long verse = 0;
        for (int tour = 0; tour <= tours; tour++) {
            long debut = System.nanoTime();
            long total = 0;
            for (var f : foyers) {
                total += calculer(f, leMois, instantane, parametresAf).enCentimes();
            }
            double microsecondes = (System.nanoTime() - debut) / 1e3 / foyers.size();
            if (tour > 0) {
                meilleur = Math.min(meilleur, microsecondes);
            }
            verse = total;
        }
        System.out.printf("Règles des prestations familiales (%s) : %,d foyers, %.2f µs par foyer (meilleur de %d passages après un tour de chauffe) ;"
                + " total brut calculé %s%n", leMois, foyers.size(), meilleur, tours, Montant.centimes(verse).enFrancais());
        System.out.printf("Soit %,.0f foyers/s sur un cœur ; processeurs : %d ; JVM : %s%n", 1e6 / meilleur,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }

    private static Montant calculer(Foyer f, YearMonth mois, fr.caissecommune.regles.Instantane p, ParametresAf af) {
        var total = AllocationsFamiliales.calculerSansExplication(new SituationAf(f.enfants(), f.ressources()), mois, af).total();
        var paje = PrestationDAccueilDuJeuneEnfant.calculerSansExplication(new SituationPaje(f.enfants(), List.of(), f.enCouple(), f.biactif(),
                f.ressources()), mois, p);
        total = total.plus(paje.total());
        total = total.plus(ComplementFamilial.calculerSansExplication(new SituationCf(f.enfants(), f.enCouple(), f.biactif(), f.ressources(),
                paje.allocationDeBase().estPositif()), mois, p).montant());
        total = total.plus(AllocationDeRentreeScolaire.calculerSansExplication(new SituationArs(f.enfants(), f.ressources()), mois, p).montant());
        if (!f.enCouple()) {
            total = total.plus(AllocationDeSoutienFamilial.calculerSansExplication(new SituationAsf(f.enfants(), List.of(), false, Montant.ZERO),
                    mois, p).montant());
        }
        if (f.enfantHandicape() && !f.enfants().isEmpty()) {
            total = total.plus(AllocationDEducationDeLEnfantHandicape.calculerSansExplication(new SituationAeeh(
                    List.of(new SituationAeeh.EnfantHandicape(f.enfants().getFirst(), 2)), !f.enCouple()), mois, p).montant());
        }
        if (f.adulteHandicape()) {
            var ressources = new SituationAah.Ressources(false, f.ressources(), false, Montant.ZERO, Montant.ZERO, null);
            total = total.plus(AllocationAuxAdultesHandicapes.calculerSansExplication(new SituationAah(LocalDate.of(1980, 5, 1),
                    new BigDecimal("0.8"), false, false, f.enCouple(), f.enfants().size(), ressources, null), mois, p).montant());
        }
        return total;
    }

    private static List<Foyer> foyers(int nombre, YearMonth mois) {
        var hasard = new SplittableRandom(20261123L);
        var foyers = new ArrayList<Foyer>(nombre);
        for (int i = 0; i < nombre; i++) {
            int n = hasard.nextInt(6);
            var enfants = new ArrayList<Enfant>(n);
            for (int e = 0; e < n; e++) {
                enfants.add(Enfant.neLe(mois.atDay(1).minusDays(hasard.nextInt(22 * 365))));
            }
            boolean couple = hasard.nextInt(10) < 7;
            foyers.add(new Foyer(enfants, couple, couple && hasard.nextBoolean(), Montant.euros(hasard.nextInt(90_000)), hasard.nextInt(100) < 3,
                    hasard.nextInt(100) < 2));
        }
        return foyers;
    }
}
