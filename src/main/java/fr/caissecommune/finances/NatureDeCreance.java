package fr.caissecommune.finances;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Les natures de créance, chacune avec ses comptes : le compte de tiers débiteur où elle est suivie, le compte
 * des prestations à payer débité quand elle est récupérée par retenue (absent si elle ne peut pas l'être) et
 * le compte de charge d'une remise de dette.
 */
public enum NatureDeCreance {

    /** Indu de prestations familiales, de minima sociaux ou d'aides au logement. */
    INDU_PRESTATION("Indu de prestations", PlanComptable.ALLOCATAIRES_DEBITEURS,
            PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, PlanComptable.REMISES_INDUS),
    /** Indu de prestations d'assurance maladie, maternité, invalidité, décès ou AT/MP. */
    INDU_SANTE("Indu de prestations d'assurance maladie", PlanComptable.ASSURES_DEBITEURS,
            PlanComptable.ASSURES_PRESTATIONS_A_PAYER, PlanComptable.REMISES_INDUS),
    /** Cotisations et contributions sociales restant dues par un cotisant. */
    COTISATION("Cotisations et contributions dues", PlanComptable.COTISANTS, null, PlanComptable.REMISES_COTISATIONS),
    /** Majorations et pénalités de retard dues par un cotisant. */
    MAJORATION("Majorations et pénalités de retard", PlanComptable.COTISANTS_MAJORATIONS, null, PlanComptable.REMISES_COTISATIONS);

    private final String libelle;
    private final String compteDeTiers;
    private final @Nullable String compteDeRetenue;
    private final String compteDeRemise;

    NatureDeCreance(String libelle, String compteDeTiers, @Nullable String compteDeRetenue, String compteDeRemise) {
        this.libelle = libelle;
        this.compteDeTiers = compteDeTiers;
        this.compteDeRetenue = compteDeRetenue;
        this.compteDeRemise = compteDeRemise;
    }

    public String libelle() {
        return libelle;
    }

    /** Le compte de tiers débiteur où la créance est suivie. */
    public String compteDeTiers() {
        return compteDeTiers;
    }

    /** Le compte des prestations à payer débité par une retenue, ou {@code null} si la retenue est impossible. */
    public @Nullable String compteDeRetenue() {
        return compteDeRetenue;
    }

    public String compteDeRemise() {
        return compteDeRemise;
    }

    /** Vrai si la créance peut être récupérée par retenue sur des prestations à payer. */
    public boolean estRetenable() {
        return compteDeRetenue != null;
    }

    static List<String> retenables() {
        return Arrays.stream(values()).filter(NatureDeCreance::estRetenable).map(Enum::name).toList();
    }
}
