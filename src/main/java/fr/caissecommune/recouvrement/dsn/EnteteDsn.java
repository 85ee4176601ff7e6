package fr.caissecommune.recouvrement.dsn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Ce qui, dans une DSN, n'est pas un salarié : l'envoi (S10), la déclaration (S20.G00.05), l'entreprise et
 * l'établissement (S21.G00.06 et 11), le bordereau Urssaf (S21.G00.22 et 23) et les totaux (S90).
 */
public record EnteteDsn(String logiciel, String norme, boolean test, String typeEnvoi, String siretEmetteur, String nature, String type,
        String fraction, int numeroOrdre, YearMonth mois, @Nullable String idRemplacee, @Nullable LocalDate dateFichier, String siren,
        String siret, @Nullable Integer effectif, @Nullable BigDecimal totalBordereau, List<CotisationAgregee> bordereau) {

    /** Une ligne du bordereau de cotisations dues (S21.G00.23) : CTP, qualifiant d'assiette, taux, assiette, montant. */
    public record CotisationAgregee(int ligne, String ctp, String qualifiant, @Nullable BigDecimal taux, @Nullable BigDecimal assiette,
            @Nullable BigDecimal montant, @Nullable String commune) {
    }

    /** Types 02 et 05 : « sans individu » (néant). */
    public boolean sansIndividu() {
        return "02".equals(type) || "05".equals(type);
    }

    /** Types 03 et 05 : annule et remplace une déclaration antérieure du même mois. */
    public boolean annuleEtRemplace() {
        return "03".equals(type) || "05".equals(type);
    }
}
