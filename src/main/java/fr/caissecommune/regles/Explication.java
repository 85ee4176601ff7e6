package fr.caissecommune.regles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * L'explication en français d'un montant calculé : les étapes du calcul, dans l'ordre, et les paramètres
 * législatifs cités (valeur, date d'effet, référence). C'est ce que montrent l'écran de l'agent, la
 * notification et le dossier de recours.
 */
public final class Explication {

    /** Une étape : un libellé et, le cas échéant, le montant qu'elle produit. */
    public record Etape(String libelle, @Nullable Montant montant, int niveau) {
    }

    private final List<Etape> etapes = new ArrayList<>();
    private final Map<String, ValeurAppliquee> parametres = new LinkedHashMap<>();
    private int niveau;

    public Explication etape(String libelle, Montant montant) {
        etapes.add(new Etape(libelle, montant, niveau));
        return this;
    }

    public Explication note(String libelle) {
        etapes.add(new Etape(libelle, null, niveau));
        return this;
    }

    /** Cite un paramètre et rend sa valeur, pour écrire une formule sans perdre sa source. */
    public ValeurAppliquee cite(ValeurAppliquee valeur) {
        parametres.putIfAbsent(valeur.chemin(), valeur);
        return valeur;
    }

    /** Intègre l'explication d'un sous-calcul, en retrait. */
    public Explication inclut(String titre, Explication sous) {
        etapes.add(new Etape(titre, null, niveau));
        sous.etapes.forEach(e -> etapes.add(new Etape(e.libelle(), e.montant(), e.niveau() + niveau + 1)));
        sous.parametres.forEach(parametres::putIfAbsent);
        return this;
    }

    public List<Etape> etapes() {
        return List.copyOf(etapes);
    }

    public Collection<ValeurAppliquee> parametres() {
        return List.copyOf(parametres.values());
    }

    /** Texte lisible : les étapes puis les paramètres appliqués avec leurs références. */
    public String enTexte() {
        var texte = new StringBuilder();
        for (var e : etapes) {
            texte.append("  ".repeat(e.niveau())).append(e.libelle());
            if (e.montant() != null) {
                texte.append(" : ").append(e.montant().enFrancais());
            }
            texte.append('\n');
        }
        if (!parametres.isEmpty()) {
            texte.append("Paramètres appliqués :\n");
            parametres.values().forEach(p -> texte.append("  - ").append(p.enFrancais()).append('\n'));
        }
        return texte.toString();
    }

    @Override
    public String toString() {
        return enTexte();
    }
}
