package fr.caissecommune.sante.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Les valeurs qui reviennent d'une feuille à l'autre (exécutants, codes, dates, situations par défaut), lues et
 * validées une fois puis partagées : un lot d'un million de feuilles n'en garde qu'un exemplaire. Bornée : au-delà
 * de sa capacité, une valeur est lue sans être gardée.
 */
final class Partages<K, V> {

    private final Map<K, V> valeurs = new ConcurrentHashMap<>();
    private final int capacite;

    Partages(int capacite) {
        this.capacite = capacite;
    }

    V obtenir(K cle, Function<K, V> lecture) {
        var v = valeurs.get(cle);
        if (v != null) {
            return v;
        }
        v = lecture.apply(cle);
        if (valeurs.size() < capacite) {
            valeurs.putIfAbsent(cle, v);
        }
        return v;
    }
}
