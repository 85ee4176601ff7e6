package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Source;

/**
 * La déclaration trimestrielle de ressources d'un foyer bénéficiaire du RSA ou de la prime d'activité : elle porte
 * les ressources des trois mois qui précèdent {@code trimestre} et fixe les droits des trois mois qui commencent.
 */
public record DeclarationTrimestrielle(FoyerId foyer, YearMonth trimestre, Statut statut, LocalDate dateLimite, @Nullable LocalDate recueLe,
        @Nullable Source canal, @Nullable LocalDate suspendueLe) {

    public enum Statut {
        ATTENDUE("Attendue"), RECUE("Reçue"), EN_RETARD("En retard : versement suspendu");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Le premier mois des ressources déclarées. */
    public YearMonth premierMoisDeclare() {
        return trimestre.minusMonths(3);
    }

    /** Le trimestre de droit civil qui contient ce mois : janvier, avril, juillet ou octobre. */
    public static YearMonth trimestreDe(YearMonth mois) {
        return YearMonth.of(mois.getYear(), ((mois.getMonthValue() - 1) / 3) * 3 + 1);
    }
}
