package fr.caissecommune.famille;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Le droit d'un foyer à une prestation pour un mois : montant brut, CRDS précomptée, montant net versé, et, quand
 * l'explication a été demandée, un résumé d'une ligne (« 2 enfant(s) à charge ouvrant droit ») et l'explication en
 * français (paramètres datés et références). Un droit nul est un droit calculé et refusé pour le mois : son
 * explication dit pourquoi.
 */
public record DroitDuMois(Prestation prestation, YearMonth mois, Montant brut, Montant crds, Montant net, @Nullable String resume,
        @Nullable String explication) {

    /** Un droit sans résumé. */
    public DroitDuMois(Prestation prestation, YearMonth mois, Montant brut, Montant crds, Montant net, @Nullable String explication) {
        this(prestation, mois, brut, crds, net, null, explication);
    }

    /** Un droit nul, avec la raison (suspension, condition non remplie). */
    public static DroitDuMois nul(Prestation prestation, YearMonth mois, @Nullable String explication) {
        return new DroitDuMois(prestation, mois, Montant.ZERO, Montant.ZERO, Montant.ZERO, explication == null ? null : "Aucun droit",
                explication);
    }

    public boolean estOuvert() {
        return brut.estPositif();
    }
}
