package fr.caissecommune.regles;

/** Un calcul demande un paramètre qui n'existe pas dans le jeu chargé, ou qui n'a pas de valeur à la date. */
public class ParametreIntrouvable extends RuntimeException {

    public ParametreIntrouvable(String chemin) {
        super("Paramètre introuvable : " + chemin);
    }

    public ParametreIntrouvable(String chemin, java.time.LocalDate date) {
        super("Paramètre " + chemin + " sans valeur en vigueur au " + date);
    }
}
