package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.caissecommune.famille.DeclarationTrimestrielleEnRetard;
import fr.caissecommune.famille.DeclarationTrimestrielleRecue;
import fr.caissecommune.famille.DemandeDecidee;
import fr.caissecommune.famille.DemandeDeposee;
import fr.caissecommune.famille.DemandePayee;
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

    @ApplicationModuleListener(id = "pilotage.demandes-deposees")
    void surDemandeDeposee(DemandeDeposee d) {
        series.ajouter(Indicateur.DEMANDES_RECUES, YearMonth.from(d.recueLe()).toString(), d.prestation().name(), BigDecimal.ONE);
    }

    /**
     * Le délai de démarche : jours de la réception à la décision, cumulés par mois de décision pour toutes les prestations
     * légales et, à part, pour les minima sociaux ; la moyenne est le cumul divisé par le nombre de décisions.
     */
    @ApplicationModuleListener(id = "pilotage.demandes-decidees")
    void surDemandeDecidee(DemandeDecidee d) {
        var periode = YearMonth.from(d.decideeLe()).toString();
        var jours = BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(d.recueLe(), d.decideeLe()));
        for (var dimension : dimensions(d.minimumSocial())) {
            series.ajouter(Indicateur.DEMANDES_DECIDEES, periode, dimension, BigDecimal.ONE);
            series.ajouter(Indicateur.JOURS_JUSQU_A_LA_DECISION, periode, dimension, jours);
            if (!d.accordee()) {
                series.ajouter(Indicateur.DEMANDES_REJETEES, periode, dimension, BigDecimal.ONE);
            }
        }
    }

    @ApplicationModuleListener(id = "pilotage.demandes-payees")
    void surDemandePayee(DemandePayee d) {
        var periode = YearMonth.from(d.payeeLe()).toString();
        var jours = BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(d.recueLe(), d.payeeLe()));
        for (var dimension : dimensions(d.minimumSocial())) {
            series.ajouter(Indicateur.DEMANDES_PAYEES, periode, dimension, BigDecimal.ONE);
            series.ajouter(Indicateur.JOURS_JUSQU_AU_PAIEMENT, periode, dimension, jours);
        }
    }

    @ApplicationModuleListener(id = "pilotage.declarations-trimestrielles-recues")
    void surDeclarationRecue(DeclarationTrimestrielleRecue d) {
        series.ajouter(Indicateur.DECLARATIONS_TRIMESTRIELLES_RECUES, d.trimestre().toString(), d.enRetard() ? "EN_RETARD" : "DANS_LES_DELAIS",
                BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.declarations-trimestrielles-en-retard")
    void surDeclarationEnRetard(DeclarationTrimestrielleEnRetard d) {
        series.ajouter(Indicateur.SUSPENSIONS_POUR_DECLARATION, d.trimestre().toString(), "TOUTES", BigDecimal.ONE);
    }

    private static java.util.List<String> dimensions(boolean minimumSocial) {
        return minimumSocial ? java.util.List.of(TableauDeBord.PRESTATIONS_LEGALES, TableauDeBord.MINIMA_SOCIAUX)
                : java.util.List.of(TableauDeBord.PRESTATIONS_LEGALES);
    }
}
