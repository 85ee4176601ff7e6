package fr.caissecommune.famille.calcul.logement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.ressources.BasesDeRessourcesTests;
import fr.caissecommune.famille.calcul.ressources.DouzeMoisGlissants;
import fr.caissecommune.famille.calcul.ressources.NatureDeRessource;
import fr.caissecommune.famille.calcul.ressources.RessourcesMensuelles;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * L'aide au logement en location (CCH, art. D823-16 et D823-17 ; arrêté du 27 septembre 2019) : loyer plafond,
 * charges, participation personnelle, dégressivité, seuil de versement, choix de l'aide. Montants calculés à la main
 * avec les barèmes de l'arrêté.
 */
class AideAuLogementTests {

    private static final JeuDeParametres PARAMETRES = BasesDeRessourcesTests.parametresLivres();
    private static final YearMonth JANVIER_2021 = YearMonth.of(2021, 1);
    private static final YearMonth NOVEMBRE_2023 = YearMonth.of(2023, 11);

    private static DouzeMoisGlissants salaireMensuel(long euros, YearMonth mois) {
        var r = RessourcesMensuelles.aucune("l'allocataire");
        var calcul = DouzeMoisGlissants.moisDeCalcul(mois);
        for (var m = calcul.minusMonths(13); m.isBefore(calcul); m = m.plusMonths(1)) {
            r = r.avec(m, NatureDeRessource.SALAIRE, Montant.euros(euros));
        }
        return DouzeMoisGlissants.etablir(List.of(r), mois, PARAMETRES.a(calcul.minusMonths(2).atDay(1)));
    }

    private static DouzeMoisGlissants aucune(YearMonth mois) {
        return DouzeMoisGlissants.etablir(List.of(RessourcesMensuelles.aucune("l'allocataire")), mois, PARAMETRES.a(mois.atDay(1)));
    }

    private static ResultatAideAuLogement calculer(SituationAideAuLogement s, YearMonth mois) {
        return AideAuLogement.calculer(s, mois, PARAMETRES.a(mois.atDay(1)));
    }

    @Test
    void unCoupleAvecDeuxEnfantsEnZoneTroisSuitLaFormuleDeLArticleD823_17() {
        // Revenus non salariés 21 502 € → R = 21 600 ; plafond 329,56 + 47,23 = 376,79 ; C = 53,99 + 2 × 12,24 = 78,47
        // P0 = 8,5 % × 455,26 = 38,70 ; RL = 376,79 / 408,16 = 92,31 % → TL = 0,135 + 0,68 × 17,31 % = 0,253 %
        // Tp = 2,38 + 0,253 = 2,633 % ; Pp = 38,70 + 2,633 % × (21 600 − 8 015) = 396,39 ; aide 455,26 − 396,39 = 58,87
        var s = new SituationAideAuLogement(true, 2, false, Zone.ZONE_3, Montant.euros("579.50"), false, aucune(JANVIER_2021),
                Montant.euros(21502));
        var r = calculer(s, JANVIER_2021);
        assertThat(r.type()).isEqualTo(TypeDAide.ALF);
        assertThat(r.loyerRetenu()).isEqualTo(Montant.euros("376.79"));
        assertThat(r.charges()).isEqualTo(Montant.euros("78.47"));
        assertThat(r.participationMinimale()).isEqualTo(Montant.euros("38.70"));
        assertThat(r.ressources()).isEqualTo(Montant.euros(21600));
        assertThat(r.tauxDeParticipation()).isEqualByComparingTo("0.02633");
        assertThat(r.participationPersonnelle()).isEqualTo(Montant.euros("396.39"));
        assertThat(r.montantBrut()).isEqualTo(Montant.euros("58.87"));
        // CRDS 0,29 et minoration de 5 €
        assertThat(r.verse()).isEqualTo(Montant.euros("53.58"));
        assertThat(r.explication().enTexte()).contains("Loyer plafond de la zone 3", "Arrêté du 27 septembre 2019", "Forfait R0",
                "allocation de logement familiale");
    }

