package fr.caissecommune.regles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Un jeu complet de paramètres législatifs, tel que chargé depuis les fichiers YAML, identifié par sa
 * version : l'empreinte SHA-256 de son contenu. Une décision mémorise cette version pour être rejouée à
 * l'identique, même après la publication de nouveaux paramètres.
 */
public final class JeuDeParametres {

    private final SortedMap<String, Parametre> parametres;
    private final SortedMap<String, String> sources;
    private final String version;

    private JeuDeParametres(SortedMap<String, Parametre> parametres, SortedMap<String, String> sources, String version) {
        this.parametres = parametres;
        this.sources = sources;
        this.version = version;
    }

    /**
     * Construit le jeu à partir des fichiers (chemin relatif sans extension → contenu YAML). Les fichiers
     * {@code index} décrivent les dossiers et ne portent pas de valeur.
     */
    public static JeuDeParametres depuis(Map<String, String> fichiers) {
        var sources = new TreeMap<>(fichiers);
        var parametres = new TreeMap<String, Parametre>();
        var erreurs = new ArrayList<String>();
        sources.forEach((chemin, contenu) -> {
            if (chemin.equals("index") || chemin.endsWith("/index")) {
                return;
            }
            try {
                parametres.put(chemin, ChargeurDeParametres.lire(chemin, contenu));
            } catch (ParametreInvalide e) {
                erreurs.add(e.getMessage());
            }
        });
        if (!erreurs.isEmpty()) {
            throw new ParametreInvalide(erreurs.size() + " fichier(s)", String.join("\n  ", erreurs));
        }
        return new JeuDeParametres(parametres, sources, empreinte(sources));
    }

    private static String empreinte(SortedMap<String, String> sources) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sources.forEach((chemin, contenu) -> {
                sha.update(chemin.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(contenu.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** L'empreinte SHA-256 (hexadécimale) du contenu de tous les fichiers. */
    public String version() {
        return version;
    }

    /** Les paramètres en vigueur à une date. */
    public Instantane a(LocalDate date) {
        return new Instantane(this, date);
    }

    public Optional<Parametre> find(String chemin) {
        return Optional.ofNullable(parametres.get(chemin));
    }

    public Parametre get(String chemin) {
        return find(chemin).orElseThrow(() -> new ParametreIntrouvable(chemin));
    }

    public Collection<Parametre> tous() {
        return parametres.values();
    }

    /** Les fichiers sources, pour l'archivage de la version. */
    public SortedMap<String, String> sources() {
        return java.util.Collections.unmodifiableSortedMap(sources);
    }

    /**
     * L'archive d'une version : tous les fichiers dans un seul texte, chacun précédé de
     * {@code ##### chemin longueur}, pour les relire à l'identique (même empreinte).
     */
    public String archive() {
        var texte = new StringBuilder();
        sources.forEach((chemin, contenu) -> texte.append("##### ").append(chemin).append(' ').append(contenu.length())
                .append('\n').append(contenu).append('\n'));
        return texte.toString();
    }

    public static JeuDeParametres depuisArchive(String archive) {
        var fichiers = new TreeMap<String, String>();
        int position = 0;
        while (position < archive.length()) {
            int finEntete = archive.indexOf('\n', position);
            var entete = archive.substring(position + "##### ".length(), finEntete);
            int espace = entete.lastIndexOf(' ');
            int longueur = Integer.parseInt(entete.substring(espace + 1));
            fichiers.put(entete.substring(0, espace), archive.substring(finEntete + 1, finEntete + 1 + longueur));
            position = finEntete + 1 + longueur + 1;
        }
        return depuis(fichiers);
    }

    /** Les chemins des paramètres du jeu, dans l'ordre. */
    List<String> chemins() {
        return List.copyOf(parametres.keySet());
    }
}
