package fr.caissecommune.sante;

/**
 * Des délais observés, en jours calendaires : le nombre de feuilles, la somme des délais (pour la moyenne), et le
 * nombre de feuilles traitées dans les sept jours (objectif des FSE) et dans les quinze jours (feuilles papier).
 */
public record DelaisObserves(int nombre, long jours, int dansLesSeptJours, int dansLesQuinzeJours) {

    public static final DelaisObserves AUCUN = new DelaisObserves(0, 0, 0, 0);

    /** {@code nombre} feuilles au même délai. */
    public static DelaisObserves de(int nombre, long jours) {
        return new DelaisObserves(nombre, jours * nombre, jours <= 7 ? nombre : 0, jours <= 15 ? nombre : 0);
    }

    public static DelaisObserves un(long jours) {
        return de(1, jours);
    }

    public DelaisObserves plus(DelaisObserves autre) {
        return new DelaisObserves(nombre + autre.nombre, jours + autre.jours, dansLesSeptJours + autre.dansLesSeptJours,
                dansLesQuinzeJours + autre.dansLesQuinzeJours);
    }
}
