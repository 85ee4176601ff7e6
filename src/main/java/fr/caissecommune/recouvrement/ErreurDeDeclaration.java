package fr.caissecommune.recouvrement;

/**
 * Une anomalie de forme ou de contenu d'une DSN, localisée pour le déclarant : ligne du fichier, rubrique, règle
 * enfreinte et message en français. Une erreur bloquante fait rejeter toute la déclaration ; un avertissement est
 * conservé avec la déclaration acceptée.
 */
public record ErreurDeDeclaration(Gravite gravite, int ligne, String rubrique, String regle, String message) {

    public enum Gravite { BLOQUANTE, AVERTISSEMENT }

    public static ErreurDeDeclaration bloquante(int ligne, String rubrique, String regle, String message) {
        return new ErreurDeDeclaration(Gravite.BLOQUANTE, ligne, rubrique, regle, message);
    }

    public static ErreurDeDeclaration avertissement(int ligne, String rubrique, String regle, String message) {
        return new ErreurDeDeclaration(Gravite.AVERTISSEMENT, ligne, rubrique, regle, message);
    }

    public boolean estBloquante() {
        return gravite == Gravite.BLOQUANTE;
    }

    /** « ligne 12, S21.G00.30.001 [NIR] : … ». */
    public String enFrancais() {
        return (ligne > 0 ? "ligne " + ligne : "fichier") + (rubrique.isEmpty() ? "" : ", " + rubrique) + " [" + regle + "] : " + message;
    }
}
