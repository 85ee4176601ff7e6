package fr.caissecommune.commun;

/** Ce qu'on cherche n'existe pas (personne, foyer, dossier…) : l'API répond 404, l'écran le dit. */
public class Introuvable extends RuntimeException {

    public Introuvable(String message) {
        super(message);
    }
}
