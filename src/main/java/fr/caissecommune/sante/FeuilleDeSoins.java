package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.List;

import fr.caissecommune.commun.Nir;

/**
 * Une feuille de soins : la demande de remboursement de soins reçus par un bénéficiaire (son NIR) d'un
 * professionnel, à une date, avec ses lignes de facturation. Le tiers payant signifie que le professionnel est
 * payé directement par la caisse ; sinon l'assuré a payé et il est remboursé.
 */
public record FeuilleDeSoins(String id, Nir nir, LocalDate dateDesSoins, LocalDate dateDeReception, Flux flux,
        Executant executant, Parcours parcours, NatureAssurance assurance, boolean tiersPayant, List<LigneDeSoins> lignes) {

    public FeuilleDeSoins {
        if (id.isBlank()) {
            throw new IllegalArgumentException("identifiant de feuille absent");
        }
        if (lignes.isEmpty()) {
            throw new IllegalArgumentException("feuille sans ligne de facturation");
        }
        if (dateDeReception.isBefore(dateDesSoins)) {
            throw new IllegalArgumentException("la date de réception (" + dateDeReception + ") précède la date des soins (" + dateDesSoins + ")");
        }
        lignes = List.copyOf(lignes);
    }
}
