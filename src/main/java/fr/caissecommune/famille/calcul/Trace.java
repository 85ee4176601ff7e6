package fr.caissecommune.famille.calcul;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;

/**
 * L'explication d'un calcul en cours de construction, ou rien pour le calcul de masse : les libellés sont fournis
 * paresseusement et ne sont écrits que si l'explication est demandée.
 */
public final class Trace {

    private final @Nullable Explication explication;

    private Trace(@Nullable Explication explication) {
        this.explication = explication;
    }

    /** Une trace qui construit l'explication (écrans, notifications, réexamens). */
    public static Trace active() {
        return new Trace(new Explication());
    }

    /** Une trace muette (paie de masse). */
    public static Trace muette() {
        return new Trace(null);
    }

    public boolean estActive() {
        return explication != null;
    }

    public void etape(Supplier<String> libelle, Montant montant) {
        if (explication != null) {
            explication.etape(libelle.get(), montant);
        }
    }

    public void note(Supplier<String> libelle) {
        if (explication != null) {
            explication.note(libelle.get());
        }
    }

    public void note(String libelle) {
        if (explication != null) {
            explication.note(libelle);
        }
    }

    /** Cite un paramètre et rend sa valeur. */
    public ValeurAppliquee cite(ValeurAppliquee valeur) {
        if (explication != null) {
            explication.cite(valeur);
        }
        return valeur;
    }

    /** Intègre la trace d'un sous-calcul, en retrait. */
    public void inclut(String titre, Trace sous) {
        if (explication != null && sous.explication != null) {
            explication.inclut(titre, sous.explication);
        }
    }

    /** L'explication construite, ou une note disant qu'elle n'a pas été demandée. */
    public Explication explication() {
        return explication != null ? explication : Explications.nonDemandee();
    }
}
