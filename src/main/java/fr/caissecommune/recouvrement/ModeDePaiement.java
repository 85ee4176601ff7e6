package fr.caissecommune.recouvrement;

/** Le moyen de paiement des cotisations choisi par le cotisant. */
public enum ModeDePaiement {
    PRELEVEMENT("Prélèvement SEPA"), VIREMENT("Virement"), CHEQUE("Chèque");

    private final String libelle;

    ModeDePaiement(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
