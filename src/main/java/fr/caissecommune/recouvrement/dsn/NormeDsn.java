package fr.caissecommune.recouvrement.dsn;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * L'arbre des blocs de la DSN mensuelle (norme NEODeS, cahier technique 2025, p. 117-119) et les rubriques
 * obligatoires contrôlées à la réception. Chaque bloc a un parent : un bloc enfant se rattache au dernier bloc
 * parent rencontré au-dessus de lui.
 */
final class NormeDsn {

    private NormeDsn() {
    }

    /** Racine fictive : le parent des structures S10, S20 et S90. */
    static final String RACINE = "";

    static final Map<String, String> PARENT = Map.ofEntries(
            entry("S10.G00.00", RACINE), entry("S10.G00.01", "S10.G00.00"), entry("S10.G00.02", "S10.G00.00"),
            entry("S20.G00.05", RACINE), entry("S20.G00.07", "S20.G00.05"), entry("S20.G00.08", "S20.G00.05"),
            entry("S21.G00.06", "S20.G00.05"), entry("S21.G00.13", "S21.G00.06"), entry("S21.G00.11", "S21.G00.06"),
            entry("S21.G00.12", "S21.G00.11"), entry("S21.G00.15", "S21.G00.11"), entry("S21.G00.16", "S21.G00.15"),
            entry("S21.G00.82", "S21.G00.11"), entry("S21.G00.20", "S21.G00.11"), entry("S21.G00.55", "S21.G00.20"),
            entry("S21.G00.22", "S21.G00.11"), entry("S21.G00.23", "S21.G00.22"), entry("S21.G00.44", "S21.G00.11"),
            entry("S21.G00.30", "S21.G00.11"), entry("S21.G00.31", "S21.G00.30"), entry("S21.G00.34", "S21.G00.30"),
            entry("S21.G00.40", "S21.G00.30"), entry("S21.G00.41", "S21.G00.40"), entry("S21.G00.60", "S21.G00.40"),
            entry("S21.G00.66", "S21.G00.60"), entry("S21.G00.62", "S21.G00.40"), entry("S21.G00.65", "S21.G00.40"),
            entry("S21.G00.70", "S21.G00.40"), entry("S21.G00.73", "S21.G00.70"), entry("S21.G00.71", "S21.G00.40"),
            entry("S21.G00.72", "S21.G00.71"), entry("S21.G00.50", "S21.G00.30"), entry("S21.G00.51", "S21.G00.50"),
            entry("S21.G00.53", "S21.G00.51"), entry("S21.G00.52", "S21.G00.50"), entry("S21.G00.54", "S21.G00.50"),
            entry("S21.G00.56", "S21.G00.50"), entry("S21.G00.58", "S21.G00.50"), entry("S21.G00.78", "S21.G00.50"),
            entry("S21.G00.79", "S21.G00.78"), entry("S21.G00.81", "S21.G00.78"), entry("S21.G00.83", "S21.G00.50"),
            entry("S21.G00.84", "S21.G00.50"), entry("S21.G00.95", "S21.G00.50"), entry("S21.G00.86", "S21.G00.30"),
            entry("S21.G00.98", "S21.G00.30"), entry("S21.G00.85", "S21.G00.11"), entry("S89.G00.87", "S21.G00.11"),
            entry("S89.G00.91", "S21.G00.11"), entry("S89.G00.92", "S21.G00.11"), entry("S90.G00.90", RACINE));

    /** Les blocs que l'on remet au récepteur dès leur fin, puis qu'on oublie : la lecture reste en mémoire constante. */
    static final Set<String> DETACHABLES = Set.of("S21.G00.30");

    /** Rubriques obligatoires par bloc (usage O du cahier technique pour la DSN mensuelle, sélection contrôlée). */
    static final Map<String, Set<String>> OBLIGATOIRES = Map.ofEntries(
            entry("S10.G00.00", Set.of("001", "002", "003", "005", "006", "007", "008")),
            entry("S10.G00.01", Set.of("001", "002", "003")),
            entry("S10.G00.02", Set.of("002")),
            entry("S20.G00.05", Set.of("001", "002", "003", "004", "005", "007", "008", "010")),
            entry("S21.G00.06", Set.of("001", "002")),
            entry("S21.G00.11", Set.of("001")),
            entry("S21.G00.20", Set.of("001", "005")),
            entry("S21.G00.22", Set.of("001", "003", "004", "005")),
            entry("S21.G00.23", Set.of("001", "002")),
            entry("S21.G00.30", Set.of("002", "004")),
            entry("S21.G00.40", Set.of("001", "002", "003", "007", "009", "012", "013")),
            entry("S21.G00.50", Set.of("001", "004")),
            entry("S21.G00.51", Set.of("001", "002", "011", "013")),
            entry("S21.G00.78", Set.of("001", "002", "003", "004")),
            entry("S21.G00.81", Set.of("001", "004")),
            entry("S90.G00.90", Set.of("001", "002")));

    /** Blocs obligatoires, une fois chacun, sous leur parent. */
    static final Set<String> BLOCS_OBLIGATOIRES = Set.of("S10.G00.00", "S10.G00.01", "S10.G00.02", "S20.G00.05", "S21.G00.06",
            "S21.G00.11", "S90.G00.90");

    /**
     * Rapprochement du bordereau Urssaf et des bases individuelles : (CTP, qualifiant d'assiette) → code de base
     * assujettie (S21.G00.78.001) dont la somme, arrondie à l'euro, doit égaler l'assiette du CTP.
     */
    static final Map<String, String> BASE_DU_CTP = Map.ofEntries(
            entry("100/920", "03"), entry("100/921", "02"), entry("260/920", "04"), entry("332/921", "02"),
            entry("236/920", "03"), entry("772/920", "07"), entry("937/920", "07"), entry("430/920", "03"),
            entry("635/920", "03"), entry("027/920", "03"));
}
