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
import fr.caissecommune.sante.LiquidationEnregistree;
import fr.caissecommune.sante.json.FeuilleLue;
import fr.caissecommune.sante.json.FormatDesDecomptes;
import fr.caissecommune.sante.json.FormatDesFeuilles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caisse liquider FICHIER [--simulation]} : sans {@code --simulation}, liquide et enregistre le fichier
 * (reprenable, voir {@link LiquidationEnregistree}) et écrit le décompte JSON de chaque feuille liquidée par ce
 * lancement, dans l'ordre du fichier, après l'enregistrement de sa tranche ; avec, liquide un fichier de feuilles de soins (JSON lines, une
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
    private final @org.jspecify.annotations.Nullable LiquidationEnregistree enregistree;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier JSON lines des feuilles de soins (« - » : entrée standard).")
    String fichier;

    @Option(names = "--simulation", description = "Simulation : la situation des bénéficiaires est lue sur chaque ligne, rien n'est enregistré ; "
            + "les plafonds se cumulent par bénéficiaire dans l'ordre des dates de soins.")
    boolean simulation;

    @Option(names = "--le", paramLabel = "AAAA-MM-JJ", description = "Date de liquidation des décomptes (défaut : aujourd'hui) ; "
            + "une reprise garde celle du premier lancement.")
    java.time.@org.jspecify.annotations.Nullable LocalDate le;

    @Option(names = "--tranche", defaultValue = "20000", description = "Feuilles par transaction (défaut : ${DEFAULT-VALUE}).")
    int tranche;

    @Option(names = "--pause", defaultValue = "0", paramLabel = "MS",
            description = "Attente entre deux tranches, en millisecondes, pour ménager une base partagée (défaut : ${DEFAULT-VALUE}).")
    long pause;

    @org.springframework.beans.factory.annotation.Autowired
    CommandeLiquider(LiquidationDesSoins liquidation, @org.jspecify.annotations.Nullable LiquidationEnregistree enregistree) {
        this.liquidation = liquidation;
        this.enregistree = enregistree;
    }

    /** La commande de simulation seule (tests sans base). */
    CommandeLiquider(LiquidationDesSoins liquidation) {
        this(liquidation, null);
    }

    /**
     * La liquidation enregistrée : reprenable (une relance après interruption reprend après la dernière tranche
     * enregistrée), bilan sur la sortie d'erreur.
     */
    private Integer enregistrer() {
        if (enregistree == null) {
            Console.erreur("Erreur : liquidation enregistrée indisponible dans ce contexte ; relancez avec --simulation.");
            return 2;
        }
        if ("-".equals(fichier)) {
            Console.erreur("Erreur : la liquidation enregistrée lit un fichier (pour pouvoir la reprendre), pas l'entrée standard.");
            return 2;
        }
        var chemin = Path.of(fichier);
        if (!Files.isRegularFile(chemin)) {
            Console.erreur("Erreur : fichier introuvable : " + fichier);
            return 2;
        }
        try {
            var date = le == null ? java.time.LocalDate.now() : le;
            LiquidationEnregistree.Bilan bilan;
            try (var sortie = Console.sortie()) {
                bilan = enregistree.liquider(chemin, date, tranche, java.time.Duration.ofMillis(pause), a -> {
                    a.decomptes().forEach(d -> ecrire(sortie, FormatDesDecomptes.ecrire(d).getBytes(StandardCharsets.UTF_8)));
                    try {
                        sortie.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Console.erreur("liquider : ligne " + a.derniereLigne() + " enregistrée (" + a.feuilles() + " feuille(s) dans ce lancement)");
                });
            }
            if (bilan.dejaTermine()) {
                Console.erreur("liquider : fichier déjà liquidé (lot " + bilan.lot() + ", " + bilan.lignesDejaEnregistrees()
                        + " ligne(s)) : rien n'est liquidé deux fois.");
                return 0;
            }
            Console.erreur("liquider : lot " + bilan.lot() + (bilan.repris() ? " repris après la ligne " + bilan.lignesDejaEnregistrees() : "") + " ; "
                    + bilan.feuilles() + " feuille(s), " + bilan.payees() + " payée(s), " + bilan.rejetees() + " rejetée(s) (en quarantaine) ; montant payé "
                    + fr.caissecommune.sante.calcul.EnFrancais.montant(bilan.montantPaye()) + String.format(java.util.Locale.FRANCE, " ; %.1f s",
                            bilan.duree().toMillis() / 1000.0));
            return 0;
        } catch (IOException e) {
            Console.erreur("Erreur : lecture de " + fichier + " impossible : " + e.getMessage());
            return 2;
        }
    }

    @Override
    public Integer call() {
        if (!simulation) {
            return enregistrer();
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
