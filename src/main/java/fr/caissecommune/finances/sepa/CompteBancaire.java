package fr.caissecommune.finances.sepa;

import org.jspecify.annotations.Nullable;

/**
 * Un compte tel qu'il s'écrit dans un fichier SEPA : titulaire, IBAN et BIC (facultatif en SEPA). Les valeurs
 * sont reprises telles quelles ; le schéma XSD est le dernier contrôle avant la remise à la banque.
 */
public record CompteBancaire(String titulaire, String iban, @Nullable String bic) {
}
