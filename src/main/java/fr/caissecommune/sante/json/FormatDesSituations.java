package fr.caissecommune.sante.json;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.sante.SituationDuBeneficiaire;

/**
 * La situation d'un bénéficiaire écrite au format de l'objet {@code beneficiaire} des feuilles de soins
 * ({@code docs/sante-format-feuilles.md}, § 1.5), et relue par le même lecteur : une seule forme écrite pour la
 * simulation et pour la situation enregistrée.
 */
public final class FormatDesSituations {

    private static final FormatDesFeuilles LECTEUR = FormatDesFeuilles.simulation();

    private FormatDesSituations() {
    }

    /** Vrai si la situation est celle d'un assuré sans particularité : droits ouverts depuis la naissance, rien d'autre. */
    public static boolean sansParticularite(SituationDuBeneficiaire s) {
        return s.droits().equals(List.of(Periode.depuis(s.dateDeNaissance()))) && s.c2s().isEmpty() && s.ame().isEmpty() && s.ald().isEmpty()
                && s.grossesses().isEmpty() && s.medecinTraitant() == null;
    }

    /** L'objet JSON {@code beneficiaire} de la situation. */
    public static String ecrire(SituationDuBeneficiaire s) {
        var j = new StringBuilder(128).append("{\"date_naissance\":\"").append(s.dateDeNaissance()).append('"');
        periodes(j, "droits", s.droits());
        if (!s.c2s().isEmpty()) {
            periodes(j, "c2s", s.c2s());
        }
        if (!s.ame().isEmpty()) {
            periodes(j, "ame", s.ame());
        }
        if (!s.ald().isEmpty()) {
            j.append(",\"ald\":[");
            for (int i = 0; i < s.ald().size(); i++) {
                var a = s.ald().get(i);
                j.append(i == 0 ? "{" : ",{").append("\"affection\":");
                chaine(j, a.affection());
                j.append(',');
                bornes(j, a.periode());
                if (!a.codes().isEmpty()) {
                    j.append(",\"codes\":[");
                    var codes = a.codes().stream().sorted().toList();
                    for (int k = 0; k < codes.size(); k++) {
                        j.append(k == 0 ? "" : ",");
                        chaine(j, codes.get(k));
                    }
                    j.append(']');
                }
                j.append('}');
            }
            j.append(']');
        }
        if (!s.grossesses().isEmpty()) {
            j.append(",\"grossesses\":[");
            for (int i = 0; i < s.grossesses().size(); i++) {
                var g = s.grossesses().get(i);
                j.append(i == 0 ? "" : ",").append("{\"debut\":\"").append(g.debut()).append("\",\"accouchement\":\"").append(g.accouchement())
                        .append("\"}");
            }
            j.append(']');
        }
        if (s.medecinTraitant() != null) {
            j.append(",\"medecin_traitant\":\"").append(s.medecinTraitant().valeur()).append('"');
        }
        return j.append('}').toString();
    }

    /**
     * Relit une situation écrite par {@link #ecrire}.
     *
     * @throws IllegalArgumentException si le texte n'est pas une situation valide (message nommant le champ)
     */
    public static SituationDuBeneficiaire lire(String json, Nir nir) {
        var s = LECTEUR.situationEcrite(json, nir);
        if (s == null) {
            throw new IllegalArgumentException("situation du bénéficiaire " + nir.formate() + " : « inconnu » n'est pas une situation enregistrable");
        }
        return s;
    }

    private static void periodes(StringBuilder j, String champ, List<Periode> periodes) {
        j.append(",\"").append(champ).append("\":[");
        for (int i = 0; i < periodes.size(); i++) {
            j.append(i == 0 ? "{" : ",{");
            bornes(j, periodes.get(i));
            j.append('}');
        }
        j.append(']');
    }

    /** Écrit {@code "debut":"…","fin":"…"} (fin incluse, absente pour une période ouverte). */
    private static void bornes(StringBuilder j, Periode p) {
        j.append("\"debut\":\"").append(p.debut()).append('"');
        @Nullable LocalDate fin = p.fin();
        if (fin != null) {
            j.append(",\"fin\":\"").append(fin.minusDays(1)).append('"');
        }
    }

    private static void chaine(StringBuilder j, String texte) {
        j.append('"');
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        j.append(String.format("\\u%04x", (int) c));
                    } else {
                        j.append(c);
                    }
                }
            }
        }
        j.append('"');
    }
}
