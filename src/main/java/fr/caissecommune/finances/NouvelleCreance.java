package fr.caissecommune.finances;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/**
 * Une créance à constater sur un tiers, telle que la notifie le module métier.
 *
 * @param tiers la clé du tiers débiteur (par exemple {@code foyer:<uuid>})
 * @param origine le module et l'opération qui constatent, par exemple {@code famille:regularisation}
 * @param reference la clé de la créance chez l'ordonnateur, unique : constater deux fois la même référence
 *        rend la créance déjà constatée
 * @param compteDeContrepartie le compte crédité à la constatation : la charge de prestation réduite (indu de
 *        l'exercice), {@link PlanComptable#INDUS_SUR_EXERCICES_CLOS} ou le produit de cotisations
 * @param dateConstatation la date comptable de la constatation, qui fixe aussi l'ordre des retenues
 */
public record NouvelleCreance(String tiers, String origine, String reference, NatureDeCreance nature, Montant montant,
        String libelle, String compteDeContrepartie, LocalDate dateConstatation) {

    private static final String OBJET = "Créance";

    public NouvelleCreance {
        Controles.texte(tiers, OBJET, "tiers", 100);
        Controles.texte(origine, OBJET, "origine", 40);
        Controles.texte(reference, OBJET, "référence", 100);
        montant = Controles.montantPositif(montant, OBJET + " " + reference, "montant");
        Controles.texte(libelle, OBJET, "libellé", 200);
        Controles.texte(compteDeContrepartie, OBJET, "compte de contrepartie", 10);
    }
}
