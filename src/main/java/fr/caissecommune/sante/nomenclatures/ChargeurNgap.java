package fr.caissecommune.sante.nomenclatures;

import java.util.HashMap;
import java.util.Set;

/** Lit la liste des lettres clés NGAP (CSV : code, libellé). */
final class ChargeurNgap {

    private ChargeurNgap() {
    }

    record Resultat(Ngap ngap, RapportDeChargement rapport) {
    }

    static Resultat lire(String texte, Set<String> majorations, Set<String> indemnites, String version) {
        var libelles = new HashMap<String, String>();
        var ecartees = new HashMap<String, Integer>();
        int lues = 0;
        boolean entete = true;
        for (var ligne : LecteurCsv.lire(texte)) {
            if (entete) {
                entete = false;
                continue;
            }
            if (ligne.size() == 1 && ligne.get(0).isBlank()) {
                continue;
            }
            lues++;
            var code = ligne.get(0).trim().toUpperCase(java.util.Locale.ROOT);
            if (ligne.size() < 2 || !code.matches("[A-Z][A-Z0-9]{0,3}")) {
                ChargeurCcam.compter(ecartees, "ligne sans code NGAP valide");
                continue;
            }
            if (libelles.putIfAbsent(code, ligne.get(1).trim()) != null) {
                ChargeurCcam.compter(ecartees, "code NGAP en double");
            }
        }
        var ngap = new Ngap(libelles, majorations, indemnites);
        return new Resultat(ngap, new RapportDeChargement("NGAP", version, lues, libelles.size(), ecartees, java.util.Map.of()));
    }
}
