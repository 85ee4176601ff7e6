package fr.caissecommune.sante;

import org.jspecify.annotations.Nullable;

/**
 * Une feuille de soins à liquider en simulation, avec la situation de son bénéficiaire donnée par l'appelant
 * (absente : bénéficiaire inconnu de la caisse). Rien n'est enregistré.
 */
public record FeuilleSimulee(FeuilleDeSoins feuille, @Nullable SituationDuBeneficiaire situation) {
}
