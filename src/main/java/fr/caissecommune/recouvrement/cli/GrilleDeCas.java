package fr.caissecommune.recouvrement.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * La grille de cas de conformité avec l'oracle Urssaf : rémunérations du SMIC à 10 plafonds, temps plein et temps
 * partiel (28 h et 24 h), cadres et non-cadres, CDI et CDD, effectifs de part et d'autre de 11, 50 et 250 salariés,
 * taux AT/MP notifiés (dont un sous le taux minimum) et versement mobilité, à trois dates de 2026 (avant et après la
 * revalorisation du SMIC de juin). La grille est déterministe : la relancer redonne le même fichier.
 */
final class GrilleDeCas {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
    private static final double[] MULTIPLES_DU_SMIC = { 1, 1.05, 1.3, 1.6, 2, 2.5, 2.95, 2.999 };
    private static final double[] MULTIPLES_DU_PLAFOND = { 1, 1.5, 2, 3, 4, 4.5, 8, 10 };
    private static final int[] EFFECTIFS = { 5, 10, 11, 49, 50, 250 };
    private static final int[] HEURES = { 35, 28, 24 };
    private static final String[] TAUX_ATMP = { null, "0.9", "2.08", "3.5", "0.3" };
    private static final String[] TAUX_VM = { null, "1.75", "2.95", "0" };

    private GrilleDeCas() {
    }

    static List<ObjectNode> cas(Function<LocalDate, ParametresDeCotisation> parametres) {
        var cas = new ArrayList<ObjectNode>();
        int i = 0;
        for (var date : DATES) {
            var p = parametres.apply(date);
            var smic = p.smicHoraire().multiply(BigDecimal.valueOf(35 * 52)).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
            for (int serie = 0; serie < 2; serie++) {
                for (var m : MULTIPLES_DU_SMIC) {
                    for (var effectif : EFFECTIFS) {
                        cas.add(unCas(i++, date, smic.multiply(BigDecimal.valueOf(m)), effectif, serie));
                    }
                }
                for (var m : MULTIPLES_DU_PLAFOND) {
                    for (var effectif : EFFECTIFS) {
                        cas.add(unCas(i++, date, p.plafondMensuel().multiply(BigDecimal.valueOf(m)), effectif, serie));
                    }
                }
            }
        }
        return cas;
    }

    private static ObjectNode unCas(int i, LocalDate date, BigDecimal tempsPlein, int effectif, int serie) {
        var heures = HEURES[(i + serie) % HEURES.length];
        var brut = tempsPlein.multiply(BigDecimal.valueOf(heures)).divide(BigDecimal.valueOf(35), 2, RoundingMode.HALF_UP);
        var cas = JsonNodeFactory.instance.objectNode();
        cas.put("id", "g" + i);
        cas.put("type", "salarie");
        cas.put("brut_mensuel", brut);
        cas.put("effectif", effectif);
        cas.put("date", CasDeLOracle.JJ_MM_AAAA.format(date));
        cas.put("contrat", (i / 7 + serie) % 4 == 3 ? "CDD" : "CDI");
        cas.put("cadre", (i + serie) % 3 == 1);
        if (heures < 35) {
            cas.put("heures_semaine", heures);
        }
        var atmp = TAUX_ATMP[(i / 3 + serie) % TAUX_ATMP.length];
        if (atmp != null) {
            cas.put("taux_atmp", new BigDecimal(atmp));
        }
        var vm = TAUX_VM[(i / 2 + serie) % TAUX_VM.length];
        if (vm != null) {
            cas.put("taux_versement_mobilite", new BigDecimal(vm));
        }
        if (i % 11 == 5) {
            cas.put("mutuelle_mensuelle", 90);
            cas.put("mutuelle_part_employeur", 60);
        }
        return cas;
    }
}
