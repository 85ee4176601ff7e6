package fr.caissecommune.pilotage;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.caissecommune.sante.DecomptesLiquides;
import fr.caissecommune.sante.RemboursementsOrdonnances;

/**
 * Les événements de la branche santé deviennent des points de séries : feuilles liquidées par flux, rejets par
 * motif, montants remboursés par catégorie de soins, délais de traitement (réception → liquidation) et de
 * remboursement (réception → mise en paiement) par flux, au mois de la liquidation ou du paiement.
 */
@Component
class AlimentationSante {

    private final Series series;

    AlimentationSante(Series series) {
        this.series = series;
    }

    @ApplicationModuleListener(id = "pilotage.sante-decomptes")
    void surDecomptes(DecomptesLiquides d) {
        var periode = YearMonth.from(d.dateDeLiquidation()).toString();
        d.feuillesParFlux().forEach((flux, n) -> series.ajouter(Indicateur.SANTE_FEUILLES, periode, flux, BigDecimal.valueOf(n)));
        d.rejetsParMotif().forEach((motif, n) -> series.ajouter(Indicateur.SANTE_REJETS, periode, motif, BigDecimal.valueOf(n)));
        d.rembourseParCategorie().forEach((categorie, m) -> series.ajouter(Indicateur.SANTE_REMBOURSE, periode, categorie, m.valeur()));
        d.delaisDeTraitementParFlux().forEach((flux, delais) -> {
            series.ajouter(Indicateur.SANTE_TRAITEMENT_NOMBRE, periode, flux, BigDecimal.valueOf(delais.nombre()));
            series.ajouter(Indicateur.SANTE_TRAITEMENT_JOURS, periode, flux, BigDecimal.valueOf(delais.jours()));
            series.ajouter(Indicateur.SANTE_TRAITEMENT_15_JOURS, periode, flux, BigDecimal.valueOf(delais.dansLesQuinzeJours()));
        });
    }

    @ApplicationModuleListener(id = "pilotage.sante-remboursements")
    void surRemboursements(RemboursementsOrdonnances r) {
        var periode = YearMonth.from(r.dateDePaiement()).toString();
        r.delaisDeRemboursementParFlux().forEach((flux, delais) -> {
            series.ajouter(Indicateur.SANTE_REMBOURSEMENT_NOMBRE, periode, flux, BigDecimal.valueOf(delais.nombre()));
            series.ajouter(Indicateur.SANTE_REMBOURSEMENT_JOURS, periode, flux, BigDecimal.valueOf(delais.jours()));
            series.ajouter(Indicateur.SANTE_REMBOURSEMENT_7_JOURS, periode, flux, BigDecimal.valueOf(delais.dansLesSeptJours()));
        });
    }
}
