package fr.caissecommune.sante;

import fr.caissecommune.commun.Montant;

/**
 * Les cumuls du bénéficiaire avant la feuille à liquider, pour appliquer les plafonds : participations
 * forfaitaires et franchises de l'année civile des soins, participations du jour chez le même professionnel,
 * franchises du jour (actes paramédicaux chez le même professionnel, transports), et participations restant à
 * récupérer sur un prochain paiement à l'assuré.
 */
public record Cumuls(Montant participationsDeLAnnee, Montant franchisesDeLAnnee, int participationsDuJourChezLeProfessionnel,
        Montant franchisesParamedicalesDuJourChezLeProfessionnel, Montant franchisesTransportsDuJour, Montant participationsARecouvrer) {

    public static final Cumuls AUCUN = new Cumuls(Montant.ZERO, Montant.ZERO, 0, Montant.ZERO, Montant.ZERO, Montant.ZERO);
}
