package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.ValeurAppliquee;

/** Les phrases de l'explication des allocations familiales, hors du chemin de calcul de masse. */
final class Explications {

    private Explications() {
    }

    static Explication nonDemandee() {
        return new Explication().note("Explication non construite (calcul de masse) : AllocationsFamiliales.calculer la donne.");
    }

    static void enfant(Explication x, Enfant enfant, int age, boolean aCharge, boolean forfait, LocalDate premierJour,
            ParametresAf p) {
        var qui = "Enfant né le " + Libelles.date(enfant.dateDeNaissance());
        if (age == EnfantsACharge.PAS_ENCORE_NE) {
            x.note(qui + " : pas encore né au " + Libelles.date(premierJour));
            return;
        }
        var texte = new StringBuilder(qui).append(" : ").append(age).append(" an").append(age > 1 ? "s" : "")
                .append(" au ").append(Libelles.date(premierJour));
        if (!enfant.chargeEffectiveEtPermanente()) {
            texte.append(", pas à la charge effective et permanente du foyer (CSS, art. L513-1)");
        } else if (aCharge) {
            texte.append(", à charge");
            if (enfant.residenceAlternee()) {
                texte.append(", en résidence alternée");
            }
        } else if (age >= ParametresAf.entier(p.ageLimite)) {
            texte.append(", a atteint l'âge limite des prestations familiales");
            if (forfait) {
                texte.append(" : ouvre droit à l'allocation forfaitaire");
            }
        } else {
            texte.append(", rémunération de ").append(enfant.remunerationMensuelle().enFrancais())
                    .append(" supérieure au plafond de ").append(Montant.euros(p.plafondRemunerationMensuelle).arrondiAuCentime().enFrancais())
                    .append(" (CSS, art. R512-2)");
            x.cite(p.plafondRemuneration);
            x.cite(p.plafondRemunerationHeures);
            x.cite(p.smicHoraireBrut);
        }
        x.cite(p.ageFinObligationScolaire);
        x.cite(p.ageLimite);
        x.note(texte.toString());
    }

    static void montantDeBase(Explication x, ParametresAf p, int enfants, BigDecimal tauxGlobal, BigDecimal alternance,
            BigDecimal modulation, Montant montant) {
        x.cite(p.bmaf);
        x.cite(p.tauxDeuxiemeEnfant);
        if (enfants > 2) {
            x.cite(p.tauxEnfantSupplementaire);
        }
        var libelle = new StringBuilder("Montant de base pour ").append(enfants).append(" enfants : BMAF ")
                .append(Montant.euros(p.bmaf.valeur()).enFrancais()).append(" × ").append(Libelles.pourcent(tauxGlobal));
        if (alternance.compareTo(BigDecimal.ONE) != 0) {
            x.cite(p.coefficientResidenceAlternee);
            libelle.append(" × coefficient de résidence alternée ").append(Libelles.decimal(alternance));
        }
        libelle.append(" × modulation ").append(Libelles.pourcent(modulation));
        x.etape(libelle.toString(), montant);
    }

    static void aineSansMajoration(Explication x, ParametresAf p, Enfant enfant, int enfants) {
        if (p.nombreEnfantsPourMajorationAine != null) {
            x.cite(p.nombreEnfantsPourMajorationAine);
        }
        x.note("Pas de majoration pour âge pour l'aîné (né le " + Libelles.date(enfant.dateDeNaissance()) + ") d'une famille de "
                + enfants + " enfants à charge (CSS, art. L521-3)");
    }

    static void majoration(Explication x, Enfant enfant, int age, BigDecimal taux, BigDecimal partage, BigDecimal modulation,
            Montant montant) {
        var libelle = "Majoration pour âge de l'enfant né le " + Libelles.date(enfant.dateDeNaissance()) + " (" + age + " ans) : BMAF × "
                + Libelles.pourcent(taux) + (partage.compareTo(BigDecimal.ONE) != 0 ? " × " + Libelles.pourcent(partage) + " (résidence alternée)" : "")
                + " × modulation " + Libelles.pourcent(modulation);
        x.etape(libelle, montant);
    }

    static void forfait(Explication x, ParametresAf p, ValeurAppliquee taux, int enfants, BigDecimal modulation, Montant montant) {
        x.cite(p.bmaf);
        x.cite(taux);
        if (p.forfaitAge != null) {
            x.cite(p.forfaitAge);
        }
        if (p.forfaitDuree != null) {
            x.cite(p.forfaitDuree);
        }
        x.etape("Allocation forfaitaire pour " + enfants + " enfant(s) ayant atteint l'âge limite : BMAF × "
                + Libelles.pourcent(taux.valeur()) + " × modulation " + Libelles.pourcent(modulation), montant);
    }

    static void fin(Explication x, ParametresAf p, Montant complement, Montant complementDuForfait, Montant total, Montant crds,
            Montant verse) {
        if (complement.estPositif()) {
            x.etape("Complément dégressif (ressources dépassant de peu un plafond, CSS art. D521-3)", complement);
        }
        if (complementDuForfait.estPositif()) {
            x.etape("Complément dégressif de l'allocation forfaitaire", complementDuForfait);
        }
        x.etape("Allocations familiales brutes", total);
        x.cite(p.crds);
        x.etape("CRDS précomptée (" + Libelles.pourcent(p.crds.valeur()) + ")", crds.negatif());
        x.etape("Montant versé", verse);
    }
}
