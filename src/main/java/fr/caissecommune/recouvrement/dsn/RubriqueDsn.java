package fr.caissecommune.recouvrement.dsn;

/** Une ligne de DSN : {@code S21.G00.30.001,'1850575123045'}, avec son numéro de ligne dans le fichier. */
public record RubriqueDsn(int ligne, String code, String valeur) {

    /** Le bloc : {@code S21.G00.30}. */
    public String bloc() {
        return code.substring(0, 10);
    }

    /** Le numéro de rubrique dans le bloc : {@code 001}. */
    public String numero() {
        return code.substring(11);
    }
}
