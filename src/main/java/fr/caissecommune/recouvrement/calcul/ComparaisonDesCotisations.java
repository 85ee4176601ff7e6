package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Comparaison des cotisations déclarées par l'employeur (DSN, S21.G00.78 et S21.G00.81) avec les cotisations
 * recalculées pour le même salarié et le même versement : chaque écart au-delà de la tolérance d'arrondi devient un
 * écart à examiner par le gestionnaire (CSS art. L243-7 : contrôle de l'application des règles d'assiette et de
 * taux). Les montants déclarés sont additionnés par code de cotisation individuelle, les bases par code de base.
 */
public final class ComparaisonDesCotisations {

    /** Nature d'un écart. */
    public enum Nature {
        /** Montant déclaré différent du montant recalculé. */
        ECART_DE_MONTANT,
        /** Base assujettie déclarée différente de la base recalculée. */
        ECART_DE_BASE,
        /** Cotisation due mais absente de la déclaration. */
        COTISATION_NON_DECLAREE,
        /** Cotisation déclarée alors qu'elle n'est pas due. */
        COTISATION_NON_DUE
    }

    /** Un écart : code DSN (cotisation S81 ou base S78), libellé, montants déclaré et recalculé (au centime). */
    public record Ecart(Nature nature, String code, String libelle, BigDecimal declare, BigDecimal calcule) {

        public BigDecimal difference() {
            return declare.subtract(calcule);
        }
    }

    private static final Map<String, String> BASES = Map.of("02", "Base brute plafonnée", "03", "Base brute déplafonnée", "04",
            "Base CSG-CRDS", "07", "Base assurance chômage");

    private ComparaisonDesCotisations() {
    }

    /** Le montant recalculé par code de cotisation individuelle DSN (réduction générale en négatif, code 018). */
    public static Map<String, BigDecimal> montantsParCode(CotisationsDuMois calcul) {
        var parCode = new TreeMap<String, BigDecimal>();
        for (var l : calcul.lignes()) {
            if (l.cotisation().codeDsn() != null) {
                parCode.merge(l.cotisation().codeDsn(), l.montantSalarial().add(l.montantPatronal()), BigDecimal::add);
            }
        }
        if (calcul.reduction().montant().signum() > 0) {
            parCode.put("018", calcul.reduction().montant().negate());
        }
        parCode.replaceAll((code, montant) -> montant.setScale(2, RoundingMode.HALF_UP));
        return parCode;
    }

    /** Les bases assujetties recalculées : 02 plafonnée, 03 déplafonnée, 04 CSG-CRDS, 07 chômage. */
    public static Map<String, BigDecimal> basesParCode(CotisationsDuMois calcul) {
        var bases = new TreeMap<String, BigDecimal>();
        bases.put("02", calcul.assiette().min(calcul.plafondProratise()).setScale(2, RoundingMode.HALF_UP));
        bases.put("03", calcul.assiette().setScale(2, RoundingMode.HALF_UP));
        bases.put("04", calcul.assietteCsg().setScale(2, RoundingMode.HALF_UP));
        calcul.ligne(Cotisation.CHOMAGE).ifPresent(l -> bases.put("07", l.assiette().setScale(2, RoundingMode.HALF_UP)));
        return bases;
    }

    /**
     * @param montantsDeclares somme des S21.G00.81.004 par code de cotisation
     * @param basesDeclarees somme des S21.G00.78.004 par code de base (seules les bases 02, 03, 04 et 07 sont comparées)
     */
    public static List<Ecart> comparer(CotisationsDuMois calcul, Map<String, BigDecimal> montantsDeclares, Map<String, BigDecimal> basesDeclarees,
            BigDecimal tolerance) {
        var ecarts = new ArrayList<Ecart>();
        var bases = basesParCode(calcul);
        bases.forEach((code, calculee) -> {
            var declaree = basesDeclarees.get(code);
            if (declaree != null && declaree.subtract(calculee).abs().compareTo(tolerance) > 0) {
                ecarts.add(new Ecart(Nature.ECART_DE_BASE, code, BASES.get(code), declaree, calculee));
            }
        });
        var calcules = montantsParCode(calcul);
        calcules.forEach((code, calcule) -> {
            var declare = montantsDeclares.get(code);
            if (declare == null) {
                if (calcule.signum() != 0) {
                    ecarts.add(new Ecart(Nature.COTISATION_NON_DECLAREE, code, libelle(code), BigDecimal.ZERO.setScale(2), calcule));
                }
            } else if (declare.subtract(calcule).abs().compareTo(tolerance) > 0) {
                ecarts.add(new Ecart(Nature.ECART_DE_MONTANT, code, libelle(code), declare, calcule));
            }
        });
        if (!calcules.containsKey("018") && montantsDeclares.containsKey("018") && montantsDeclares.get("018").signum() != 0) {
            ecarts.add(new Ecart(Nature.COTISATION_NON_DUE, "018", libelle("018"), montantsDeclares.get("018"), BigDecimal.ZERO.setScale(2)));
        }
        return ecarts;
    }

    static String libelle(String code) {
        if (code.equals("018")) {
            return "Réduction générale";
        }
        var libelles = new ArrayList<String>();
        for (var c : Cotisation.values()) {
            if (code.equals(c.codeDsn())) {
                libelles.add(c.libelle());
            }
        }
        return String.join(" et ", libelles);
    }
}
