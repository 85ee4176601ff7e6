package fr.caissecommune.famille.calcul.logement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Instantane;

/**
 * L'aide personnelle au logement d'un mois en secteur locatif (CCH, art. L821-1 et L823-1 ; D823-16 et D823-17) :
 * <ul>
 * <li>loyer retenu L : le loyer réel dans la limite du loyer plafond de la zone et de la composition du foyer (D823-16
 * 2° ; arrêté du 27 septembre 2019, art. 7) ;</li>
 * <li>forfait charges C selon le nombre de personnes à charge (D823-16 3° ; arrêté, art. 9) ;</li>
 * <li>participation personnelle Pp = P0 + Tp × (R − R0) (D823-17) : P0 la plus élevée de 8,5 % de L + C et d'un
 * minimum (arrêté, art. 13) ; Tp = TF + TL, TF selon la taille de la famille, TL progressif selon le rapport RL du loyer
 * retenu au loyer de référence, RL arrondi au centième de point, TL au millième de point (arrêté, art. 14) ; R les
 * ressources annuelles des douze mois glissants arrondies à la centaine d'euros supérieure, R0 un forfait selon la
 * composition du foyer (arrêté, art. 15) ;</li>
 * <li>dégressivité puis suppression quand le loyer réel dépasse le loyer plafond multiplié par les coefficients de la
 * zone (D823-16 ; arrêté, art. 10) ;</li>
 * <li>CRDS de 0,5 % précomptée sur l'aide (ordonnance n° 96-50, art. 14 et 19), minoration forfaitaire de 5 € (D823-16
 * 9e alinéa ; arrêté, art. 11), seuil de versement de 10 € pour les allocations de logement, 0 pour l'APL (D823-16
 * dernier alinéa ; arrêté, art. 12).</li>
 * </ul>
 * La même formule vaut pour l'APL, l'ALF et l'ALS ; seul le seuil de versement les distingue.
 * Paramètres : regles/parametres/prestations_sociales/aides_logement/location/.
 */
public final class AideAuLogement {

    static final String RACINE = "prestations_sociales/aides_logement/";
    static final String LOCATION = RACINE + "location/";
    static final String PP = LOCATION + "participation_personnelle/";
    static final String CRDS = "prelevements_sociaux/crds/taux";

    private AideAuLogement() {
    }

    /** Vrai si les paramètres du secteur locatif sont transcrits pour cette date. */
    public static boolean parametresDisponibles(Instantane p) {
        return p.existe(LOCATION + "loyer_plafond/zone_1/personne_seule") && p.existe(PP + "r0/personne_seule");
    }

