package fr.caissecommune.famille;

import java.time.LocalDate;

import fr.caissecommune.referentiel.FoyerId;

/** Le dossier d'allocataire d'un foyer auprès de la branche Famille. */
public record Dossier(FoyerId foyer, String numeroAllocataire, LocalDate ouvertLe, Statut statut) {

    public enum Statut {
        OUVERT, CLOS
    }
}
