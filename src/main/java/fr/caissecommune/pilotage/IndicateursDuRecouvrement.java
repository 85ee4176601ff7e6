package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.ControleNotifie;
import fr.caissecommune.recouvrement.CotisantImmatricule;
import fr.caissecommune.recouvrement.CotisantRadie;
import fr.caissecommune.recouvrement.DetteEteinte;
import fr.caissecommune.recouvrement.EcheanceConstatee;
import fr.caissecommune.recouvrement.PaiementImpute;
import fr.caissecommune.recouvrement.PlanDApurementAccorde;
import fr.caissecommune.recouvrement.PlanDApurementClos;

/**
 * Les événements du recouvrement deviennent des séries : comptes par catégorie (mois), cotisations liquidées,
 * encaissées et éteintes par exercice et segment (catégorie ; employeurs privés par tranche d'effectif), d'où les
 * restes à recouvrer, encaissements par mois, plans
 * d'apurement et contrôles.
 */
@Component
class IndicateursDuRecouvrement {

    private final Series series;

    IndicateursDuRecouvrement(Series series) {
        this.series = series;
    }

    @ApplicationModuleListener(id = "pilotage.cotisants-immatricules")
    void surImmatriculation(CotisantImmatricule e) {
        series.ajouter(Indicateur.COTISANTS_IMMATRICULES, YearMonth.from(e.le()).toString(), e.categorie().name(), BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.cotisants-radies")
    void surRadiation(CotisantRadie e) {
        series.ajouter(Indicateur.COTISANTS_RADIES, YearMonth.from(e.le()).toString(), e.categorie().name(), BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.echeances-constatees")
    void surEcheance(EcheanceConstatee e) {
        if (e.nature().principal()) {
            series.ajouter(Indicateur.COTISATIONS_LIQUIDEES, String.valueOf(e.exercice()), e.segment(), e.montant());
        } else {
            series.ajouter(Indicateur.MAJORATIONS_CONSTATEES, YearMonth.from(e.le()).toString(), e.categorie().name(), e.montant());
        }
    }

    @ApplicationModuleListener(id = "pilotage.paiements-imputes")
    void surPaiement(PaiementImpute e) {
        e.imputeParExercice().forEach((exercice, montant) ->
                series.ajouter(Indicateur.COTISATIONS_ENCAISSEES, String.valueOf(exercice), e.segment(), montant));
        if (e.montant().signum() != 0) {
            series.ajouter(Indicateur.ENCAISSEMENTS_COTISANTS, YearMonth.from(e.le()).toString(), e.categorie().name(), e.montant());
        }
    }

    @ApplicationModuleListener(id = "pilotage.dettes-eteintes")
    void surExtinction(DetteEteinte e) {
        if (e.principal()) {
            series.ajouter(Indicateur.COTISATIONS_ETEINTES, String.valueOf(e.exercice()), e.segment(), e.montant());
        }
    }

    @ApplicationModuleListener(id = "pilotage.plans-accordes")
    void surPlanAccorde(PlanDApurementAccorde e) {
        series.ajouter(Indicateur.PLANS_ACCORDES, YearMonth.from(e.le()).toString(), e.categorie().name(), BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.plans-clos")
    void surPlanClos(PlanDApurementClos e) {
        series.ajouter(Indicateur.PLANS_CLOS, YearMonth.from(e.le()).toString(), e.statut(), BigDecimal.ONE);
    }

    @ApplicationModuleListener(id = "pilotage.controles-notifies")
    void surControle(ControleNotifie e) {
        var mois = YearMonth.from(e.le()).toString();
        series.ajouter(Indicateur.CONTROLES_NOTIFIES, mois, e.categorie().name(), BigDecimal.ONE);
        series.ajouter(Indicateur.REDRESSEMENTS_NOTIFIES, mois, e.categorie().name(), e.redressement());
        series.ajouter(Indicateur.CREDITS_NOTIFIES, mois, e.categorie().name(), e.credit());
    }
}
