package fr.caissecommune.famille.calcul.logement;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.DouzeMoisGlissants;

/**
 * La situation d'un locataire pour un mois de droit.
 *
 * @param couple vrai pour un couple (marié, pacsé ou en concubinage)
 * @param personnesACharge le nombre de personnes à charge au sens de l'article R823-4 du CCH
 * @param jeuneMenage vrai pour un jeune ménage sans personne à charge (CCH, art. L841-1 2°) : ouvre l'ALF
 * @param zone la zone géographique du logement
 * @param loyer le loyer principal mensuel réel, hors charges
 * @param logementConventionne vrai si le logement fait l'objet d'une convention (APL, CCH art. L831-1)
 * @param ressources les ressources des douze mois glissants (CCH, art. R822-3 et R822-4)
 * @param revenusNonSalaries les revenus professionnels non salariés retenus en plus des douze mois (revenus de
 *     l'avant-dernière année, CCH art. R822-4 II), nuls s'il n'y en a pas
 */
public record SituationAideAuLogement(boolean couple, int personnesACharge, boolean jeuneMenage, Zone zone, Montant loyer,
        boolean logementConventionne, DouzeMoisGlissants ressources, Montant revenusNonSalaries) {

    public SituationAideAuLogement {
        if (personnesACharge < 0) {
            throw new IllegalArgumentException("nombre de personnes à charge négatif : " + personnesACharge);
        }
        if (loyer.estNegatif()) {
            throw new IllegalArgumentException("loyer négatif : " + loyer);
        }
    }

    public TypeDAide typeDAide() {
        return TypeDAide.choisir(logementConventionne, personnesACharge, couple && jeuneMenage);
    }

    String composition() {
        var foyer = couple ? "couple" : "personne seule";
        return personnesACharge == 0 ? foyer + " sans personne à charge"
                : foyer + " avec " + personnesACharge + (personnesACharge == 1 ? " personne à charge" : " personnes à charge");
    }
}
