package fr.caissecommune.referentiel;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Sexe;

/** Une personne du référentiel : son identité à l'état civil et ses coordonnées. */
public record Personne(PersonneId id, @Nullable Nir nir, String nomDeNaissance, @Nullable String nomDUsage, String prenoms,
        Sexe sexe, LocalDate dateDeNaissance, @Nullable CodeCommune communeDeNaissance, @Nullable String paysDeNaissance,
        @Nullable String telephone, @Nullable String courriel) {

    /** « DUPONT Marie », ou « MARTIN (née DUPONT) Marie ». */
    public String nomComplet() {
        var nom = nomDUsage == null || nomDUsage.equals(nomDeNaissance) ? nomDeNaissance
                : nomDUsage + " (" + (sexe == Sexe.F ? "née " : "né ") + nomDeNaissance + ")";
        return nom + " " + prenoms;
    }

    public int age(LocalDate date) {
        return Period.between(dateDeNaissance, date).getYears();
    }
}
