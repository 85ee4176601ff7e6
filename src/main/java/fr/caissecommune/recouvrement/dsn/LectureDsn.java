package fr.caissecommune.recouvrement.dsn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import fr.caissecommune.recouvrement.ErreurDeDeclaration;

/**
 * Lecture en flux d'un fichier DSN (norme NEODeS, cahier technique §3.4 à 3.8) : lignes {@code Sxx.Gyy.zz.aaa,'valeur'}
 * d'au plus 256 caractères en ISO-8859-1, terminées par CR LF ou LF, rangées en blocs par une pile guidée par
 * l'arbre de la norme ({@link NormeDsn}). Chaque bloc individu (S21.G00.30) est remis au récepteur dès sa fin puis
 * oublié : la mémoire employée ne dépend pas du nombre de salariés.
 */
public final class LectureDsn {

    /** Ce qui reçoit la déclaration lue : chaque individu complet, puis le reste de l'arbre à la fin du fichier. */
    public interface Recepteur {
        void individu(Bloc individu);

        void fin(Bloc racine, int lignesDeRubrique);
    }

    static final int LONGUEUR_MAXIMALE = 256;

    private final Recepteur recepteur;
    private final Consumer<ErreurDeDeclaration> erreurs;
    private final Bloc racine = new Bloc(NormeDsn.RACINE, 0, null);
    private final Deque<Bloc> pile = new ArrayDeque<>();
    private int lignesDeRubrique;
    private boolean utf8Signale;
    private int blocsInconnus;

    private LectureDsn(Recepteur recepteur, Consumer<ErreurDeDeclaration> erreurs) {
        this.recepteur = recepteur;
        this.erreurs = erreurs;
        pile.push(racine);
    }

    /** Lit tout le flux ; les erreurs de syntaxe, d'encodage et de structure sont signalées avec leur ligne. */
    public static void lire(InputStream flux, Recepteur recepteur, Consumer<ErreurDeDeclaration> erreurs) throws IOException {
        new LectureDsn(recepteur, erreurs).lire(flux);
    }

    private void lire(InputStream flux) throws IOException {
        var tampon = new byte[1 << 16];
        var ligne = new byte[LONGUEUR_MAXIMALE + 2];
        int longueur = 0;
        int numero = 1;
        boolean tropLongue = false;
        for (int lus; (lus = flux.read(tampon)) > 0;) {
            for (int i = 0; i < lus; i++) {
                byte b = tampon[i];
                if (b == '\n') {
                    traiterLigne(ligne, longueur, numero++, tropLongue);
                    longueur = 0;
                    tropLongue = false;
                } else if (longueur < ligne.length) {
                    ligne[longueur++] = b;
                } else {
                    tropLongue = true;
                }
            }
        }
        if (longueur > 0 || tropLongue) {
            traiterLigne(ligne, longueur, numero, tropLongue);
        }
        while (pile.size() > 1) {
            fermer(pile.pop());
        }
        if (blocsInconnus > 0) {
            erreurs.accept(ErreurDeDeclaration.avertissement(0, "", "BLOC-NON-TRAITE",
                    blocsInconnus + " rubrique(s) de blocs non traités par le recouvrement ont été ignorées"));
        }
        recepteur.fin(racine, lignesDeRubrique);
    }

    private void traiterLigne(byte[] octets, int longueur, int numero, boolean tropLongue) {
        if (longueur > 0 && octets[longueur - 1] == '\r') {
            longueur--;
        }
        if (tropLongue || longueur > LONGUEUR_MAXIMALE) {
            erreurs.accept(ErreurDeDeclaration.bloquante(numero, "", "LONGUEUR",
                    "ligne de plus de " + LONGUEUR_MAXIMALE + " caractères (cahier technique §3.4)"));
            return;
        }
        if (longueur == 0) {
            erreurs.accept(ErreurDeDeclaration.avertissement(numero, "", "LIGNE-VIDE", "ligne vide ignorée"));
            return;
        }
        controlerEncodage(octets, longueur, numero); // la ligne reste lue : une seule erreur, pas de cascade sur les totaux
        var texte = new String(octets, 0, longueur, StandardCharsets.ISO_8859_1);
        int virgule = texte.indexOf(',');
        var code = virgule < 0 ? texte : texte.substring(0, virgule);
        if (virgule != 14 || !estUnCodeDeRubrique(code)) {
            erreurs.accept(ErreurDeDeclaration.bloquante(numero, "", "SYNTAXE",
                    "ligne mal formée : « " + abrege(texte) + " » (attendu Sxx.Gyy.zz.aaa,'valeur')"));
            return;
        }
        int fin = texte.length();
        if (fin - virgule < 3 || texte.charAt(virgule + 1) != '\'' || texte.charAt(fin - 1) != '\'') {
            erreurs.accept(ErreurDeDeclaration.bloquante(numero, code, "SYNTAXE",
                    "valeur non encadrée par deux apostrophes (ligne tronquée ?) : « " + abrege(texte) + " »"));
            return;
        }
        var valeur = texte.substring(virgule + 2, fin - 1);
        if (valeur.isEmpty()) {
            erreurs.accept(ErreurDeDeclaration.bloquante(numero, code, "VALEUR-VIDE", "une rubrique ne peut pas être vide (cahier technique §3.3)"));
            return;
        }
        lignesDeRubrique++;
        ranger(new RubriqueDsn(numero, code, valeur));
    }

