package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.caissecommune.famille.DossierOuvert;
import fr.caissecommune.famille.RegularisationConstatee;
import fr.caissecommune.famille.VersementsMensuelsEmis;
import fr.caissecommune.referentiel.PersonneInscrite;

/** Les événements des branches deviennent des points de séries. */
@Component
class AlimentationDesIndicateurs {

    private final Series series;

    AlimentationDesIndicateurs(Series series) {
        this.series = series;
    }

    @ApplicationModuleListener(id = "pilotage.versements-mensuels")
    void surVersements(VersementsMensuelsEmis v) {
        var periode = v.mois().toString();
        v.foyersParPrestation().forEach((prestation, n) ->
                series.ajouter(Indicateur.FOYERS_BENEFICIAIRES, periode, prestation.name(), BigDecimal.valueOf(n)));
        v.montantsBruts().forEach((prestation, m) -> series.ajouter(Indicateur.MONTANT_DU_BRUT, periode, prestation.name(), m.valeur()));
        series.ajouter(Indicateur.MONTANT_VERSE, periode, "TOUTES", v.montantVerse().valeur());
        series.ajouter(Indicateur.FOYERS_PAYES, periode, "TOUTES", BigDecimal.valueOf(v.foyersPayes()));
        series.ajouter(Indicateur.RAPPELS_VERSES, periode, "TOUTES", v.rappelsVerses().valeur());
        series.ajouter(Indicateur.RETENUES_SUR_INDUS, periode, "TOUTES", v.retenuesSurIndus().valeur());
        series.ajouter(Indicateur.FOYERS_SANS_COMPTE_BANCAIRE, periode, "TOUTES", BigDecimal.valueOf(v.foyersSansCompteBancaire()));
    }

    @ApplicationModuleListener(id = "pilotage.regularisations")
    void surRegularisation(RegularisationConstatee r) {
        var periode = YearMonth.from(r.constateeLe()).toString();
        var dimension = r.nature().name() + (r.resulteDUnControle() ? "_CONTROLE" : "");
        series.ajouter(Indicateur.REGULARISATIONS_NOMBRE, periode, dimension, BigDecimal.ONE);
        series.ajouter(Indicateur.REGULARISATIONS_MONTANT, periode, dimension, r.montant().valeur());
    }

    @ApplicationModuleListener(id = "pilotage.dossiers-ouverts")
    void surDossierOuvert(DossierOuvert d) {
        series.ajouter(Indicateur.DOSSIERS_OUVERTS, YearMonth.from(d.le()).toString(), "FAMILLE", BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.personnes-inscrites")
    void surPersonneInscrite(PersonneInscrite p) {
        series.ajouter(Indicateur.PERSONNES_INSCRITES, YearMonth.from(p.inscriteLe()).toString(), "REFERENTIEL", BigDecimal.ONE);
    }
}
