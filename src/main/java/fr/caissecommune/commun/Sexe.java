package fr.caissecommune.commun;

/** Le sexe à l'état civil, tel que le premier chiffre du NIR le code. */
public enum Sexe {
    M("Masculin", 1), F("Féminin", 2);

    private final String libelle;
    private final int chiffreNir;

    Sexe(String libelle, int chiffreNir) {
        this.libelle = libelle;
        this.chiffreNir = chiffreNir;
    }

    public String libelle() {
        return libelle;
    }

    public int chiffreNir() {
        return chiffreNir;
    }
}
