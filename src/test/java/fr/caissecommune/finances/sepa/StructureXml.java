package fr.caissecommune.finances.sepa;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;

/** Lecture d'un fichier XML pour les tests : chemins d'éléments rencontrés et textes des éléments. */
final class StructureXml {

    private StructureXml() {
    }

    /** Les chemins distincts des éléments, dans l'ordre de leur première apparition (par ex. {@code Document/CstmrCdtTrfInitn/GrpHdr}). */
    static Set<String> chemins(InputStream xml) throws Exception {
        var chemins = new LinkedHashSet<String>();
        parcourir(xml, (chemin, texte) -> chemins.add(chemin));
        return chemins;
    }

    static Set<String> chemins(Path fichier) throws Exception {
        try (var entree = Files.newInputStream(fichier)) {
            return chemins(entree);
        }
    }

    /** Les textes des éléments feuilles, par chemin : tous les textes d'un même chemin, séparés par « | ». */
    static Map<String, String> textes(Path fichier) throws Exception {
        var textes = new TreeMap<String, String>();
        try (var entree = Files.newInputStream(fichier)) {
            parcourir(entree, (chemin, texte) -> {
                if (!texte.isBlank()) {
                    textes.merge(chemin, texte.strip(), (a, b) -> a + "|" + b);
                }
            });
        }
        return textes;
    }

    private interface Visiteur {
        void element(String chemin, String texte);
    }

    private static void parcourir(InputStream xml, Visiteur visiteur) throws Exception {
        var lecteur = XMLInputFactory.newFactory().createXMLStreamReader(xml);
        var pile = new ArrayDeque<String>();
        var texte = new StringBuilder();
        while (lecteur.hasNext()) {
            switch (lecteur.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    pile.addLast(lecteur.getLocalName());
                    texte.setLength(0);
                    visiteur.element(String.join("/", pile), "");
                }
                case XMLStreamConstants.CHARACTERS -> texte.append(lecteur.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    visiteur.element(String.join("/", pile), texte.toString());
                    texte.setLength(0);
                    pile.removeLast();
                }
                default -> {
                }
            }
        }
    }
}
