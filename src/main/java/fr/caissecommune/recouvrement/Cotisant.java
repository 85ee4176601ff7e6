package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Un compte cotisant : sa catégorie, son identification (SIRET de l'établissement pour un employeur, NIR pour une
 * personne), son statut (actif ou radié), son jour d'exigibilité (le 5 ou le 15 du mois suivant), son moyen de paiement
 * (mandat de prélèvement SEPA : RUM et date de signature), l'accompagnement « entreprise en difficulté ».
 */
public record Cotisant(UUID id, String numero, CategorieDeCotisant categorie, String nom, @Nullable String siret, @Nullable String siren,
        @Nullable String nir, @Nullable UUID personne, @Nullable String commune, boolean actif, LocalDate immatriculeLe,
        @Nullable LocalDate radieLe, @Nullable String motifRadiation, @Nullable Integer effectif, @Nullable BigDecimal tauxAt,
        int jourExigibilite, ModeDePaiement modeDePaiement, @Nullable String iban, @Nullable String bic, @Nullable String rum,
        @Nullable LocalDate mandatSigneLe, boolean enDifficulte, @Nullable String motifDifficulte) {

    /** La clé de tiers du compte dans la comptabilité de la caisse. */
    public String tiers() {
        return "cotisant:" + numero;
    }

    /**
     * Le segment des tableaux de restes à recouvrer : la catégorie, et pour les employeurs privés la tranche d'effectif
     * des rapports d'activité (moins de 10 salariés, 10 salariés et plus).
     */
    public String segment() {
        if (categorie != CategorieDeCotisant.EMPLOYEUR_PRIVE) {
            return categorie.name();
        }
        return effectif != null && effectif >= 10 ? "EMPLOYEUR_PRIVE_10_ET_PLUS" : "EMPLOYEUR_PRIVE_MOINS_10";
    }

    public String statut() {
        return actif ? "Actif" : "Radié";
    }

    public boolean mandatActif() {
        return modeDePaiement == ModeDePaiement.PRELEVEMENT && rum != null && iban != null && mandatSigneLe != null;
    }
}
