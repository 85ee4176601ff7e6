package fr.caissecommune.sante.nomenclatures;

import java.util.ArrayList;
import java.util.List;

/** Un lecteur CSV (RFC 4180) : virgule, guillemets doublés, cellules entre guillemets sur plusieurs lignes. */
final class LecteurCsv {

    private LecteurCsv() {
    }

    static List<List<String>> lire(String texte) {
        var lignes = new ArrayList<List<String>>();
        var ligne = new ArrayList<String>();
        var cellule = new StringBuilder();
        boolean entreGuillemets = false;
        int n = texte.length();
        for (int i = 0; i < n; i++) {
            char c = texte.charAt(i);
            if (entreGuillemets) {
                if (c == '"') {
                    if (i + 1 < n && texte.charAt(i + 1) == '"') {
                        cellule.append('"');
                        i++;
                    } else {
                        entreGuillemets = false;
                    }
                } else {
                    cellule.append(c);
                }
            } else if (c == '"') {
                entreGuillemets = true;
            } else if (c == ',') {
                ligne.add(cellule.toString());
                cellule.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && texte.charAt(i + 1) == '\n') {
                    i++;
                }
                ligne.add(cellule.toString());
                cellule.setLength(0);
                lignes.add(ligne);
                ligne = new ArrayList<>();
            } else {
                cellule.append(c);
            }
        }
        if (cellule.length() > 0 || !ligne.isEmpty()) {
            ligne.add(cellule.toString());
            lignes.add(ligne);
        }
        return lignes;
    }
}
