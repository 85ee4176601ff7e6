package fr.caissecommune.recouvrement;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Le compte rendu remis au déclarant après le dépôt d'une DSN : acceptée (avec ses avertissements et le nombre
 * d'anomalies de calcul relevées) ou rejetée en entier (avec chaque erreur localisée ; rien n'est enregistré).
 */
public record CompteRenduDeDepot(Statut statut, String fichier, @Nullable UUID declaration, @Nullable String siret, @Nullable YearMonth mois,
        @Nullable String type, int individus, List<ErreurDeDeclaration> erreurs, int erreursOmises, int anomalies, @Nullable UUID remplacee) {

    public enum Statut { ACCEPTEE, REJETEE }

    public boolean acceptee() {
        return statut == Statut.ACCEPTEE;
    }

    public List<ErreurDeDeclaration> bloquantes() {
        return erreurs.stream().filter(ErreurDeDeclaration::estBloquante).toList();
    }

    public List<ErreurDeDeclaration> avertissements() {
        return erreurs.stream().filter(e -> !e.estBloquante()).toList();
    }

    /** Le compte rendu en français, tel qu'il est remis au déclarant. */
    public String enFrancais() {
        var t = new StringBuilder();
        t.append("Dépôt de ").append(fichier).append(" : ");
        if (acceptee()) {
            t.append("DSN ACCEPTÉE").append(" (déclaration ").append(declaration).append(")\n");
            t.append("  Établissement ").append(siret).append(", mois ").append(mois).append(", type ").append(libelleType(type)).append(", ")
                    .append(individus).append(" salarié(s)\n");
            if (remplacee != null) {
                t.append("  Annule et remplace la déclaration ").append(remplacee).append('\n');
            }
            t.append("  Anomalies de calcul à examiner : ").append(anomalies).append('\n');
        } else {
            t.append("DSN REJETÉE — ").append(bloquantes().size() + erreursOmises).append(" erreur(s) bloquante(s) ; rien n'a été enregistré\n");
        }
        bloquantes().forEach(e -> t.append("  ERREUR ").append(e.enFrancais()).append('\n'));
        avertissements().forEach(e -> t.append("  Avertissement ").append(e.enFrancais()).append('\n'));
        if (erreursOmises > 0) {
            t.append("  … et ").append(erreursOmises).append(" autre(s) erreur(s) non détaillée(s)\n");
        }
        return t.toString();
    }

    private static String libelleType(@Nullable String type) {
        return switch (type == null ? "" : type) {
            case "01" -> "normale";
            case "02" -> "néant (sans individu)";
            case "03" -> "annule et remplace";
            case "05" -> "annule et remplace néant";
            default -> String.valueOf(type);
        };
    }
}
