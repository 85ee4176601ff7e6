package fr.caissecommune.famille;

/** Les prestations servies par la branche Famille (la liste s'allonge avec chaque dispositif mis en œuvre). */
public enum Prestation {
    AF("Allocations familiales", "CSS art. L521-1"),
    RSA("Revenu de solidarité active", "CASF art. L262-1"),
    PPA("Prime d'activité", "CSS art. L841-1");

    private final String libelle;
    private final String fondement;

    Prestation(String libelle, String fondement) {
        this.libelle = libelle;
        this.fondement = fondement;
    }

    public String libelle() {
        return libelle;
    }

    public String fondement() {
        return fondement;
    }

    /**
     * Vrai pour les prestations calculées sur les ressources déclarées chaque trimestre : le RSA (déclaration
     * trimestrielle de ressources, CASF art. R262-37) et la prime d'activité (CSS, livre VIII, titre IV, droit fixé
     * pour trois mois). Faute de déclaration, le versement est suspendu jusqu'à sa réception.
     */
    public boolean aDeclarationTrimestrielle() {
        return this == RSA || this == PPA;
    }

    /**
     * Vrai pour les minima sociaux (RSA, prime d'activité, AAH), dont les délais de traitement et de paiement sont
     * suivis à part dans le rapport d'activité. Le nom sert de clé pour que l'AAH en soit dès qu'elle est servie.
     */
    public boolean estUnMinimumSocial() {
        return java.util.Set.of("RSA", "PPA", "AAH").contains(name());
    }
}
