package fr.caissecommune.famille.calcul;

import java.time.LocalDate;
import java.util.Objects;

import fr.caissecommune.commun.Montant;

/**
 * Un enfant du foyer, tel que le décrit le dossier : ce qu'il faut savoir pour dire s'il est à charge au sens
 * des prestations familiales (CSS, art. L512-3, L513-1 et R512-2).
 *
 * @param dateDeNaissance date de naissance
 * @param chargeEffectiveEtPermanente le foyer assume la charge effective et permanente de l'enfant (art. L513-1) ;
 *        faux, par exemple, pour un enfant confié au service de l'aide sociale à l'enfance
 * @param residenceAlternee l'enfant vit en résidence alternée chez ses deux parents (art. L521-2 et R521-2) :
 *        les allocations dues à son titre sont partagées
 * @param remunerationMensuelle rémunération mensuelle moyenne de l'enfant (moyenne des six derniers mois), comparée
 *        au plafond de l'art. R512-2 une fois l'obligation scolaire terminée
 */
public record Enfant(LocalDate dateDeNaissance, boolean chargeEffectiveEtPermanente, boolean residenceAlternee,
        Montant remunerationMensuelle) {

    public Enfant {
        Objects.requireNonNull(dateDeNaissance, "date de naissance de l'enfant absente");
        Objects.requireNonNull(remunerationMensuelle, "rémunération de l'enfant absente");
        if (remunerationMensuelle.estNegatif()) {
            throw new IllegalArgumentException("Rémunération de l'enfant négative : " + remunerationMensuelle);
        }
    }

    /** Un enfant à la charge effective et permanente du foyer, sans rémunération, hors résidence alternée. */
    public static Enfant neLe(LocalDate dateDeNaissance) {
        return new Enfant(dateDeNaissance, true, false, Montant.ZERO);
    }

    public Enfant enResidenceAlternee() {
        return new Enfant(dateDeNaissance, chargeEffectiveEtPermanente, true, remunerationMensuelle);
    }

    public Enfant sansChargeEffective() {
        return new Enfant(dateDeNaissance, false, residenceAlternee, remunerationMensuelle);
    }

    public Enfant avecRemunerationMensuelle(Montant remuneration) {
        return new Enfant(dateDeNaissance, chargeEffectiveEtPermanente, residenceAlternee, remuneration);
    }
}
