package fr.caissecommune.finances;

/** Levée quand une créance demandée par son identifiant n'existe pas. */
public class CreanceIntrouvable extends RuntimeException {

    public CreanceIntrouvable(CreanceId id) {
        super("Créance introuvable : aucune créance d'identifiant " + id);
    }
}
