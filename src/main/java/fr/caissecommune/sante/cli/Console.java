package fr.caissecommune.sante.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Les sorties des commandes, toujours en UTF-8 quelle que soit la locale du système : les décomptes sur la
 * sortie standard, les messages sur la sortie d'erreur.
 */
final class Console {

    private Console() {
    }

    /** Un flux tamponné vers la sortie standard du moment (à vider par l'appelant). */
    static OutputStream sortie() {
        return new BufferedOutputStream(new NonFerme(System.out), 1 << 16);
    }

    static void erreur(String message) {
        var octets = (message + "\n").getBytes(StandardCharsets.UTF_8);
        System.err.write(octets, 0, octets.length);
        System.err.flush();
    }

    /** N'écrit que des octets et ne ferme jamais la sortie standard. */
    private static final class NonFerme extends OutputStream {
        private final PrintStream cible;

        NonFerme(PrintStream cible) {
            this.cible = cible;
        }

        @Override
        public void write(int b) {
            cible.write(b);
        }

        @Override
        public void write(byte[] b, int debut, int longueur) {
            cible.write(b, debut, longueur);
        }

        @Override
        public void flush() {
            cible.flush();
            if (cible.checkError()) {
                throw new UncheckedIOException(new IOException("écriture sur la sortie standard impossible"));
            }
        }
    }
}
