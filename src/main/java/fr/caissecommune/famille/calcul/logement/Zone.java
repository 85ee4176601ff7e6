package fr.caissecommune.famille.calcul.logement;

/**
 * La zone géographique des aides au logement (CCH, art. D823-16 ; arrêté du 17 mars 1978 modifié) : zone 1
 * (agglomération parisienne et villes nouvelles d'Île-de-France), zone 2 (agglomérations de plus de 100 000 habitants,
 * reste de l'Île-de-France, Corse…), zone 3 (le reste du territoire).
 */
public enum Zone {
    ZONE_1(1), ZONE_2(2), ZONE_3(3);

    private final int numero;

    Zone(int numero) {
        this.numero = numero;
    }

    public int numero() {
        return numero;
    }

    /** Le chemin des paramètres de la zone : {@code zone_1}, {@code zone_2} ou {@code zone_3}. */
    String cle() {
        return "zone_" + numero;
    }

    /** La zone de son numéro (1, 2 ou 3). */
    public static Zone de(int numero) {
        for (var z : values()) {
            if (z.numero == numero) {
                return z;
            }
        }
        throw new IllegalArgumentException("zone des aides au logement inconnue : " + numero + " (1, 2 ou 3 attendu)");
    }
}
