package fr.caissecommune.sante.json;

import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;
import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.calcul.EnFrancais;

/**
 * Écrit un décompte en JSON, sur une ligne, les clés toujours dans cet ordre : {@code id}, {@code statut},
 * {@code motifs_rejet} ({@code code}, {@code libelle}), {@code lignes} ({@code code}, {@code base}, {@code taux},
 * {@code rembourse}, puis {@code quantite}, {@code coefficient}, {@code montant_facture}, {@code depassement},
 * {@code franchise}), {@code participation_forfaitaire}, {@code franchises}, {@code montant_paye}, {@code payeur},
 * {@code explication}, puis {@code montant_rembourse}, {@code recupere}, {@code a_recouvrer}. Montants en euros
 * avec deux décimales, taux en pourcentage entier.
 */
public final class FormatDesDecomptes {

    private static final Map<ValeurAppliquee, String> PARAMETRES = new ConcurrentHashMap<>();

    private FormatDesDecomptes() {
    }

    public static String ecrire(Decompte d) {
        var j = new StringBuilder(2048);
        j.append("{\"id\":");
        chaine(j, d.feuille());
        j.append(",\"statut\":\"").append(d.statut().name()).append("\",\"motifs_rejet\":[");
        for (int i = 0; i < d.rejets().size(); i++) {
            var r = d.rejets().get(i);
            j.append(i == 0 ? "" : ",").append("{\"code\":\"").append(r.motif().name()).append("\",\"libelle\":");
            chaine(j, r.libelle());
            j.append('}');
        }
        j.append("],\"lignes\":[");
        for (int i = 0; i < d.lignes().size(); i++) {
            var l = d.lignes().get(i);
            j.append(i == 0 ? "" : ",").append("{\"code\":");
            chaine(j, l.code().toString());
            montant(j.append(",\"base\":"), l.base());
            j.append(",\"taux\":").append(l.tauxEnPourcentage());
            montant(j.append(",\"rembourse\":"), l.rembourse());
            j.append(",\"quantite\":").append(l.quantite()).append(",\"coefficient\":").append(l.coefficient().toPlainString());
            montant(j.append(",\"montant_facture\":"), l.montantFacture());
            montant(j.append(",\"depassement\":"), l.depassement());
            montant(j.append(",\"franchise\":"), l.franchise());
            j.append('}');
        }
        j.append(']');
        montant(j.append(",\"participation_forfaitaire\":"), d.participationForfaitaire());
        montant(j.append(",\"franchises\":"), d.franchises());
        montant(j.append(",\"montant_paye\":"), d.montantPaye());
        j.append(",\"payeur\":\"").append(d.payeur().name()).append("\",\"explication\":");
        explication(j, d.explication());
        montant(j.append(",\"montant_rembourse\":"), d.montantRembourse());
        montant(j.append(",\"recupere\":"), d.recupere());
        montant(j.append(",\"a_recouvrer\":"), d.aRecouvrer());
        return j.append('}').toString();
    }

    private static void montant(StringBuilder j, Montant m) {
        j.append(m.valeur().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Le texte de l'explication (celui de {@link EnFrancais#texte}) écrit directement en chaîne JSON ; les
     * lignes des paramètres cités, identiques d'un décompte à l'autre, sont échappées une fois pour toutes.
     */
    private static void explication(StringBuilder j, Explication explication) {
        j.append('"');
        for (var e : explication.etapes()) {
            for (int i = 0; i < e.niveau(); i++) {
                j.append("  ");
            }
            echapper(j, e.libelle());
            if (e.montant() != null) {
                j.append(" : ").append(EnFrancais.montant(e.montant()));
            }
            j.append("\\n");
        }
        var parametres = explication.parametres();
        if (!parametres.isEmpty()) {
            j.append("Paramètres appliqués :\\n");
            for (var p : parametres) {
                j.append(PARAMETRES.computeIfAbsent(p, v -> {
                    var ligne = new StringBuilder("  - ");
                    echapper(ligne, v.enFrancais());
                    return ligne.append("\\n").toString();
                }));
            }
        }
        j.append('"');
    }

    private static void chaine(StringBuilder j, @Nullable String s) {
        if (s == null) {
            j.append("null");
            return;
        }
        j.append('"');
        echapper(j, s);
        j.append('"');
    }

    /** Ajoute le texte échappé pour JSON, par tronçons entre les caractères à échapper. */
    private static void echapper(StringBuilder j, String s) {
        int debut = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            j.append(s, debut, i);
            debut = i + 1;
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\n' -> j.append("\\n");
                case '\r' -> j.append("\\r");
                case '\t' -> j.append("\\t");
                default -> j.append(String.format("\\u%04x", (int) c));
            }
        }
        j.append(s, debut, n);
    }
}
