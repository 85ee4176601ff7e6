package fr.caissecommune.famille.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite;
import fr.caissecommune.famille.calcul.primeactivite.SituationPrimeActivite;
import fr.caissecommune.famille.calcul.ressources.NatureDeRessource;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.famille.calcul.ressources.TrimestreDeReference;
import fr.caissecommune.famille.calcul.rsa.CompositionDuFoyer;
import fr.caissecommune.famille.calcul.rsa.Logement;
import fr.caissecommune.famille.calcul.rsa.Rsa;
import fr.caissecommune.famille.calcul.rsa.SituationRsa;
import fr.caissecommune.regles.Parametres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caisse bench minima-sociaux} : le temps de calcul des règles seules du RSA et de la prime d'activité par
 * foyer, sans puis avec explication, sur des foyers tirés au hasard (graine fixe : composition, salaires des quatre derniers
 * mois, logement). Les chiffres vont dans docs/performance.md.
 */
@Component
@Command(name = "bench", description = "Mesures de débit (famille : minima sociaux).")
class CommandeBenchMinimaSociaux {

    private final Parametres parametres;

    CommandeBenchMinimaSociaux(Parametres parametres) {
        this.parametres = parametres;
    }

    private record Foyer(CompositionDuFoyer composition, Logement logement, List<RessourcesMensuelles> ressources) {
    }

    @Command(name = "minima-sociaux", description = "RSA et prime d'activité, règles seules : microsecondes par foyer.")
    int minimaSociaux(@Option(names = "--mois", defaultValue = "2025-08", description = "mois du droit AAAA-MM (défaut ${DEFAULT-VALUE})") String mois,
            @Option(names = "--foyers", defaultValue = "200000", description = "nombre de foyers (défaut ${DEFAULT-VALUE})") int nombre,
            @Option(names = "--tours", defaultValue = "3", description = "passages (défaut ${DEFAULT-VALUE}, le meilleur est retenu)") int tours) {
        if (nombre <= 0 || tours <= 0) {
            throw new IllegalArgumentException("--foyers et --tours doivent être positifs");
        }
        var leMois = YearMonth.parse(mois);
        var foyers = foyers(nombre, leMois);
        var trimestre = new HashSet<>(TrimestreDeReference.troisMoisAvant(leMois));
        for (boolean expliquer : new boolean[] {false, true}) {
            double meilleurRsa = Double.MAX_VALUE;
            double meilleurPpa = Double.MAX_VALUE;
            long versesRsa = 0;
            long versesPpa = 0;
            for (int tour = 0; tour < tours; tour++) {
                var instantane = parametres.a(leMois.atDay(1));
                long debut = System.nanoTime();
                versesRsa = 0;
                for (var f : foyers) {
                    var t = TrimestreDeReference.etablir(f.ressources(), leMois, true);
                    var situation = new SituationRsa(f.composition(), f.logement(), t, Montant.ZERO, true);
                    var r = expliquer ? Rsa.calculer(situation, leMois, instantane) : Rsa.calculerSansExplication(situation, leMois, instantane);
                    if (r.verse().estPositif()) {
                        versesRsa++;
                    }
                }
                meilleurRsa = Math.min(meilleurRsa, (System.nanoTime() - debut) / 1e3 / nombre);
                debut = System.nanoTime();
                versesPpa = 0;
                for (var f : foyers) {
                    var t = TrimestreDeReference.etablir(f.ressources(), leMois, false);
                    var situation = SituationPrimeActivite.constante(f.composition(), t, f.logement(), Montant.ZERO, trimestre);
                    var r = expliquer ? PrimeDActivite.calculer(situation, leMois, m -> parametres.a(m.atDay(1)))
                            : PrimeDActivite.calculerSansExplication(situation, leMois, m -> parametres.a(m.atDay(1)));
                    if (r.verse().estPositif()) {
                        versesPpa++;
                    }
                }
                meilleurPpa = Math.min(meilleurPpa, (System.nanoTime() - debut) / 1e3 / nombre);
            }
            var mode = expliquer ? "avec explication" : "sans explication (paie de masse)";
            System.out.printf("RSA %s : %,d foyers, %.2f µs par foyer (meilleur de %d passages), %,d droits versés%n", mode, nombre, meilleurRsa,
                    tours, versesRsa);
            System.out.printf("Prime d'activité %s : %,d foyers, %.2f µs par foyer (trois mois de référence), %,d droits versés%n", mode, nombre,
                    meilleurPpa, versesPpa);
        }
        System.out.printf("Pic de mémoire du tas : %,d Mio ; processeurs : %d ; JVM : %s%n", CommandeBenchPaie.picDuTas() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }

    private static List<Foyer> foyers(int nombre, YearMonth mois) {
        var hasard = new Random(42);
        var occupations = Logement.Occupation.values();
        var foyers = new ArrayList<Foyer>(nombre);
        for (int i = 0; i < nombre; i++) {
            boolean couple = hasard.nextInt(10) < 4;
            int enfants = hasard.nextInt(4);
            var composition = new CompositionDuFoyer(couple, enfants, !couple && enfants > 0 && hasard.nextInt(4) == 0, false);
            var occupation = occupations[hasard.nextInt(occupations.length)];
            var aide = occupation == Logement.Occupation.LOCATAIRE_OU_ACCEDANT ? Montant.euros(hasard.nextInt(400)) : Montant.ZERO;
            var ressources = new ArrayList<RessourcesMensuelles>();
            for (int p = 0; p < (couple ? 2 : 1); p++) {
                var r = RessourcesMensuelles.aucune(p == 0 ? "l'allocataire" : "le conjoint");
                int salaire = hasard.nextInt(3) == 0 ? 0 : hasard.nextInt(2500);
                for (var m = mois.minusMonths(3); !m.isAfter(mois); m = m.plusMonths(1)) {
                    if (salaire > 0) {
                        r = r.avec(m, NatureDeRessource.SALAIRE, Montant.euros(salaire));
                    }
                }
                ressources.add(r);
            }
            foyers.add(new Foyer(composition, new Logement(occupation, aide), ressources));
        }
        return foyers;
    }
}
