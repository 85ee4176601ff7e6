package fr.caissecommune.famille;

/**
 * Les prestations servies par la branche Famille, avec leur fondement légal. Chacune a son calcul pur dans
 * {@code famille.calcul} (montant du mois et explication). Le nom de la constante est stocké (10 caractères au plus).
 */
public enum Prestation {
    AF("Allocations familiales", "CSS art. L521-1"),
    CF("Complément familial", "CSS art. L522-1"),
    ARS("Allocation de rentrée scolaire", "CSS art. L543-1"),
    ASF("Allocation de soutien familial", "CSS art. L523-1"),
    NAISSANCE("Prime à la naissance (PAJE)", "CSS art. L531-2"),
    ADOPTION("Prime à l'adoption (PAJE)", "CSS art. L531-2"),
    PAJE_BASE("Allocation de base (PAJE)", "CSS art. L531-3"),
    AEEH("Allocation d'éducation de l'enfant handicapé et ses compléments", "CSS art. L541-1"),
    AAH("Allocation aux adultes handicapés", "CSS art. L821-1"),
    AJPP("Allocation journalière de présence parentale", "CSS art. L544-1"),
    AJPA("Allocation journalière du proche aidant", "CSS art. L168-8"),
    /** Calcul : {@link fr.caissecommune.famille.calcul.rsa.Rsa#calculer}, droit acquis pour le trimestre. */
    RSA("Revenu de solidarité active", "CASF art. L262-2"),
    /** Calcul : {@link fr.caissecommune.famille.calcul.primeactivite.PrimeDActivite#calculer}, droit fixé pour trois mois. */
    PPA("Prime d'activité", "CSS art. L841-1"),
    APL("Aide personnalisée au logement", "CCH art. L821-1 et L831-1"),
    ALF("Allocation de logement familiale", "CCH art. L821-1 et L841-1"),
    ALS("Allocation de logement sociale", "CCH art. L821-1 et L841-1");

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
     * suivis à part dans le rapport d'activité.
     */
    public boolean estUnMinimumSocial() {
        return this == RSA || this == PPA || this == AAH;
    }
}
