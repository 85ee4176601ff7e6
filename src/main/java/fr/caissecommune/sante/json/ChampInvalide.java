package fr.caissecommune.sante.json;

/** Un champ de la feuille en JSON absent ou invalide : le chemin du champ et la raison, en français. */
final class ChampInvalide extends RuntimeException {

    private final String champ;

    ChampInvalide(String champ, String raison) {
        super("champ « " + champ + " » : " + raison, null, false, false);
        this.champ = champ;
    }

    String champ() {
        return champ;
    }
}
