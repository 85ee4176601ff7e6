package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;

/**
 * Le décompte d'une feuille de soins : payé (lignes avec base, taux et montant remboursé, participation
 * forfaitaire, franchises, montant payé et à qui) ou rejeté (motifs), et toujours son explication.
 *
 * <p>En paiement à l'assuré, le montant payé est le total remboursé moins la participation forfaitaire, les
 * franchises et les participations restées dues sur des décomptes en tiers payant ({@code recupere}). En tiers
 * payant, le professionnel reçoit le total remboursé et la participation et les franchises restent dues par
 * l'assuré ({@code aRecouvrer}).
 */
public record Decompte(@Nullable String feuille, @Nullable String nir, @Nullable LocalDate dateDesSoins, StatutDuDecompte statut,
        List<Rejet> rejets, List<LigneDeDecompte> lignes, Montant montantRembourse, Montant participationForfaitaire, Montant franchises,
        Montant recupere, Montant aRecouvrer, Montant montantPaye, Payeur payeur, Imputations imputations, Explication explication,
        @Nullable String versionDesParametres) {

    public Decompte {
        rejets = List.copyOf(rejets);
        lignes = List.copyOf(lignes);
    }

    /** Le décompte d'une feuille rejetée : aucun montant, les motifs et leur explication. */
    public static Decompte rejete(@Nullable String feuille, @Nullable String nir, @Nullable LocalDate dateDesSoins, List<Rejet> rejets,
            Payeur payeur, Explication explication, @Nullable String versionDesParametres) {
        if (rejets.isEmpty()) {
            throw new IllegalArgumentException("un rejet exige au moins un motif");
        }
        return new Decompte(feuille, nir, dateDesSoins, StatutDuDecompte.REJETE, rejets, List.of(), Montant.ZERO, Montant.ZERO, Montant.ZERO,
                Montant.ZERO, Montant.ZERO, Montant.ZERO, payeur, Imputations.AUCUNE, explication, versionDesParametres);
    }

    /** Le rejet d'une feuille illisible ou mal formée, avant toute liquidation. */
    public static Decompte feuilleInvalide(@Nullable String feuille, String precision) {
        var rejet = new Rejet(MotifDeRejet.FEUILLE_INVALIDE, precision);
        return rejete(feuille, null, null, List.of(rejet), Payeur.ASSURE, new Explication().note("Feuille rejetée : " + rejet.libelle()), null);
    }

    public boolean estPaye() {
        return statut == StatutDuDecompte.PAYE;
    }
}
