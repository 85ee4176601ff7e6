package fr.caissecommune.sante.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleSimulee;
import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.json.FeuilleLue;
import fr.caissecommune.sante.json.FormatDesDecomptes;
import fr.caissecommune.sante.json.FormatDesFeuilles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caisse liquider FICHIER [--simulation]} : liquide un fichier de feuilles de soins (JSON lines, une
 * feuille par ligne) et écrit un décompte JSON par feuille sur la sortie standard, dans l'ordre du fichier. Une
 * ligne illisible est signalée sur la sortie d'erreur (numéro de ligne, champ, règle) et donne un décompte
 * rejeté ; les autres sont liquidées.
 */
@Component
@Command(name = "liquider", mixinStandardHelpOptions = true,
        description = { "Liquide un fichier de feuilles de soins (JSON lines) et écrit un décompte JSON par feuille.",
                "Format : docs/sante-format-feuilles.md." })
class CommandeLiquider implements Callable<Integer> {

    private static final int LOT = 65_536;

    private final LiquidationDesSoins liquidation;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier JSON lines des feuilles de soins (« - » : entrée standard).")
    String fichier;

    @Option(names = "--simulation", description = "Simulation : la situation des bénéficiaires est lue sur chaque ligne, rien n'est enregistré ; "
            + "les plafonds se cumulent par bénéficiaire dans l'ordre des dates de soins.")
    boolean simulation;

    CommandeLiquider(LiquidationDesSoins liquidation) {
        this.liquidation = liquidation;
    }

    @Override
    public Integer call() {
        if (!simulation) {
            Console.erreur("Erreur : la liquidation enregistrée exige le référentiel des bénéficiaires (droits PUMa, C2S, AME, ALD, "
                    + "médecin traitant), qui arrive en phase 2. Relancez avec --simulation.");
            return 2;
        }
        List<Lue> lues;
        try {
            lues = lire(FormatDesFeuilles.simulation());
        } catch (NoSuchFileException e) {
            Console.erreur("Erreur : fichier introuvable : " + fichier);
            return 2;
        } catch (IOException | UncheckedIOException e) {
            Console.erreur("Erreur : lecture de " + fichier + " impossible : " + e.getMessage());
            return 2;
        }
        var valides = new ArrayList<FeuilleSimulee>(lues.size());
        int illisibles = 0;
        for (var l : lues) {
            var lue = l.feuille();
            if (lue.estValide()) {
                valides.add(lue.feuille());
            } else {
                illisibles++;
                Console.erreur("Ligne " + l.numero() + (lue.id() == null ? "" : " (" + lue.id() + ")") + " : " + lue.erreur());
            }
        }
        var bilan = new Bilan();
        try (var sortie = Console.sortie()) {
            var suivante = new int[] { 0 };
            liquidation.simuler(valides, d -> new Ecrit(FormatDesDecomptes.ecrire(d).getBytes(StandardCharsets.UTF_8), d.estPaye(),
                    d.montantPaye().enCentimes()), LiquidationDesSoins.TRANCHE, tranche -> {
                        for (var e : tranche) {
                            suivante[0] = ecrireLesIllisiblesAvant(lues, suivante[0], sortie);
                            ecrire(sortie, e.json());
                            bilan.compter(e);
                            suivante[0]++;
                        }
                    });
            ecrireLesIllisiblesAvant(lues, suivante[0], sortie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int payes = bilan.payes;
        long centimes = bilan.centimes;
        Console.erreur("liquider : " + lues.size() + " feuille(s), " + payes + " payée(s), " + (lues.size() - payes) + " rejetée(s) dont "
                + illisibles + " illisible(s) ; montant payé " + fr.caissecommune.sante.calcul.EnFrancais.montant(java.math.BigDecimal.valueOf(centimes, 2)));
        return 0;
    }

    private record Ecrit(byte[] json, boolean paye, long centimes) {
    }

    /** Les décomptes payés et leur montant. */
    private static final class Bilan {
        int payes;
        long centimes;

        void compter(Ecrit e) {
            payes += e.paye() ? 1 : 0;
            centimes += e.centimes();
        }
    }

    /**
     * Écrit les décomptes rejetés des lignes illisibles qui précèdent la prochaine feuille valide, et rend la
     * position de celle-ci dans le fichier.
     */
    private static int ecrireLesIllisiblesAvant(List<Lue> lues, int position, java.io.OutputStream sortie) {
        while (position < lues.size() && !lues.get(position).feuille().estValide()) {
            var l = lues.get(position);
            var lue = l.feuille();
            ecrire(sortie, FormatDesDecomptes.ecrire(Decompte.feuilleInvalide(lue.id(), "ligne " + l.numero() + " : " + lue.erreur()))
                    .getBytes(StandardCharsets.UTF_8));
            position++;
        }
        return position;
    }

    private static void ecrire(java.io.OutputStream sortie, byte[] octets) {
        try {
            sortie.write(octets);
            sortie.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Une ligne du fichier (numéro à partir de 1) et sa lecture. */
    private record Lue(int numero, FeuilleLue feuille) {
    }

    /** Lit le fichier par lots, chaque lot lu en parallèle ; les lignes vides sont ignorées. */
    private List<Lue> lire(FormatDesFeuilles format) throws IOException {
        var lues = new ArrayList<Lue>();
        try (var lecteur = "-".equals(fichier) ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(fichier), StandardCharsets.UTF_8)) {
            var lot = new ArrayList<String>(LOT);
            var numeros = new ArrayList<Integer>(LOT);
            String ligne;
            int numero = 0;
            while ((ligne = lecteur.readLine()) != null) {
                numero++;
                if (!ligne.isBlank()) {
                    lot.add(ligne);
                    numeros.add(numero);
                }
                if (lot.size() == LOT) {
                    lireLeLot(lot, numeros, format, lues);
                }
            }
            lireLeLot(lot, numeros, format, lues);
        }
        return lues;
    }

    private static void lireLeLot(List<String> lot, List<Integer> numeros, FormatDesFeuilles format, List<Lue> lues) {
        var resultat = new FeuilleLue[lot.size()];
        IntStream.range(0, lot.size()).parallel().forEach(i -> resultat[i] = format.lire(lot.get(i)));
        for (int i = 0; i < resultat.length; i++) {
            lues.add(new Lue(numeros.get(i), resultat[i]));
        }
        lot.clear();
        numeros.clear();
    }
}
