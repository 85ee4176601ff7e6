package fr.caissecommune.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.stereotype.Service;

import fr.caissecommune.commun.Sexe;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Une activité de guichet simulée sur les foyers témoins : des naissances déclarées en retard (rappels) et des
 * départs d'enfants constatés au contrôle (indus). Tout passe par les services du référentiel, comme au guichet :
 * les réexamens, régularisations et indicateurs suivent par les événements.
 */
@Service
public class ActiviteSimulee {

    /** Ce qui a été enregistré. */
    public record Bilan(int naissancesTardives, int departsConstates) {
    }

    private static final String[] PRENOMS = { "Léa", "Jade", "Louise", "Gabriel", "Raphaël", "Léo", "Emma", "Arthur", "Alice", "Jules" };

    private final Registre registre;
    private final Situations situations;

    ActiviteSimulee(Registre registre, Situations situations) {
        this.registre = registre;
        this.situations = situations;
    }

    public Bilan changementsTardifs(List<Simulation.FoyerTemoin> temoins, long graine, LocalDate aujourdHui, int naissances, int departs) {
        var aleas = new SplittableRandom(graine);
        int n = 0;
        int d = 0;
        for (var temoin : temoins) {
            if (n < naissances) {
                var naissance = aujourdHui.minusMonths(2 + aleas.nextInt(4)).withDayOfMonth(1 + aleas.nextInt(28));
                var sexe = aleas.nextBoolean() ? Sexe.F : Sexe.M;
                registre.declarerNaissance(temoin.foyer(), new NouvellePersonne(null, temoin.nom(), null, PRENOMS[aleas.nextInt(PRENOMS.length)],
                        sexe, naissance, temoin.commune(), null, null, null), Source.COURRIER, "Naissance déclarée tardivement");
                n++;
            } else if (d < departs) {
                var aine = temoin.enfants().getFirst();
                var depart = aujourdHui.minusMonths(3 + aleas.nextInt(4)).withDayOfMonth(1 + aleas.nextInt(28));
                if (depart.isAfter(temoin.naissances().getFirst().plusYears(14))) {
                    situations.enregistrer(aine, temoin.foyer(), new Fait.DepartDuFoyer(aine, registre.getPersonne(aine).prenoms(),
                            "Départ du foyer"), depart, Source.CONTROLE, "Départ constaté lors d'un contrôle sur place");
                    d++;
                }
            } else {
                break;
            }
        }
        return new Bilan(n, d);
    }
}
