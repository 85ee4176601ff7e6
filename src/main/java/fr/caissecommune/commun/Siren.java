package fr.caissecommune.commun;

/** Numéro SIREN d'une entreprise : 9 chiffres dont le dernier est une clé de Luhn. */
public record Siren(String valeur) {

    public Siren {
        var texte = valeur.replace(" ", "");
        if (!texte.matches("\\d{9}")) {
            throw new IllegalArgumentException("SIREN invalide : 9 chiffres attendus, « " + valeur + " » reçu");
        }
        if (!Luhn.estValide(texte)) {
            throw new IllegalArgumentException("SIREN invalide : la clé de Luhn de « " + texte + " » est fausse");
        }
        valeur = texte;
    }

    public static Siren of(String texte) {
        return new Siren(texte);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
