package fr.caissecommune.recouvrement.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Le résultat du calcul des cotisations d'un salarié pour un mois : assiettes, lignes de cotisation, réduction
 * générale et totaux. Les totaux additionnent les montants exacts des lignes ; l'arrondi au centime est explicite.
 */
public record CotisationsDuMois(SituationSalariale situation, ParametresDeCotisation parametres, BigDecimal assiette,
        BigDecimal assietteCsg, BigDecimal plafondProratise, BigDecimal smicDuContrat, List<LigneDeCotisation> lignes,
        Reduction reduction) {

    public Optional<LigneDeCotisation> ligne(Cotisation cotisation) {
        for (var l : lignes) {
            if (l.cotisation() == cotisation) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Part salariale de la ligne, zéro si la cotisation n'est pas due. */
    public BigDecimal salarial(Cotisation cotisation) {
        return ligne(cotisation).map(LigneDeCotisation::montantSalarial).orElse(BigDecimal.ZERO);
    }

    /** Part patronale de la ligne, zéro si la cotisation n'est pas due. */
    public BigDecimal patronal(Cotisation cotisation) {
        return ligne(cotisation).map(LigneDeCotisation::montantPatronal).orElse(BigDecimal.ZERO);
    }

    public BigDecimal totalSalarial() {
        var total = BigDecimal.ZERO;
        for (var l : lignes) {
            total = total.add(l.montantSalarial());
        }
        return total;
    }

    public BigDecimal totalPatronalAvantReduction() {
        var total = BigDecimal.ZERO;
        for (var l : lignes) {
            total = total.add(l.montantPatronal());
        }
        return total;
    }

    public BigDecimal totalPatronal() {
        return totalPatronalAvantReduction().subtract(reduction.montant());
    }

    /** Salaire net avant impôt : brut moins les cotisations salariales. */
    public BigDecimal netAvantImpot() {
        return situation.brut().subtract(totalSalarial());
    }

    /**
     * Salaire net imposable : net, plus CSG non déductible et CRDS, plus la prévoyance patronale, plus la prévoyance
     * salariale au-delà de la limite de déduction (CGI art. 83 1° quater).
     */
    public BigDecimal netImposable() {
        var prevoyancePatronale = patronal(Cotisation.PREVOYANCE_CADRES).add(patronal(Cotisation.COMPLEMENTAIRE_SANTE));
        var limite = parametres.pmss.multiply(parametres.deductionPrevoyancePartPss)
                .add(situation.brut().multiply(parametres.deductionPrevoyancePartRemuneration))
                .min(parametres.pmss.multiply(parametres.deductionPrevoyancePlafondPss));
        var nonDeductible = salarial(Cotisation.COMPLEMENTAIRE_SANTE).subtract(limite).max(BigDecimal.ZERO);
        return netAvantImpot().add(salarial(Cotisation.CSG_NON_DEDUCTIBLE)).add(salarial(Cotisation.CRDS)).add(prevoyancePatronale)
                .add(nonDeductible);
    }

    /** Coût total pour l'employeur : brut plus cotisations patronales après réduction. */
    public BigDecimal coutTotal() {
        return situation.brut().add(totalPatronal());
    }

    /** Rémunération sous le SMIC du temps de travail du contrat (alerte pour le gestionnaire). */
    public boolean sousLeSmic() {
        return situation.brut().compareTo(smicDuContrat) < 0;
    }

    /** L'explication en français : chaque ligne (assiette × taux = montant), la réduction, les paramètres cités. */
    public Explication explication() {
        var e = new Explication();
        e.etape("Rémunération brute", Montant.euros(situation.brut()));
        e.etape("Assiette des cotisations", Montant.euros(assiette).arrondiAuCentime());
        e.etape("Plafond de la sécurité sociale proratisé (quotité " + pourcent(situation.quotite()) + ")",
                Montant.euros(plafondProratise).arrondiAuCentime());
        e.etape("SMIC du temps de travail du contrat", Montant.euros(smicDuContrat).arrondiAuCentime());
        for (var l : lignes) {
            var libelle = new StringBuilder(l.cotisation().libelle()).append(" : ")
                    .append(Montant.euros(l.assiette()).arrondiAuCentime().enFrancais());
            if (l.tauxSalarial().signum() != 0) {
                libelle.append(" × ").append(pourcent(l.tauxSalarial())).append(" salarié = ")
                        .append(Montant.euros(l.montantSalarial()).arrondiAuCentime().enFrancais());
            }
            if (l.tauxPatronal().signum() != 0) {
                libelle.append(l.tauxSalarial().signum() != 0 ? " ; " : " × ").append(pourcent(l.tauxPatronal())).append(" employeur = ")
                        .append(Montant.euros(l.montantPatronal()).arrondiAuCentime().enFrancais());
            }
            e.note(libelle.toString());
        }
        switch (reduction.regime()) {
            case RGDU -> e.etape("Réduction générale dégressive unique (coefficient " + reduction.coefficient().toPlainString() + ")",
                    Montant.euros(reduction.montant()).negatif().arrondiAuCentime());
            case REDUCTION_GENERALE -> e.etape("Réduction générale (coefficient " + reduction.coefficient().toPlainString() + ")",
                    Montant.euros(reduction.montant()).negatif().arrondiAuCentime());
            case AUCUNE -> e.note("Pas de réduction générale : rémunération au-delà du plafond de la réduction");
        }
        e.etape("Total des cotisations salariales", Montant.euros(totalSalarial()).arrondiAuCentime());
        e.etape("Total des cotisations patronales après réduction", Montant.euros(totalPatronal()).arrondiAuCentime());
        parametres.parametresCites().forEach(e::cite);
        return e;
    }

    private static String pourcent(BigDecimal fraction) {
        var symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        return new DecimalFormat("0.####", symboles).format(fraction.movePointRight(2).setScale(4, RoundingMode.HALF_UP)) + " %";
    }
}