    /**
     * Calcule l'aide d'un mois.
     *
     * @param parametres les paramètres en vigueur au premier jour du mois
     */
    public static ResultatAideAuLogement calculer(SituationAideAuLogement s, YearMonth mois, Instantane parametres) {
        var p = parametres;
        var x = new Explication();
        var type = s.typeDAide();
        x.note("Aide au logement de " + mois + " en location : " + type.libelle() + " (" + type.reference() + "), " + s.composition()
                + ", zone " + s.zone().numero());

        // Loyer retenu (D823-16 2°)
        var plafond = parPersonnesACharge(p, LOCATION + "loyer_plafond/" + s.zone().cle() + "/", s, x);
        x.etape("Loyer plafond de la zone " + s.zone().numero() + " (CCH, art. D823-16 2°)", plafond);
        x.etape("Loyer réel", s.loyer());
        var loyerRetenu = s.loyer().min(plafond);
        x.etape("Loyer retenu L : loyer réel dans la limite du plafond", loyerRetenu);

        // Forfait charges (D823-16 3°)
        var base = x.cite(p.applique(LOCATION + "forfait_charges/montant_de_base"));
        var majoration = x.cite(p.applique(LOCATION + "forfait_charges/par_personne_a_charge"));
        var charges = Montant.euros(base.valeur()).plus(Montant.euros(majoration.valeur()).fois(s.personnesACharge()));
        x.etape("Forfait charges C (CCH, art. D823-16 3°)", charges);

        // Participation minimale P0 (D823-17 2°)
        var tauxP0 = x.cite(p.applique(PP + "participation_minimale/taux")).valeur();
        var minimumP0 = Montant.euros(x.cite(p.applique(PP + "participation_minimale/montant")).valeur());
        var p0 = loyerRetenu.plus(charges).fois(tauxP0).arrondiAuCentime().max(minimumP0);
        x.etape("Participation minimale P0 : " + pourcent(tauxP0, 1) + " de L + C, au moins " + minimumP0.enFrancais(), p0);

        // Taux de participation Tp = TF + TL (D823-17 3°)
        var tf = tauxFamille(p, s, x);
        var loyerDeReference = parPersonnesACharge(p, PP + "loyer_de_reference/", s, x);
        var rl = loyerRetenu.valeur().divide(loyerDeReference.valeur(), 4, RoundingMode.HALF_UP);
        var tl = tauxLoyer(p, rl, x);
        var tp = tf.add(tl);
        x.note("Taux de participation Tp = TF " + pourcent(tf, 3) + " + TL " + pourcent(tl, 3) + " (RL = L / loyer de référence "
                + loyerDeReference.enFrancais() + " = " + pourcent(rl, 2) + ") = " + pourcent(tp, 3));

        // Ressources et R0 (D823-17 5°)
        s.ressources().expliquer(x);
        var total = s.ressources().total();
        if (s.revenusNonSalaries().estPositif()) {
            x.etape("Revenus professionnels non salariés (CCH, art. R822-4)", s.revenusNonSalaries());
            total = total.plus(s.revenusNonSalaries());
        }
        var arrondi = x.cite(p.applique(RACINE + "ressources/arrondi")).valeur();
        var r = Montant.euros(total.valeur().max(BigDecimal.ZERO).divide(arrondi, 0, RoundingMode.CEILING).multiply(arrondi));
        x.etape("Ressources R arrondies à la centaine d'euros supérieure", r);
        var r0 = r0(p, s, x);
        x.etape("Forfait R0 (CCH, art. D823-17 5°)", r0);
        var excedent = r.moins(r0).max(Montant.ZERO);
        var pp = p0.plus(excedent.fois(tp)).arrondiAuCentime();
        x.etape("Participation personnelle Pp = P0 + Tp × (R − R0)", pp);

        // Montant, dégressivité
        var brut = loyerRetenu.plus(charges).moins(pp).max(Montant.ZERO);
        x.etape("Aide L + C − Pp", brut);
        brut = degressivite(p, s, plafond, brut, x).arrondiAuCentime();

        // CRDS, minoration forfaitaire, seuil de versement
        var crds = brut.fois(x.cite(p.applique(CRDS)).valeur()).arrondiAuCentime();
        var minoration = Montant.euros(x.cite(p.applique(LOCATION + "minoration_forfaitaire")).valeur());
        var seuil = Montant.euros(x.cite(p.applique(LOCATION + "seuil_de_versement/"
                + (type == TypeDAide.APL ? "aide_personnalisee_au_logement" : "allocation_de_logement"))).valeur());
        var avantCrds = brut.moins(minoration).max(Montant.ZERO);
        x.etape("Aide après la minoration forfaitaire de " + minoration.enFrancais() + " (CCH, art. D823-16)", avantCrds);
        var verse = brut.moins(crds).moins(minoration).max(Montant.ZERO);
        if (avantCrds.compareTo(seuil) < 0 || !avantCrds.estPositif()) {
            if (avantCrds.estPositif()) {
                x.note("Montant inférieur au seuil de versement de " + seuil.enFrancais() + " : l'aide n'est pas versée (CCH, art. D823-16)");
            }
            verse = Montant.ZERO;
            crds = Montant.ZERO;
        } else {
            x.etape("CRDS de 0,5 % précomptée sur l'aide", crds.negatif());
        }
        x.etape(type.libelle().substring(0, 1).toUpperCase() + type.libelle().substring(1) + " versée", verse);
        return new ResultatAideAuLogement(mois, type, plafond, loyerRetenu, charges, p0, tp, r, pp, brut, crds, verse, x);
    }

