package fr.caissecommune.sante.calcul;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.LigneDeSoins;
import fr.caissecommune.sante.nomenclatures.ClasseDeMedicament;

/**
 * Une ligne après tarification : sa catégorie, le tarif (tarif unitaire × quantité), le montant facturé, la base
 * de remboursement (le tarif, dans la limite des frais exposés), le dépassement, et pour les médicaments leur
 * classe. Une ligne non remboursable (acte « non pris en charge », médicament sans taux) a une base nulle.
 */
record LigneTarifee(int numero, LigneDeSoins ligne, CategorieDeSoins categorie, boolean estUnActe, Montant tarif, Montant facture,
        Montant base, Montant depassement, boolean remboursable, @Nullable ClasseDeMedicament classe, Explication explication) {
}
