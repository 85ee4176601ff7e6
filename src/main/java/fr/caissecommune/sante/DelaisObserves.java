package fr.caissecommune.sante;

/**
 * Des délais observés, en jours calendaires : le nombre de feuilles, la somme des délais (pour la moyenne) et le
 * nombre de feuilles traitées dans les sept jours.
 */
public record DelaisObserves(int nombre, long jours, int dansLesSeptJours) {

    public static final DelaisObserves AUCUN = new DelaisObserves(0, 0, 0);

    public static DelaisObserves un(long jours) {
        return new DelaisObserves(1, jours, jours <= 7 ? 1 : 0);
    }

    public DelaisObserves plus(DelaisObserves autre) {
        return new DelaisObserves(nombre + autre.nombre, jours + autre.jours, dansLesSeptJours + autre.dansLesSeptJours);
    }
}
