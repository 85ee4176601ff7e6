package fr.caissecommune.sante.calcul;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.NatureAssurance;
import fr.caissecommune.sante.SituationDuBeneficiaire;

/**
 * Ce que la situation du bénéficiaire implique pour une feuille, établi une fois : son âge, la prise en charge
 * au titre des AT/MP ou de la maternité (du premier jour du sixième mois de grossesse au douzième jour après
 * l'accouchement, CSS, art. L160-9), la C2S (art. L861-3) ou l'AME (CASF, art. L251-2).
 */
record SituationALaDate(SituationDuBeneficiaire situation, int age, int ageAuPremierJanvier, boolean accidentDuTravail,
        @Nullable String maternite, boolean c2s, boolean ame) {

    static SituationALaDate de(FeuilleDeSoins feuille, SituationDuBeneficiaire s, ParametresSante p, Explication explication) {
        var date = feuille.dateDesSoins();
        return new SituationALaDate(s, s.ageAu(date), s.ageAu(LocalDate.of(date.getYear(), 1, 1)), feuille.assurance() == NatureAssurance.ATMP,
                maternite(feuille, s, p, explication), s.beneficieDeLaC2sAu(date), s.beneficieDeLAmeAu(date));
    }

    private static @Nullable String maternite(FeuilleDeSoins feuille, SituationDuBeneficiaire s, ParametresSante p, Explication explication) {
        if (feuille.assurance() == NatureAssurance.MATERNITE) {
            return "soins facturés au titre de l'assurance maternité";
        }
        var date = feuille.dateDesSoins();
        int mois = p.moisDeGrossesseOuvrantLExoneration().valeur().intValueExact();
        int jours = p.joursApresLAccouchement().valeur().intValueExact();
        for (var g : s.grossesses()) {
            var debut = g.debut().plusMonths(mois - 1L);
            var fin = g.accouchement().plusDays(jours);
            if (!date.isBefore(debut) && !date.isAfter(fin)) {
                explication.cite(p.moisDeGrossesseOuvrantLExoneration());
                explication.cite(p.joursApresLAccouchement());
                return "assurance maternité, du " + EnFrancais.date(debut) + " (premier jour du " + mois + "e mois de grossesse) au "
                        + EnFrancais.date(fin) + " (" + jours + "e jour après l'accouchement)";
            }
        }
        return null;
    }

    /** Le motif d'exonération de la participation forfaitaire et des franchises valable pour toute la feuille. */
    @Nullable String exonerationDesParticipations() {
        if (accidentDuTravail) {
            return "soins pris en charge au titre d'un accident du travail ou d'une maladie professionnelle";
        }
        if (maternite != null) {
            return maternite;
        }
        if (c2s) {
            return "bénéficiaire de la complémentaire santé solidaire (CSS, art. L861-3)";
        }
        if (ame) {
            return "bénéficiaire de l'aide médicale de l'État (CASF, art. L251-2)";
        }
        return null;
    }
}
