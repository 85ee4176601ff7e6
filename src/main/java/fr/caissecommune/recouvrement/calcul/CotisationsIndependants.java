package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.caissecommune.regles.Bareme;
import fr.caissecommune.regles.Instantane;

/**
 * Cotisations et contributions sociales annuelles des travailleurs indépendants artisans et commerçants (sécurité
 * sociale des indépendants), dans le régime de l'assiette unique issu de la réforme de 2025 (CSS art. L131-6 dans
 * la rédaction de la LFSS pour 2024, art. 18 ; décret n° 2024-688 du 5 juillet 2024) :
 * <ul>
 * <li>revenu d'activité R = revenu professionnel + cotisations et contributions sociales obligatoires déduites ;</li>
 * <li>assiette unique = R − abattement de 26 %, l'abattement étant borné entre 1,76 % et 130 % du plafond annuel
 * (PASS = 12 × PMSS) ; la même assiette sert aux cotisations et à la CSG-CRDS ;</li>
 * <li>maladie-maternité et allocations familiales à taux progressifs (interpolation linéaire entre les seuils) ;
 * retraite de base, complémentaire, invalidité-décès et indemnités journalières par tranches de PASS.</li>
 * </ul>
 * Quand seul le revenu professionnel (après cotisations) est connu, R est obtenu par point fixe
 * {@code R = P + cotisations déductibles(R)}. Le paquet modele-social 11.1.0 (l'oracle) ne connaît pas cette
 * réforme : les cas de test sont calculés à la main (docs/recouvrement-cotisations.md).
 */
public final class CotisationsIndependants {

    /** Nature de l'activité : détermine le taux de la contribution à la formation professionnelle. */
    public enum Activite { ARTISANALE, COMMERCIALE }

    /** Le résultat annuel : revenu d'activité, assiette unique, lignes exactes (non arrondies) et totaux. */
    public record Resultat(LocalDate date, BigDecimal revenuDActivite, BigDecimal assiette, BigDecimal plafondAnnuel, Map<String, BigDecimal> lignes) {

        public BigDecimal cotisations() {
            return somme(List.of("maladie-maternité", "indemnités journalières", "retraite de base", "retraite complémentaire", "invalidité-décès",
                    "allocations familiales"));
        }

        public BigDecimal csgCrds() {
            return somme(List.of("CSG déductible", "CSG non déductible", "CRDS"));
        }

        public BigDecimal total() {
            return cotisations().add(csgCrds()).add(lignes.get("formation professionnelle"));
        }

        /** Ce qui est déductible du revenu professionnel : tout sauf CSG non déductible, CRDS et formation. */
        BigDecimal deductible() {
            return cotisations().add(lignes.get("CSG déductible"));
        }

        private BigDecimal somme(List<String> noms) {
            return noms.stream().map(lignes::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private static final String I = "recouvrement/independants/";
    private static final String C = "recouvrement/cotisations/";

    private CotisationsIndependants() {
    }

    /** Cotisations annuelles à partir du revenu d'activité R (avant déduction des cotisations). */
    public static Resultat depuisLeRevenuDActivite(BigDecimal revenu, Activite activite, Instantane p) {
        var pass = p.valeur(ParametresDeCotisation.PMSS).multiply(BigDecimal.valueOf(12));
        var abattement = revenu.max(BigDecimal.ZERO).multiply(p.valeur(I + "abattement"))
                .max(pass.multiply(p.valeur(I + "abattement_plancher"))).min(pass.multiply(p.valeur(I + "abattement_plafond")));
        var assiette = revenu.subtract(abattement).max(BigDecimal.ZERO);
        var l = new LinkedHashMap<String, BigDecimal>();
        var cinqPass = pass.multiply(BigDecimal.valueOf(5));
        var jusquA5 = assiette.min(cinqPass);
        var ratio = jusquA5.divide(pass, MathContext.DECIMAL64);
        l.put("maladie-maternité", jusquA5.multiply(interpole(p.bareme(I + "maladie_taux_progressif"), ratio))
                .add(assiette.subtract(cinqPass).max(BigDecimal.ZERO).multiply(p.valeur(I + "maladie_taux_au_dela_de_5_pass"))));
        var baseIj = assiette.max(pass.multiply(new BigDecimal("0.4"))).min(cinqPass);
        l.put("indemnités journalières", baseIj.multiply(p.valeur(I + "indemnites_journalieres")));
        l.put("retraite de base", assiette.min(pass).multiply(p.valeur(I + "retraite_de_base_t1"))
                .add(assiette.subtract(pass).max(BigDecimal.ZERO).multiply(p.valeur(I + "retraite_de_base_t2"))));
        l.put("retraite complémentaire", assiette.min(pass).multiply(p.valeur(I + "retraite_complementaire_t1"))
                .add(assiette.min(pass.multiply(BigDecimal.valueOf(4))).subtract(pass).max(BigDecimal.ZERO).multiply(p.valeur(I + "retraite_complementaire_t2"))));
        l.put("invalidité-décès", assiette.min(pass).multiply(p.valeur(I + "invalidite_deces")));
        var ratioAf = assiette.divide(pass, MathContext.DECIMAL64);
        l.put("allocations familiales", assiette.multiply(interpole(p.bareme(I + "allocations_familiales_taux_progressif"), ratioAf)));
        l.put("CSG déductible", assiette.multiply(p.valeur(C + "csg/deductible")));
        l.put("CSG non déductible", assiette.multiply(p.valeur(C + "csg/non_deductible")));
        l.put("CRDS", assiette.multiply(p.valeur(C + "crds/taux")));
        l.put("formation professionnelle", pass.multiply(p.valeur(I + (activite == Activite.ARTISANALE ? "formation_artisan" : "formation_commercant"))));
        return new Resultat(p.date(), revenu, assiette, pass, Map.copyOf(l));
    }

    /**
     * Cotisations annuelles à partir du revenu professionnel P (après déduction des cotisations) : R est le point
     * fixe de {@code R = P + cotisations déductibles(R)}, atteint au centime près.
     */
    public static Resultat depuisLeRevenuProfessionnel(BigDecimal revenuProfessionnel, Activite activite, Instantane p) {
        var revenu = revenuProfessionnel;
        for (int i = 0; i < 200; i++) {
            var suivant = revenuProfessionnel.add(depuisLeRevenuDActivite(revenu, activite, p).deductible()).setScale(6, RoundingMode.HALF_UP);
            if (suivant.subtract(revenu).abs().compareTo(new BigDecimal("0.000001")) <= 0) {
                return depuisLeRevenuDActivite(suivant, activite, p);
            }
            revenu = suivant;
        }
        return depuisLeRevenuDActivite(revenu, activite, p);
    }

    /** Taux d'un barème de points interpolés : linéaire entre deux seuils, constant au-delà du dernier. */
    static BigDecimal interpole(Bareme bareme, BigDecimal ratio) {
        var points = bareme.tranches();
        if (ratio.compareTo(points.get(0).valeurDuSeuil()) <= 0) {
            return points.get(0).taux().valeur();
        }
        for (int i = 1; i < points.size(); i++) {
            var bas = points.get(i - 1);
            var haut = points.get(i);
            if (ratio.compareTo(haut.valeurDuSeuil()) <= 0) {
                var part = ratio.subtract(bas.valeurDuSeuil()).divide(haut.valeurDuSeuil().subtract(bas.valeurDuSeuil()), MathContext.DECIMAL64);
                return bas.taux().valeur().add(haut.taux().valeur().subtract(bas.taux().valeur()).multiply(part));
            }
        }
        return points.get(points.size() - 1).taux().valeur();
    }
}
