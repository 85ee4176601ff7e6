package fr.caissecommune.sante.nomenclatures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Lit la liste des actes CCAM exportée par la CNAM (CSV) : une ligne d'acte (code, libellé, activité, phase,
 * tarif secteur 1/OPTAM, tarif hors secteur 1, …, exonération du TM, regroupement), suivie le cas échéant de
 * lignes sans code qui portent les tarifs des autres activités (anesthésie…) et phases. Les lignes de chapitre
 * et de notes sont ignorées.
 */
final class ChargeurCcam {

    private static final Pattern CODE = Pattern.compile("[A-Z]{4}\\d{3}");
    private static final Pattern CHAPITRE = Pattern.compile("\\d{1,2}(\\.\\d{1,2})*");
    private static final int CODE_COL = 0, TEXTE = 2, ACTIVITE = 3, PHASE = 4, SECTEUR_1 = 5, HORS_SECTEUR_1 = 6, REGROUPEMENT = 10;

    private ChargeurCcam() {
    }

    record Resultat(Ccam ccam, RapportDeChargement rapport) {
    }

    private static final class ActeEnCours {
        final String code;
        final String libelle;
        String regroupement;
        final List<TarifCcam> tarifs = new ArrayList<>();

        ActeEnCours(String code, String libelle, String regroupement) {
            this.code = code;
            this.libelle = libelle;
            this.regroupement = regroupement;
        }
    }

    static Resultat lire(String texte, String version) {
        var lignes = LecteurCsv.lire(texte);
        var actes = new LinkedHashMap<String, ActeEnCours>();
        var ecartees = new LinkedHashMap<String, Integer>();
        var corrigees = new LinkedHashMap<String, Integer>();
        ActeEnCours courant = null;
        int lignesLues = 0;
        for (var ligne : lignes) {
            lignesLues++;
            if (ligne.size() < 11) {
                compter(ecartees, "ligne de moins de 11 colonnes");
                continue;
            }
            var code = ligne.get(CODE_COL).trim();
            if (CODE.matcher(code).matches()) {
                if (actes.containsKey(code)) {
                    compter(ecartees, "code d'acte en double (première occurrence retenue)");
                    courant = null;
                    continue;
                }
                courant = new ActeEnCours(code, ligne.get(TEXTE).trim(), ligne.get(REGROUPEMENT).trim());
                actes.put(code, courant);
            } else if (CHAPITRE.matcher(code).matches()) {
                courant = null;
                continue;
            } else if (!code.isEmpty() && !code.startsWith("[")) {
                continue; // en-têtes
            }
            var activite = ligne.get(ACTIVITE).trim();
            if (activite.isEmpty()) {
                continue; // note, ou acte dont les tarifs suivent par phase
            }
            if (courant == null) {
                compter(ecartees, "tarif sans acte CCAM qui le précède");
                continue;
            }
            int act, phase;
            try {
                act = Integer.parseInt(activite);
                phase = Integer.parseInt(ligne.get(PHASE).trim());
            } catch (NumberFormatException e) {
                compter(ecartees, "activité ou phase non numérique");
                continue;
            }
            var s1 = tarif(ligne.get(SECTEUR_1), corrigees, ecartees);
            var hs1 = tarif(ligne.get(HORS_SECTEUR_1), corrigees, ecartees);
            courant.tarifs.add(new TarifCcam(act, phase, s1, hs1));
            if (courant.regroupement.isEmpty()) {
                courant.regroupement = ligne.get(REGROUPEMENT).trim();
            }
        }
        var index = new HashMap<String, ActeCcam>(actes.size() * 2);
        actes.forEach((code, a) -> index.put(code, new ActeCcam(code, a.libelle, a.regroupement, a.tarifs)));
        int nonPrisEnCharge = (int) index.values().stream()
                .filter(a -> a.tarifs().stream().allMatch(t -> t.secteur1() == null && t.horsSecteur1() == null)).count();
        if (nonPrisEnCharge > 0) {
            corrigees.put("actes sans aucun tarif (« Non pris en charge » ou vide) : connus mais non remboursables", nonPrisEnCharge);
        }
        return new Resultat(new Ccam(index), new RapportDeChargement("CCAM", version, lignesLues, index.size(), ecartees, corrigees));
    }

    /** Un tarif en euros : {@code 14.77}, {@code 248, 15} (corrigé), vide ou « Non pris en charge » (absent). */
    private static @Nullable BigDecimal tarif(String brut, Map<String, Integer> corrigees, Map<String, Integer> ecartees) {
        var t = brut.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("Non pris en charge")) {
            return null;
        }
        var normalise = t.replace(" ", "").replace(',', '.');
        try {
            var valeur = new BigDecimal(normalise);
            if (!normalise.equals(t)) {
                compter(corrigees, "tarif écrit avec une virgule ou une espace (« " + t + " » lu " + valeur.toPlainString() + ")");
            }
            return valeur.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            compter(ecartees, "tarif illisible « " + t + " » (tarif ignoré)");
            return null;
        }
    }

    static void compter(Map<String, Integer> compteurs, String motif) {
        compteurs.merge(motif, 1, Integer::sum);
    }
}