    @Test
    void leLoyerRetenuEstLeLoyerReelSousLePlafondEtLePlafondAuDela() {
        var sous = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_2, Montant.euros(200), false, aucune(NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        assertThat(sous.loyerRetenu()).isEqualTo(Montant.euros(200));
        var dessus = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_2, Montant.euros(500), false, aucune(NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        // arrêté du 27 septembre 2019, art. 7, version du 1er octobre 2023 : zone 2, personne seule
        assertThat(dessus.loyerPlafond()).isEqualTo(Montant.euros("278.28"));
        assertThat(dessus.loyerRetenu()).isEqualTo(Montant.euros("278.28"));
        assertThat(dessus.type()).isEqualTo(TypeDAide.ALS);
    }

    @Test
    void unCoupleAUnPlafondEtUnR0PlusEleveQuUnePersonneSeule() {
        var seul = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_1, Montant.euros(600), false, salaireMensuel(1200, NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        var couple = calculer(new SituationAideAuLogement(true, 0, false, Zone.ZONE_1, Montant.euros(600), false, salaireMensuel(1200, NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        assertThat(seul.loyerPlafond()).isEqualTo(Montant.euros("319.30"));
        assertThat(couple.loyerPlafond()).isEqualTo(Montant.euros("385.09"));
        assertThat(couple.verse()).isGreaterThan(seul.verse());
    }

    @Test
    void laZoneUnOffreUnPlafondPlusHautQueLaZoneTrois() {
        var z1 = calculer(new SituationAideAuLogement(false, 1, false, Zone.ZONE_1, Montant.euros(700), false, aucune(NOVEMBRE_2023), Montant.ZERO),
                NOVEMBRE_2023);
        var z3 = calculer(new SituationAideAuLogement(false, 1, false, Zone.ZONE_3, Montant.euros(700), false, aucune(NOVEMBRE_2023), Montant.ZERO),
                NOVEMBRE_2023);
        assertThat(z1.loyerPlafond()).isEqualTo(Montant.euros("435.24"));
        assertThat(z3.loyerPlafond()).isEqualTo(Montant.euros("354.51"));
        assertThat(z1.verse()).isGreaterThan(z3.verse());
    }

    @Test
    void sousLeSeuilDeDixEurosLAllocationDeLogementNEstPasVerseeMaisLAplLEst() {
        // Salaire de 1 275 € par mois : R = 13 800 (15 300 € moins 10 %) ; Pp = 37,91 + 3,092 % × (13 800 − 4 949) = 311,58 ; aide 318,90 − 311,58 = 7,32
        var ressources = salaireMensuel(1275, NOVEMBRE_2023);
        var als = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_3, Montant.euros(400), false, ressources, Montant.ZERO),
                NOVEMBRE_2023);
        assertThat(als.montantBrut().moins(Montant.euros(5))).isBetween(Montant.euros("0.01"), Montant.euros("9.99"));
        assertThat(als.verse()).isEqualTo(Montant.ZERO);
        assertThat(als.explication().enTexte()).contains("inférieur au seuil de versement de 10,00 €");
        var apl = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_3, Montant.euros(400), true, ressources, Montant.ZERO),
                NOVEMBRE_2023);
        assertThat(apl.type()).isEqualTo(TypeDAide.APL);
        assertThat(apl.verse().estPositif()).isTrue();
    }

    @Test
    void unLoyerTresSuperieurAuPlafondReduitPuisSupprimeLAide() {
        // zone 3, personne seule, octobre 2023 : plafond 260,82 ; premier plafond × 2,5 = 652,05 ; second × 3,1 = 808,54
        var normale = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_3, Montant.euros(600), false, aucune(NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        var reduite = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_3, Montant.euros("730.30"), false, aucune(NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        var supprimee = calculer(new SituationAideAuLogement(false, 0, false, Zone.ZONE_3, Montant.euros(810), false, aucune(NOVEMBRE_2023),
                Montant.ZERO), NOVEMBRE_2023);
        // à mi-chemin entre les deux plafonds, l'aide est divisée par deux
        assertThat(reduite.montantBrut().valeur().doubleValue()).isCloseTo(normale.montantBrut().valeur().doubleValue() / 2,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(supprimee.verse()).isEqualTo(Montant.ZERO);
        assertThat(supprimee.explication().enTexte()).contains("l'aide est supprimée");
    }

    @Test
    void leChoixDeLAideSuitLeConventionnementPuisLesPersonnesACharge() {
        assertThat(TypeDAide.choisir(true, 2, false)).isEqualTo(TypeDAide.APL);
        assertThat(TypeDAide.choisir(false, 1, false)).isEqualTo(TypeDAide.ALF);
        assertThat(TypeDAide.choisir(false, 0, true)).isEqualTo(TypeDAide.ALF);
        assertThat(TypeDAide.choisir(false, 0, false)).isEqualTo(TypeDAide.ALS);
    }
}
