package fr.caissecommune.finances;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.Epc;

/**
 * Un ordre de paiement émis par l'ordonnateur (un module métier) : payer tel montant à tel bénéficiaire, sur
 * tel compte, à telle date, en débitant tel compte de tiers (par exemple {@link PlanComptable#ALLOCATAIRES_PRESTATIONS_A_PAYER}).
 *
 * @param origine le module et l'opération qui ordonnent, par exemple {@code famille:paie-2025-01}
 * @param reference la clé de l'ordre, unique et stable : un ordre déjà connu n'est jamais payé deux fois ; elle
 *        devient l'EndToEndId du virement (35 caractères au plus, jeu de caractères EPC, sans espace)
 * @param tiers la clé du tiers payé, pour retrouver ses paiements (par exemple {@code foyer:<uuid>})
 * @param beneficiaire le nom du titulaire du compte crédité
 * @param libelle le libellé lu par le bénéficiaire sur son relevé (140 caractères au plus)
 * @param compteDeTiers le compte de tiers débité lors de la mise en paiement
 */
public record OrdreDePaiement(String origine, String reference, String tiers, String beneficiaire, Iban iban, @Nullable Bic bic,
        Montant montant, LocalDate dateExecution, String libelle, String compteDeTiers) {

    private static final String OBJET = "Ordre de paiement";

    public OrdreDePaiement {
        Controles.texte(origine, OBJET, "origine", 40);
        Controles.texte(reference, OBJET, "référence", 35);
        if (!Epc.estUneReference(reference)) {
            throw new IllegalArgumentException("Ordre de paiement invalide : la référence « " + reference
                    + " » ne doit contenir que lettres, chiffres et / - ? : ( ) . , ' + (sans espace, ni « / » en tête, en fin ou doublé)");
        }
        Controles.texte(tiers, OBJET, "tiers", 100);
        Controles.texte(beneficiaire, OBJET, "bénéficiaire", 140);
        montant = Controles.montantSepa(montant, OBJET + " " + reference, "montant");
        Controles.texte(libelle, OBJET, "libellé", 140);
        Controles.texte(compteDeTiers, OBJET, "compte de tiers", 10);
    }
}
