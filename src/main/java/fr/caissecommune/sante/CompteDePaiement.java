package fr.caissecommune.sante;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;

/**
 * Les coordonnées bancaires d'un payé de la branche santé : un assuré ({@code ASSURE:<nir>}) ou un professionnel
 * de santé payé en tiers payant ({@code PS:<rpps>}).
 */
public record CompteDePaiement(String tiers, String titulaire, Iban iban, @Nullable Bic bic) {

    public static String tiersAssure(String nir) {
        return "ASSURE:" + nir;
    }

    public static String tiersProfessionnel(String rpps) {
        return "PS:" + rpps;
    }
}
