package fr.caissecommune.sante;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;

/**
 * Ce que la liquidation doit savoir d'un bénéficiaire : sa date de naissance, ses périodes de droits à
 * l'assurance maladie (PUMa), de C2S et d'AME, ses ALD, ses grossesses et son médecin traitant déclaré.
 */
public record SituationDuBeneficiaire(LocalDate dateDeNaissance, List<Periode> droits, List<Periode> c2s, List<Periode> ame,
        List<Ald> ald, List<Grossesse> grossesses, @Nullable Rpps medecinTraitant) {

    public SituationDuBeneficiaire {
        droits = List.copyOf(droits);
        c2s = List.copyOf(c2s);
        ame = List.copyOf(ame);
        ald = List.copyOf(ald);
        grossesses = List.copyOf(grossesses);
    }

    /** Un assuré sans particularité : droits ouverts depuis sa naissance, ni C2S, ni AME, ni ALD, ni grossesse. */
    public static SituationDuBeneficiaire assureNeLe(LocalDate dateDeNaissance) {
        return new SituationDuBeneficiaire(dateDeNaissance, List.of(Periode.depuis(dateDeNaissance)), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    /** Droits ouverts à la date : assurance maladie (PUMa) ou aide médicale de l'État. */
    public boolean aDesDroitsAu(LocalDate date) {
        return couvre(droits, date) || couvre(ame, date);
    }

    public boolean beneficieDeLaC2sAu(LocalDate date) {
        return couvre(c2s, date);
    }

    public boolean beneficieDeLAmeAu(LocalDate date) {
        return couvre(ame, date);
    }

    /** L'ALD reconnue à la date qui couvre la ligne, s'il y en a une. */
    public Optional<Ald> aldCouvrant(LigneDeSoins ligne, LocalDate date) {
        for (var a : ald) {
            if (a.periode().contient(date) && a.couvre(ligne)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** L'âge en années révolues à la date. */
    public int ageAu(LocalDate date) {
        return date.isBefore(dateDeNaissance) ? 0 : Period.between(dateDeNaissance, date).getYears();
    }

    private static boolean couvre(List<Periode> periodes, LocalDate date) {
        for (var p : periodes) {
            if (p.contient(date)) {
                return true;
            }
        }
        return false;
    }
}
