package fr.caissecommune.famille.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.regles.Explication;

/**
 * Le taux, en part de BMAF, de la majoration pour âge due au titre d'un enfant à charge (CSS, art. L521-3, R521-1
 * et D521-1 2°), selon le régime en vigueur. La règle de l'aîné (pas de majoration pour le plus âgé d'une famille
 * de moins de trois enfants) est appliquée par {@link AllocationsFamiliales}.
 */
final class MajorationsPourAge {

    /** Entrée en vigueur du relèvement à dix-huit ans (décret n° 2026-138 du 27 février 2026). */
    static final LocalDate RELEVEMENT_A_DIX_HUIT_ANS = LocalDate.of(2026, 3, 1);

    private MajorationsPourAge() {
    }

    /**
     * Deux majorations : l'une à partir de 11 ans, l'autre, plus élevée, à partir de 16 ans (art. D521-1 2° avant
     * les décrets n° 2008-409 et 2008-410).
     */
    static BigDecimal tauxDepuis2003_07_01(Enfant enfant, int age, ParametresAf p, @Nullable Explication x) {
        var ageSeconde = p.requis(p.secondeMajorationAge, ParametresAf.SECONDE_MAJORATION_AGE);
        var premiere = p.requis(p.majorationAge, ParametresAf.MAJORATION_AGE);
        if (x != null) {
            x.cite(ageSeconde);
            x.cite(premiere);
        }
        if (age >= ParametresAf.entier(ageSeconde)) {
            var taux = p.requis(p.secondeMajorationTaux, ParametresAf.SECONDE_MAJORATION_TAUX);
            return x == null ? taux.valeur() : x.cite(taux).valeur();
        }
        if (age >= ParametresAf.entier(premiere)) {
            var taux = p.requis(p.majorationTaux, ParametresAf.MAJORATION_TAUX);
            return x == null ? taux.valeur() : x.cite(taux).valeur();
        }
        return BigDecimal.ZERO;
    }

    /**
     * Une majoration unique à partir de 14 ans (décrets n° 2008-409 et 2008-410 du 28 avril 2008). Le maintien de
     * l'ancien régime pour les enfants qui avaient 11 ans avant le 1er mai 2008 n'est pas modélisé, comme dans
     * OpenFisca : il est sans effet sur les montants à partir de mai 2013 (16 % de BMAF dans les deux régimes).
     */
    static BigDecimal tauxDepuis2008_05_01(Enfant enfant, int age, ParametresAf p, @Nullable Explication x) {
        var ageMajoration = p.requis(p.majorationAge, ParametresAf.MAJORATION_AGE);
        if (x != null) {
            x.cite(ageMajoration);
        }
        return age >= ParametresAf.entier(ageMajoration) ? taux(p, x) : BigDecimal.ZERO;
    }

    /**
     * La majoration est due à partir de 18 ans ; l'enfant qui avait déjà atteint l'âge de 14 ans avant le 1er mars
     * 2026 la conserve à partir de cet âge (décret n° 2026-138 du 27 février 2026). Un enfant né un 29 février a
     * son anniversaire le 28 février des années non bissextiles.
     */
    static BigDecimal tauxDepuis2026_03_01(Enfant enfant, int age, ParametresAf p, @Nullable Explication x) {
        var ageMaintenu = p.requis(p.majorationAgeMaintenu, ParametresAf.MAJORATION_AGE_MAINTENU);
        var ageMajoration = p.requis(p.majorationAge, ParametresAf.MAJORATION_AGE);
        boolean regimeMaintenu = enfant.dateDeNaissance().plusYears(ParametresAf.entier(ageMaintenu))
                .isBefore(RELEVEMENT_A_DIX_HUIT_ANS);
        var seuil = regimeMaintenu ? ageMaintenu : ageMajoration;
        if (x != null) {
            x.cite(seuil);
            x.note("Enfant né le " + Libelles.date(enfant.dateDeNaissance()) + " : majoration pour âge à partir de " + seuil.valeur()
                    + " ans (" + (regimeMaintenu ? "âge de " + ageMaintenu.valeur() + " ans atteint avant le 1er mars 2026, régime maintenu"
                            : "âge de " + ageMaintenu.valeur() + " ans non atteint avant le 1er mars 2026") + ")");
        }
        return age >= ParametresAf.entier(seuil) ? taux(p, x) : BigDecimal.ZERO;
    }

    private static BigDecimal taux(ParametresAf p, @Nullable Explication x) {
        var taux = p.requis(p.majorationTaux, ParametresAf.MAJORATION_TAUX);
        return x == null ? taux.valeur() : x.cite(taux).valeur();
    }
}
