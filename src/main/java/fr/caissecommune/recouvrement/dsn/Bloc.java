package fr.caissecommune.recouvrement.dsn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Une occurrence de bloc de la DSN : ses rubriques (par numéro) et ses blocs enfants, dans l'ordre du fichier. */
public final class Bloc {

    private final String code;
    private final int ligne;
    private final @Nullable Bloc parent;
    private final Map<String, RubriqueDsn> rubriques = new LinkedHashMap<>();
    private final List<Bloc> enfants = new ArrayList<>();
    private String dernierNumero = "";

    Bloc(String code, int ligne, @Nullable Bloc parent) {
        this.code = code;
        this.ligne = ligne;
        this.parent = parent;
    }

    public String code() {
        return code;
    }

    /** La ligne de la première rubrique du bloc. */
    public int ligne() {
        return ligne;
    }

    public @Nullable Bloc parent() {
        return parent;
    }

    public @Nullable RubriqueDsn rubrique(String numero) {
        return rubriques.get(numero);
    }

    public @Nullable String valeur(String numero) {
        var r = rubriques.get(numero);
        return r == null ? null : r.valeur();
    }

    public List<Bloc> enfants() {
        return enfants;
    }

    public List<Bloc> enfants(String code) {
        return enfants.stream().filter(e -> e.code.equals(code)).toList();
    }

    /** Vrai si la rubrique continue ce bloc (numéro croissant), faux si elle ouvre une nouvelle occurrence. */
    boolean accepte(RubriqueDsn r) {
        return r.numero().compareTo(dernierNumero) > 0;
    }

    void ajoute(RubriqueDsn r) {
        rubriques.put(r.numero(), r);
        dernierNumero = r.numero();
    }

    void ajouteEnfant(Bloc enfant) {
        enfants.add(enfant);
    }

    void retireEnfant(Bloc enfant) {
        enfants.remove(enfant);
    }

    @Override
    public String toString() {
        return code + "@" + ligne;
    }
}
