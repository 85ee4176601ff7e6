package fr.caissecommune.recouvrement.dsn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Un salarié déclaré (bloc S21.G00.30) avec ses contrats (S21.G00.40) et ses versements (S21.G00.50) : rémunérations
 * (S21.G00.51), bases assujetties (S21.G00.78) et cotisations individuelles (S21.G00.81). Le NIR est celui de la DSN,
 * sans sa clé (13 caractères).
 */
public record IndividuDsn(int ligne, int rang, @Nullable String nir, @Nullable String ntt, String nom, String prenoms,
        @Nullable LocalDate dateNaissance, @Nullable String sexe, List<Contrat> contrats, List<Versement> versements) {

    /** Un contrat de travail (S21.G00.40) : nature, statut, quotité, risque et taux AT. */
    public record Contrat(int ligne, @Nullable LocalDate debut, @Nullable String statutConventionnel, @Nullable String statutCategoriel,
            @Nullable String nature, @Nullable String numero, @Nullable BigDecimal quotite, @Nullable BigDecimal quotiteReference,
            @Nullable String codeRisqueAt, @Nullable BigDecimal tauxAt, @Nullable String siretLieuDeTravail, @Nullable LocalDate fin) {

        /** Cadre au sens de la retraite complémentaire (S21.G00.40.003 = 01). */
        public boolean cadre() {
            return "01".equals(statutCategoriel);
        }

        /** CDD ou contrat de mission (S21.G00.40.007 = 02 ou 03). */
        public boolean determine() {
            return "02".equals(nature) || "03".equals(nature);
        }
    }

    /** Un versement (S21.G00.50) et ce qu'il rémunère. */
    public record Versement(int ligne, @Nullable LocalDate date, @Nullable BigDecimal netFiscal, @Nullable BigDecimal netVerse,
            List<Remuneration> remunerations, List<BaseAssujettie> bases) {

        /** Rémunération brute non plafonnée du versement (S21.G00.51, type 001). */
        public BigDecimal brut() {
            return remunerations.stream().filter(r -> "001".equals(r.type())).map(Remuneration::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Une rémunération (S21.G00.51) : période, contrat, type (001 brut, 002 brut chômage, 010 salaire de base…). */
    public record Remuneration(int ligne, @Nullable LocalDate debut, @Nullable LocalDate fin, @Nullable String numeroContrat, String type,
            @Nullable BigDecimal heures, BigDecimal montant) {
    }

    /** Une base assujettie (S21.G00.78) : 02 plafonnée, 03 déplafonnée, 04 CSG, 07 chômage… et ses cotisations. */
    public record BaseAssujettie(int ligne, String code, @Nullable LocalDate debut, @Nullable LocalDate fin, BigDecimal montant,
            @Nullable String numeroContrat, List<CotisationIndividuelle> cotisations) {
    }

    /** Une cotisation individuelle (S21.G00.81) : code, organisme, assiette, montant (négatif pour une réduction), taux en %. */
    public record CotisationIndividuelle(int ligne, String code, @Nullable String organisme, @Nullable BigDecimal assiette, BigDecimal montant,
            @Nullable BigDecimal taux, @Nullable String commune) {
    }
}
