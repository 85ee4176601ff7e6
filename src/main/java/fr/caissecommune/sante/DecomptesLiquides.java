package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.Map;

import fr.caissecommune.commun.Montant;

/**
 * Une tranche de feuilles de soins liquidée et enregistrée (publié une fois par tranche, dans sa transaction) :
 * les feuilles par flux, les rejets par motif principal, les montants remboursés par catégorie de soins et les
 * délais de traitement (de la réception à la liquidation) par flux. Le pilotage en tire ses indicateurs.
 */
public record DecomptesLiquides(LocalDate dateDeLiquidation, int feuilles, int payees, int rejetees, Montant montantPaye,
        Map<String, Integer> feuillesParFlux, Map<String, Integer> rejetsParMotif, Map<String, Montant> rembourseParCategorie,
        Map<String, DelaisObserves> delaisDeTraitementParFlux) {

    public DecomptesLiquides {
        feuillesParFlux = Map.copyOf(feuillesParFlux);
        rejetsParMotif = Map.copyOf(rejetsParMotif);
        rembourseParCategorie = Map.copyOf(rembourseParCategorie);
        delaisDeTraitementParFlux = Map.copyOf(delaisDeTraitementParFlux);
    }
}
