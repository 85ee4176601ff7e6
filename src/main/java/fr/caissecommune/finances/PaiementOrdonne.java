package fr.caissecommune.finances;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;

/**
 * Un paiement tel que le voit la vue à 360° d'un tiers : l'ordre, son statut et, une fois transmis, le
 * fichier qui l'a porté.
 */
public record PaiementOrdonne(String reference, String origine, String tiers, String beneficiaire, Iban iban, Montant montant,
        LocalDate dateExecution, String libelle, StatutPaiement statut, @Nullable FichierId fichier, @Nullable String msgId) {
}