    /** Un barème « personne seule / couple / une personne à charge / par personne à charge supplémentaire ». */
    private static Montant parPersonnesACharge(Instantane p, String racine, SituationAideAuLogement s, Explication x) {
        if (s.personnesACharge() == 0) {
            return Montant.euros(x.cite(p.applique(racine + (s.couple() ? "couple" : "personne_seule"))).valeur());
        }
        var une = Montant.euros(x.cite(p.applique(racine + "une_personne_a_charge")).valeur());
        if (s.personnesACharge() == 1) {
            return une;
        }
        var parSupplementaire = Montant.euros(x.cite(p.applique(racine + "par_personne_a_charge_supplementaire")).valeur());
        return une.plus(parSupplementaire.fois(s.personnesACharge() - 1));
    }

    /** Un barème « personne seule / couple / 1 à 6 personnes à charge / par personne au-delà de six » (TF, R0). */
    private static BigDecimal parTailleDeFamille(Instantane p, String racine, SituationAideAuLogement s, Explication x) {
        int n = s.personnesACharge();
        if (n == 0) {
            return x.cite(p.applique(racine + (s.couple() ? "couple" : "personne_seule"))).valeur();
        }
        var base = x.cite(p.applique(racine + Math.min(n, 6) + (n == 1 ? "_personne_a_charge" : "_personnes_a_charge"))).valeur();
        if (n <= 6) {
            return base;
        }
        return base.add(x.cite(p.applique(racine + "par_personne_a_charge_supplementaire")).valeur().multiply(BigDecimal.valueOf(n - 6)));
    }

    private static BigDecimal tauxFamille(Instantane p, SituationAideAuLogement s, Explication x) {
        return parTailleDeFamille(p, PP + "taux_famille/", s, x);
    }

    private static Montant r0(Instantane p, SituationAideAuLogement s, Explication x) {
        return Montant.euros(parTailleDeFamille(p, PP + "r0/", s, x));
    }

    /** TL : 0 sous le premier seuil de RL, puis taux marginaux par tranche ; arrondi au millième de point. */
    static BigDecimal tauxLoyer(Instantane p, BigDecimal rl, Explication x) {
        var s1 = x.cite(p.applique(PP + "taux_loyer/seuil_premiere_tranche")).valeur();
        var t1 = x.cite(p.applique(PP + "taux_loyer/taux_premiere_tranche")).valeur();
        var s2 = x.cite(p.applique(PP + "taux_loyer/seuil_seconde_tranche")).valeur();
        var t2 = x.cite(p.applique(PP + "taux_loyer/taux_seconde_tranche")).valeur();
        var tl = BigDecimal.ZERO;
        if (rl.compareTo(s1) > 0) {
            tl = t1.multiply(rl.min(s2).subtract(s1));
        }
        if (rl.compareTo(s2) > 0) {
            tl = tl.add(t2.multiply(rl.subtract(s2)));
        }
        return tl.setScale(5, RoundingMode.HALF_UP);
    }

    /**
     * Au-delà du premier plafond (loyer plafond × premier coefficient de la zone), l'aide diminue à proportion du
     * dépassement ; au-delà du second plafond, elle est supprimée (CCH, art. D823-16 ; arrêté, art. 10).
     */
    private static Montant degressivite(Instantane p, SituationAideAuLogement s, Montant plafond, Montant aide, Explication x) {
        var racine = LOCATION + "degressivite/" + s.zone().cle() + "/";
        var premier = plafond.fois(x.cite(p.applique(racine + "coefficient_premier_plafond")).valeur());
        var second = plafond.fois(x.cite(p.applique(racine + "coefficient_second_plafond")).valeur());
        if (s.loyer().compareTo(premier) <= 0 || !aide.estPositif()) {
            return aide;
        }
        if (s.loyer().compareTo(second) > 0) {
            x.note("Loyer réel supérieur au second plafond de " + second.arrondiAuCentime().enFrancais() + " : l'aide est supprimée (CCH, art. D823-16)");
            return Montant.ZERO;
        }
        var part = s.loyer().moins(premier).valeur().divide(second.moins(premier).valeur(), 10, RoundingMode.HALF_UP);
        var reduite = aide.moins(aide.fois(part));
        x.etape("Dégressivité : loyer réel au-delà du premier plafond de " + premier.arrondiAuCentime().enFrancais()
                + ", aide diminuée à proportion du dépassement (CCH, art. D823-16)", reduite.arrondiAuCentime());
        return reduite;
    }

    static String pourcent(BigDecimal taux, int decimales) {
        return taux.movePointRight(2).setScale(decimales, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }
}
