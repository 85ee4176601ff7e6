package fr.caissecommune.famille.calcul.rsa;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Le RSA d'un mois : les étapes et le montant versé, avec son explication.
 *
 * @param montantForfaitaire montant forfaitaire applicable (majoré pour isolement s'il y a lieu)
 * @param majore vrai si le montant majoré pour isolement est retenu
 * @param forfaitLogement forfait logement déduit
 * @param ressources ressources retenues (moyenne du trimestre et prestations familiales)
 * @param montantCalcule montant avant le seuil de versement
 * @param verse montant versé : nul sous le seuil de versement
 */
public record ResultatRsa(Montant montantForfaitaire, boolean majore, Montant forfaitLogement, Montant ressources, Montant montantCalcule,
        Montant verse, Explication explication) {
}
