package fr.caissecommune.finances;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** L'idempotence sur la référence des ordres : ne garder que les ordres dont la référence est nouvelle. */
final class References {

    /** Le nombre de références vérifiées par requête. */
    static final int PAQUET = 1000;

    private References() {
    }

    /**
     * Les ordres dont la référence n'est ni répétée plus haut dans la liste ni déjà enregistrée, dans leur ordre ;
     * {@code dejaConnues} est interrogé une fois par paquet de {@value #PAQUET} références.
     */
    static <T> List<T> nouvelles(List<T> ordres, Function<T, String> reference, Function<Collection<String>, Set<String>> dejaConnues) {
        var parReference = new LinkedHashMap<String, T>();
        ordres.forEach(ordre -> parReference.putIfAbsent(reference.apply(ordre), ordre));
        var uniques = new ArrayList<>(parReference.values());
        var nouvelles = new ArrayList<T>();
        for (int debut = 0; debut < uniques.size(); debut += PAQUET) {
            var paquet = uniques.subList(debut, Math.min(debut + PAQUET, uniques.size()));
            var connues = dejaConnues.apply(paquet.stream().map(reference).toList());
            paquet.stream().filter(ordre -> !connues.contains(reference.apply(ordre))).forEach(nouvelles::add);
        }
        return nouvelles;
    }
}