    /** ISO-8859-1 imposé : refuse une marque d'ordre d'octets, des séquences UTF-8 et les caractères de contrôle. */
    private boolean controlerEncodage(byte[] o, int longueur, int numero) {
        for (int i = 0; i < longueur; i++) {
            int c = o[i] & 0xFF;
            if (c == 0xEF && i + 2 < longueur && (o[i + 1] & 0xFF) == 0xBB && (o[i + 2] & 0xFF) == 0xBF) {
                signalerUtf8(numero, "marque d'ordre d'octets UTF-8 en tête de ligne");
                return false;
            }
            if (c >= 0xC2 && c <= 0xF4 && i + 1 < longueur && ((o[i + 1] & 0xFF) >= 0x80 && (o[i + 1] & 0xFF) <= 0xBF)) {
                signalerUtf8(numero, "séquence UTF-8 « " + new String(o, i, Math.min(longueur - i, c >= 0xE0 ? 3 : 2), StandardCharsets.UTF_8) + " »");
                return false;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                erreurs.accept(ErreurDeDeclaration.bloquante(numero, "", "CARACTERE",
                        String.format("caractère de contrôle 0x%02X interdit (jeu de caractères ISO-8859-1 de la norme)", c)));
                return false;
            }
        }
        return true;
    }

    private void signalerUtf8(int numero, String detail) {
        erreurs.accept(ErreurDeDeclaration.bloquante(numero, "", "ENCODAGE", detail
                + " : le fichier doit être encodé en ISO-8859-1 (cahier technique §3.5)" + (utf8Signale ? "" : ", pas en UTF-8")));
        utf8Signale = true;
    }

    private static boolean estUnCodeDeRubrique(String c) {
        return c.length() == 14 && c.charAt(0) == 'S' && chiffres(c, 1, 3) && c.charAt(3) == '.' && c.charAt(4) == 'G'
                && chiffres(c, 5, 7) && c.charAt(7) == '.' && chiffres(c, 8, 10) && c.charAt(10) == '.' && chiffres(c, 11, 14);
    }

    private static boolean chiffres(String c, int de, int a) {
        for (int i = de; i < a; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abrege(String texte) {
        return texte.length() > 60 ? texte.substring(0, 60) + "…" : texte;
    }

    /** Range la rubrique dans le bloc courant, ou ouvre un bloc sous le dernier parent attendu par la norme. */
    private void ranger(RubriqueDsn r) {
        var code = r.bloc();
        var courant = pile.peek();
        if (courant.code().equals(code) && courant.accepte(r)) {
            courant.ajoute(r);
            return;
        }
        var parent = NormeDsn.PARENT.get(code);
        if (parent == null) {
            blocsInconnus++;
            return;
        }
        if (!dansLaPile(parent)) {
            erreurs.accept(ErreurDeDeclaration.bloquante(r.ligne(), r.code(), "STRUCTURE",
                    "bloc " + code + " hors de sa place : il doit suivre un bloc " + parent + " (arbre de la norme)"));
            return;
        }
        while (!pile.peek().code().equals(parent)) {
            fermer(pile.pop());
        }
        var bloc = new Bloc(code, r.ligne(), pile.peek());
        pile.peek().ajouteEnfant(bloc);
        pile.push(bloc);
        bloc.ajoute(r);
    }

    private boolean dansLaPile(String code) {
        for (var b : pile) {
            if (b.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private void fermer(Bloc bloc) {
        var obligatoires = NormeDsn.OBLIGATOIRES.get(bloc.code());
        if (obligatoires != null) {
            obligatoires.stream().sorted().filter(n -> bloc.rubrique(n) == null).forEach(n -> erreurs.accept(ErreurDeDeclaration.bloquante(
                    bloc.ligne(), bloc.code() + "." + n, "OBLIGATOIRE", "rubrique obligatoire absente du bloc commencé ligne " + bloc.ligne())));
        }
        if (NormeDsn.DETACHABLES.contains(bloc.code())) {
            recepteur.individu(bloc);
            bloc.parent().retireEnfant(bloc);
        }
    }
}
