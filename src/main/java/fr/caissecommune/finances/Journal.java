package fr.caissecommune.finances;

/** Les journaux du grand livre : chaque écriture est passée dans l'un d'eux, selon l'opération qui l'origine. */
public enum Journal {

    PRESTATIONS("Liquidation des prestations"),
    COTISATIONS("Cotisations appelées"),
    PAIEMENTS("Virements émis"),
    PRELEVEMENTS("Prélèvements émis"),
    CREANCES("Créances : constatations, retenues et remises"),
    ENCAISSEMENTS("Encaissements"),
    OPERATIONS_DIVERSES("Opérations diverses");

    private final String libelle;

    Journal(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
