package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * Le plafond mensuel de la retenue opérée sur les prestations à échoir pour recouvrer un indu (CSS, art. L553-2,
 * 3e alinéa, et D553-1). On calcule le revenu mensuel pondéré du foyer — ressources mensuelles et prestations du
 * mois, divisées par un nombre de parts selon la composition du foyer (D553-1 II) — puis on lui applique le
 * barème : une retenue forfaitaire sur la tranche inférieure et un taux par tranche au-delà (D553-1 III).
 * Paramètres : regles/parametres/prestations_familiales/recouvrement_des_indus/.
 */
public final class RetenueSurPrestations {

    static final String RACINE = "prestations_familiales/recouvrement_des_indus/";

    /** La composition et les ressources du foyer qui fixent la retenue. */
    public record Foyer(boolean enCouple, int enfantsACharge, Montant ressourcesAnnuelles, boolean ressourcesConnues,
            Montant prestationsDuMois) {
    }

    private RetenueSurPrestations() {
    }

    public static Montant plafondMensuel(Foyer foyer, Instantane p, Explication explication) {
        var rmp = revenuMensuelPondere(foyer, p, explication);
        var forfait = explication.cite(p.applique(RACINE + "retenue_forfaitaire")).valeur();
        var bareme = p.bareme(RACINE + "bareme_de_retenue");
        var retenue = Montant.euros(forfait.add(bareme.calculMarginal(rmp.valeur()))).arrondiAuCentime();
        explication.etape("Retenue mensuelle maximale (forfait " + forfait.toPlainString()
                + " € et taux par tranche du barème, CSS art. D553-1 III)", retenue);
        return retenue;
    }

    static Montant revenuMensuelPondere(Foyer foyer, Instantane p, Explication explication) {
        if (!foyer.ressourcesConnues()) {
            var defaut = explication.cite(p.applique(RACINE + "revenu_mensuel_pondere_par_defaut"));
            var rmp = Montant.euros(defaut.valeur());
            explication.etape("Revenu mensuel pondéré (ressources inconnues, valeur réglementaire)", rmp);
            return rmp;
        }
        var parts = explication.cite(p.applique(RACINE + "parts/allocataire")).valeur();
        if (foyer.enCouple()) {
            parts = parts.add(explication.cite(p.applique(RACINE + "parts/conjoint")).valeur());
        } else if (foyer.enfantsACharge() > 0) {
            parts = parts.add(explication.cite(p.applique(RACINE + "parts/isole_avec_enfant")).valeur());
        }
        var partEnfant = explication.cite(p.applique(RACINE + "parts/enfant_rang_1_et_2")).valeur();
        var partEnfantSuivant = explication.cite(p.applique(RACINE + "parts/enfant_rang_3_et_plus")).valeur();
        for (int rang = 1; rang <= foyer.enfantsACharge(); rang++) {
            parts = parts.add(rang <= 2 ? partEnfant : partEnfantSuivant);
        }
        var mensuel = foyer.ressourcesAnnuelles().valeur().divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP)
                .add(foyer.prestationsDuMois().valeur());
        var rmp = Montant.euros(mensuel.divide(parts, 2, RoundingMode.HALF_UP));
        explication.etape("Revenu mensuel pondéré : (ressources annuelles / 12 + prestations du mois) / " + parts.stripTrailingZeros().toPlainString()
                + " parts", rmp);
        return rmp;
    }
}
