package fr.caissecommune.famille.openfisca;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Un dispositif de la caisse vu depuis les cas OpenFisca : les variables de famille qu'il calcule, les variables
 * d'entrée qu'il lit, et celles qu'il déclare sans incidence sur ses résultats (avec la raison). Une variable
 * d'entrée qu'aucun dispositif concerné ne connaît fait ignorer le cas : rien n'est écarté en silence.
 */
interface Dispositif {

    /** Une variable d'entrée connue : son entité et, si elle est sans incidence, pourquoi. */
    record VariableConnue(SituationOpenFisca.Entite entite, Optional<String> sansIncidence) {

        static VariableConnue lue(SituationOpenFisca.Entite entite) {
            return new VariableConnue(entite, Optional.empty());
        }

        static VariableConnue sansIncidence(SituationOpenFisca.Entite entite, String raison) {
            return new VariableConnue(entite, Optional.of(raison));
        }
    }

    String nom();

    /** Les variables de famille calculées. */
    Set<String> variablesCalculees();

    /**
     * Les variables d'individu calculées (l'AAH, par exemple) : leurs valeurs figurent dans le {@link Calcul} de la
     * famille de l'individu sous la clé {@code variable@individu} (voir {@link #cle(String, String)}).
     */
    default Set<String> variablesIndividuelles() {
        return Set.of();
    }

    /** La clé d'une variable d'individu dans les valeurs d'un calcul. */
    static String cle(String variable, String individu) {
        return variable + "@" + individu;
    }

    /** Vrai pour un montant mensuel, que l'on additionne quand la période demandée couvre plusieurs mois. */
    boolean estUnMontant(String variable);

    /** Les variables d'entrée connues, lues ou sans incidence. */
    Map<String, VariableConnue> variablesDEntree();

    /**
     * Les variables calculées pour une famille du cas et un mois. Une variable que la situation ne permet pas de
     * calculer fidèlement est absente des valeurs, et {@code sinon} dit pourquoi.
     */
    record Calcul(Map<String, BigDecimal> valeurs, @Nullable NonPrisEnCharge sinon) {

        BigDecimal valeur(String variable) {
            var valeur = valeurs.get(variable);
            if (valeur == null) {
                throw sinon != null ? sinon : new IllegalStateException(variable + " non calculée");
            }
            return valeur;
        }
    }

    /**
     * Calcule une famille du cas pour un mois.
     *
     * @throws NonPrisEnCharge si la situation sort de ce que le calcul sait traiter
     */
    Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois);
}
