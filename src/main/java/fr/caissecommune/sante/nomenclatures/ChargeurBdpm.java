package fr.caissecommune.sante.nomenclatures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Lit la BDPM : le fichier des présentations (CIS_CIP_bdpm.txt, UTF-8, 13 colonnes séparées par des
 * tabulations) et celui des spécialités (CIS_bdpm.txt, pour la dénomination). Les taux (« 65 % », « 65% »)
 * sont normalisés en entiers et rapprochés des classes de remboursement en vigueur ; une présentation dont le
 * taux n'existe plus (35 %, supprimé en 2011) ou dont le prix est illisible est écartée avec son motif.
 */
final class ChargeurBdpm {

    private static final int CIS = 0, LIBELLE = 2, CIP13 = 6, TAUX = 8, PRIX = 9, PRIX_HONORAIRE_COMPRIS = 10, HONORAIRE = 11;

    private ChargeurBdpm() {
    }

    record Resultat(Bdpm bdpm, RapportDeChargement rapport) {
    }

    /**
     * @param classesParTaux les taux admis (en %) et la classe de remboursement de chacun, à la date de
     *                       l'extraction
     */
    static Resultat lire(String presentations, String specialites, Map<Integer, ClasseDeMedicament> classesParTaux, String version) {
        var denominations = denominations(specialites);
        var index = new HashMap<String, Presentation>(32_768);
        var ecartees = new HashMap<String, String>();
        var motifs = new LinkedHashMap<String, Integer>();
        var corrections = new LinkedHashMap<String, Integer>();
        var tauxAdmis = classesParTaux.keySet().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + " %";
        int lues = 0;
        for (var ligne : presentations.split("\n")) {
            if (ligne.isBlank()) {
                continue;
            }
            lues++;
            var c = ligne.split("\t", -1);
            if (c.length < 12) {
                ChargeurCcam.compter(motifs, "ligne de moins de 12 colonnes");
                continue;
            }
            var cip = c[CIP13].trim();
            if (!cip.matches("\\d{13}")) {
                ChargeurCcam.compter(motifs, "CIP13 absent ou mal formé");
                continue;
            }
            var tauxBrut = c[TAUX].trim();
            var taux = tauxBrut.replace(" ", "").replace("%", "");
            ClasseDeMedicament classe = null;
            if (!taux.isEmpty()) {
                Integer pourcentage = entier(taux);
                classe = pourcentage == null ? null : classesParTaux.get(pourcentage);
                if (classe == null) {
                    var motif = "taux de remboursement « " + tauxBrut + " » qui n'existe plus (taux en vigueur : " + tauxAdmis + ")";
                    ecartees.put(cip, motif);
                    ChargeurCcam.compter(motifs, motif);
                    continue;
                }
                if (!tauxBrut.equals(taux + "%")) {
                    ChargeurCcam.compter(corrections, "taux écrit avec une espace (« " + tauxBrut + " » lu " + taux + ")");
                }
            }
            Montant prix, honoraire, prixHonoraireCompris;
            try {
                prix = montant(c[PRIX]);
                honoraire = montant(c[HONORAIRE]);
                prixHonoraireCompris = montant(c[PRIX_HONORAIRE_COMPRIS]);
            } catch (NumberFormatException e) {
                var motif = "prix illisible";
                ecartees.put(cip, motif);
                ChargeurCcam.compter(motifs, motif);
                continue;
            }
            if (classe != null && prixHonoraireCompris == null) {
                var motif = "médicament remboursable sans prix";
                ecartees.put(cip, motif);
                ChargeurCcam.compter(motifs, motif);
                continue;
            }
            if (prix != null && honoraire != null && prixHonoraireCompris != null && !prix.plus(honoraire).equals(prixHonoraireCompris)) {
                ChargeurCcam.compter(corrections, "prix honoraire compris différent de prix + honoraire : le prix honoraire compris publié est retenu");
            }
            if (c[PRIX].contains(",") && c[PRIX].indexOf(',') != c[PRIX].lastIndexOf(',')) {
                ChargeurCcam.compter(corrections, "prix de 1 000 € ou plus écrit avec deux virgules (« 3,982,28 » lu 3982.28)");
            }
            var cis = c[CIS].trim();
            index.put(cip, new Presentation(cip, cis, denominations.getOrDefault(cis, ""), c[LIBELLE].trim(), prix, honoraire,
                    prixHonoraireCompris, classe));
        }
        var rapport = new RapportDeChargement("BDPM", version, lues, index.size(), motifs, corrections);
        return new Resultat(new Bdpm(index, ecartees), rapport);
    }

    private static Map<String, String> denominations(String specialites) {
        var resultat = new HashMap<String, String>(32_768);
        for (var ligne : specialites.split("\r?\n")) {
            var c = ligne.split("\t", -1);
            if (c.length >= 2) {
                resultat.put(c[0].trim(), c[1].trim());
            }
        }
        return resultat;
    }

    private static @Nullable Integer entier(String texte) {
        try {
            return Integer.valueOf(texte);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Un prix de la BDPM en euros : virgule décimale ; au-delà de 999,99 € le séparateur de milliers est aussi une
     * virgule ({@code 3,982,28} = 3 982,28 €). Vide : absent.
     */
    static @Nullable Montant montant(String brut) {
        var t = brut.trim().replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        int derniere = t.lastIndexOf(',');
        var normalise = derniere < 0 ? t : t.substring(0, derniere).replace(",", "") + "." + t.substring(derniere + 1);
        return Montant.euros(new BigDecimal(normalise));
    }
}
