package fr.caissecommune.famille.calcul.logement;

import java.math.BigDecimal;
import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * L'aide au logement d'un mois, avec ses éléments de calcul.
 *
 * @param loyerPlafond le loyer plafond de la zone et de la composition du foyer
 * @param loyerRetenu L : le loyer réel dans la limite du loyer plafond
 * @param charges C : le forfait charges
 * @param ressources R : les ressources annuelles retenues, arrondies
 * @param tauxDeParticipation Tp = TF + TL
 * @param participationPersonnelle Pp = P0 + Tp × (R − R0)
 * @param montantBrut L + C − Pp, après dégressivité, avant minoration et CRDS
 * @param crds la CRDS précomptée sur l'aide (0,5 %)
 * @param verse l'aide versée : montant brut − CRDS − minoration forfaitaire, nulle sous le seuil de versement
 */
public record ResultatAideAuLogement(YearMonth mois, TypeDAide type, Montant loyerPlafond, Montant loyerRetenu, Montant charges,
        Montant participationMinimale, BigDecimal tauxDeParticipation, Montant ressources, Montant participationPersonnelle,
        Montant montantBrut, Montant crds, Montant verse, Explication explication) {
}
