package fr.caissecommune.regles;

/** Un fichier de paramètres mal formé, sans unité ou sans référence juridique pour une de ses dates. */
public class ParametreInvalide extends RuntimeException {

    public ParametreInvalide(String fichier, String raison) {
        super("Paramètre " + fichier + " invalide : " + raison);
    }
}
