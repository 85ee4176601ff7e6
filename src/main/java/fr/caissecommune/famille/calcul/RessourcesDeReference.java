package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Instantane;

/**
 * Les ressources de référence des prestations familiales (CSS, art. R532-3) : les revenus nets catégoriels retenus
 * pour l'impôt sur le revenu de l'année civile de référence. Pour les traitements et salaires, c'est le montant
 * imposable diminué de la déduction forfaitaire de 10 % pour frais professionnels, bornée par un minimum et un
 * plafond par personne (CGI, art. 83, 3°).
 * Paramètres : regles/parametres/impot_revenu/deduction_forfaitaire_frais_professionnels/ (datés au 1er janvier de
 * l'année des revenus).
 */
public final class RessourcesDeReference {

    static final String TAUX = "impot_revenu/deduction_forfaitaire_frais_professionnels/taux";
    static final String MINIMUM = "impot_revenu/deduction_forfaitaire_frais_professionnels/minimum";
    static final String PLAFOND = "impot_revenu/deduction_forfaitaire_frais_professionnels/plafond";

    private RessourcesDeReference() {
    }

    /**
     * Les traitements et salaires imposables d'une personne pour une année, nets de la déduction forfaitaire pour
     * frais professionnels.
     *
     * @param parametresDeLAnneeDesRevenus les paramètres au 1er janvier de l'année des revenus
     */
    public static Montant salairesApresDeductionForfaitaire(Montant salairesImposables, Instantane parametresDeLAnneeDesRevenus) {
        if (!salairesImposables.estPositif()) {
            return salairesImposables;
        }
        var p = parametresDeLAnneeDesRevenus;
        BigDecimal deduction = salairesImposables.valeur().multiply(p.valeur(TAUX))
                .max(p.valeur(MINIMUM))
                .min(p.valeur(PLAFOND))
                .min(salairesImposables.valeur());
        return salairesImposables.moins(Montant.euros(deduction)).arrondiAuCentime();
    }
}
