package fr.caissecommune.sante.nomenclatures;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;

/**
 * Une présentation de médicament de la BDPM : son CIP13, sa spécialité (CIS et dénomination), son libellé, son
 * prix, l'honoraire de dispensation, le prix honoraire compris (la base de remboursement d'une boîte) et sa
 * classe de remboursement (absente : non remboursable).
 */
public record Presentation(String cip13, String cis, String denomination, String libelle, @Nullable Montant prix,
        @Nullable Montant honoraireDeDispensation, @Nullable Montant prixHonoraireCompris, @Nullable ClasseDeMedicament classe) {

    public boolean estRemboursable() {
        return classe != null && prixHonoraireCompris != null;
    }
}
