package fr.caissecommune.famille.calcul.rsa;

import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.Trace;
import fr.caissecommune.regles.Instantane;

/**
 * Le revenu de solidarité active d'un mois (CASF, art. L262-2) : montant forfaitaire selon la composition du foyer
 * (art. R262-1), majoré pour la personne isolée (art. L262-9), diminué du forfait logement (art. R262-9 et R262-10) et
 * des ressources du foyer (art. R262-6 à R262-11) : la moyenne mensuelle des ressources des trois mois qui précèdent la
 * demande ou le réexamen trimestriel (art. R262-7), hors revenus interrompus (art. R262-13), et les prestations
 * familiales du mois. Jusqu'au 31 décembre 2015, une part des revenus d'activité s'ajoutait au montant forfaitaire (RSA
 * activité). Le RSA n'est pas versé sous un seuil mensuel (art. R262-1 dernier alinéa). Le droit calculé vaut pour le
 * trimestre qui suit le réexamen.
 * Paramètres : regles/parametres/minima_sociaux/rsa/.
 */
public final class Rsa {

    static final String RACINE = "minima_sociaux/rsa/";
    static final String SEUIL = RACINE + "montant_minimum_verse";
    public static final String PENTE = RACINE + "pente_revenus_activite";

    private Rsa() {
    }

    /**
     * Calcule le RSA d'un mois.
     *
     * @param parametres les paramètres en vigueur au premier jour du mois
     */
    public static ResultatRsa calculer(SituationRsa situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, Trace.active());
    }

    /** Les mêmes montants sans construire l'explication : le chemin de la paie de masse. */
    public static ResultatRsa calculerSansExplication(SituationRsa situation, YearMonth mois, Instantane parametres) {
        return calculer(situation, mois, parametres, Trace.muette());
    }

    private static ResultatRsa calculer(SituationRsa situation, YearMonth mois, Instantane parametres, Trace x) {
        x.note(() -> "Revenu de solidarité active de " + mois + " (CASF, art. L262-2)");
        if (!situation.conditionsGeneralesRemplies()) {
            x.note(() -> "Conditions d'ouverture du droit non remplies (âge, résidence ou séjour ; CASF, art. L262-4) : pas de RSA");
            return new ResultatRsa(mois, Montant.ZERO, false, Montant.ZERO, Montant.ZERO, Montant.ZERO, Montant.ZERO, x.explication());
        }
        var bareme = BaremeForfaitaire.de(RACINE, parametres);
        var foyer = situation.foyer();
        var forfaitaire = bareme.montantForfaitaire(foyer, x);
        boolean majore = foyer.isolementOuvrantDroitALaMajoration()
                && bareme.coefficientMajore(foyer.enfantsACharge()).compareTo(bareme.coefficient(foyer.adultes(), foyer.enfantsACharge())) > 0;
        var montant = forfaitaire;
        var trimestre = situation.ressources();
        if (parametres.existe(PENTE)) {
            var pente = x.cite(parametres.applique(PENTE));
            var bonus = trimestre.moyenneActivite().fois(pente.valeur());
            x.etape(() -> "Part des revenus d'activité ajoutée au montant forfaitaire (RSA activité) : "
                    + BaremeForfaitaire.pourcent(pente.valeur()) + " de la moyenne des revenus d'activité", bonus.arrondiAuCentime());
            montant = montant.plus(bonus);
        }
        var forfaitLogement = bareme.forfaitLogement(foyer, situation.logement(), x);
        trimestre.expliquer(x);
        var ressources = trimestre.moyenne();
        if (situation.prestationsFamilialesDuMois().estPositif()) {
            x.etape(() -> "Prestations familiales du mois comptées dans les ressources (CASF, art. R262-11)", situation.prestationsFamilialesDuMois());
            ressources = ressources.plus(situation.prestationsFamilialesDuMois());
        }
        x.etape(() -> "Ressources retenues", ressources.arrondiAuCentime());
        var calcule = montant.moins(forfaitLogement).moins(ressources).max(Montant.ZERO).arrondiAuCentime();
        x.etape(() -> "Montant calculé : montant forfaitaire − forfait logement − ressources", calcule);
        var seuil = x.cite(parametres.applique(SEUIL));
        var verse = calcule;
        if (calcule.estPositif() && calcule.valeur().compareTo(seuil.valeur()) < 0) {
            x.note(() -> "Montant inférieur au seuil de versement de " + Montant.euros(seuil.valeur()).enFrancais()
                    + " : le RSA n'est pas versé (CASF, art. R262-1)");
            verse = Montant.ZERO;
        }
        x.etape(() -> "RSA versé", verse);
        return new ResultatRsa(mois, forfaitaire.arrondiAuCentime(), majore, forfaitLogement.arrondiAuCentime(), ressources.arrondiAuCentime(),
                calcule, verse, x.explication());
    }
}
