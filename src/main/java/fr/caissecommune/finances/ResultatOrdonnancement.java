package fr.caissecommune.finances;

import fr.caissecommune.commun.Montant;

/**
 * Ce qu'a donné un appel à {@link Paiements#ordonnancer} : les ordres nouvellement enregistrés et leur total,
 * et ceux écartés parce que leur référence était déjà connue (paie relancée après une interruption).
 */
public record ResultatOrdonnancement(int ordonnances, Montant total, int dejaConnus) {
}
