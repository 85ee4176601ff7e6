package fr.caissecommune.finances;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.sepa.Epc;

/**
 * Un ordre de prélèvement SEPA émis par le module de recouvrement : prélever tel montant, à telle échéance, sur
 * le compte d'un débiteur qui a signé un mandat, en créditant tel compte de tiers (par exemple
 * {@link PlanComptable#COTISANTS}).
 *
 * @param reference la clé de l'ordre, unique : elle devient l'EndToEndId (35 caractères au plus, jeu EPC)
 * @param tiers la clé du tiers prélevé (par exemple {@code cotisant:<siret>})
 * @param debiteur le nom du titulaire du compte débité
 */
public record OrdreDePrelevement(String origine, String reference, String tiers, String debiteur, Iban iban, @Nullable Bic bic,
        Montant montant, LocalDate dateEcheance, String libelle, Mandat mandat, SchemaDePrelevement schema,
        SequenceDePrelevement sequence, String compteDeTiers) {

    private static final String OBJET = "Ordre de prélèvement";

    public OrdreDePrelevement {
        Controles.texte(origine, OBJET, "origine", 40);
        Controles.texte(reference, OBJET, "référence", 35);
        if (!Epc.estUneReference(reference)) {
            throw new IllegalArgumentException("Ordre de prélèvement invalide : la référence « " + reference
                    + " » ne doit contenir que lettres, chiffres et / - ? : ( ) . , ' + (sans espace, ni « / » en tête, en fin ou doublé)");
        }
        Controles.texte(tiers, OBJET, "tiers", 100);
        Controles.texte(debiteur, OBJET, "débiteur", 140);
        montant = Controles.montantSepa(montant, OBJET + " " + reference, "montant");
        Controles.texte(libelle, OBJET, "libellé", 140);
        Controles.texte(compteDeTiers, OBJET, "compte de tiers", 10);
        if (mandat.dateDeSignature().isAfter(dateEcheance)) {
            throw new IllegalArgumentException("Ordre de prélèvement " + reference + " invalide : le mandat " + mandat.rum() + " est signé le "
                    + mandat.dateDeSignature() + ", après l'échéance du " + dateEcheance);
        }
    }
}
