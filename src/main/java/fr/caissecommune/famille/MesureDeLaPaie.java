package fr.caissecommune.famille;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.SituationDuFoyer;
import fr.caissecommune.referentiel.Situations;

/** La mesure des performances de la paie : de bout en bout, et le calcul des règles seul. */
@Service
public class MesureDeLaPaie {

    /**
     * Le calcul seul : nombre de foyers, temps moyen par foyer de toutes les prestations servies, et, par prestation,
     * le temps moyen par foyer et le nombre de droits ouverts.
     */
    public record CalculSeul(int foyers, double microsecondesParFoyer, double secondesDeChargement, Map<Prestation, ParPrestation> parPrestation) {
    }

    /** La part d'une prestation dans le calcul seul. */
    public record ParPrestation(double microsecondesParFoyer, long droitsOuverts) {
    }

    private final PaiementMensuel paie;
    private final CalculDesDroits calcul;
    private final Situations situations;
    private final JdbcClient jdbc;
    private final int tailleDesLots;

    MesureDeLaPaie(PaiementMensuel paie, CalculDesDroits calcul, Situations situations, JdbcClient jdbc,
            @Value("${caisse.famille.paie.taille-des-lots:2000}") int tailleDesLots) {
        this.paie = paie;
        this.calcul = calcul;
        this.situations = situations;
        this.jdbc = jdbc;
        this.tailleDesLots = tailleDesLots;
    }

    public PaiementMensuel.Bilan payer(YearMonth mois) {
        return paie.payer(mois);
    }

    public int tailleDesLots() {
        return tailleDesLots;
    }

    /**
     * Charge les situations de tous les dossiers ouverts, puis mesure le calcul par foyer de toutes les prestations
     * servies, celui de la paie mensuelle (meilleur passage), et la part de chaque prestation (meilleur passage aussi).
     */
    @Transactional(readOnly = true)
    public CalculSeul calculSeul(YearMonth mois, int passages) {
        var debut = System.nanoTime();
        var toutes = new ArrayList<SituationDuFoyer>();
        var ids = jdbc.sql("select foyer_id from famille.dossier where statut = 'OUVERT' order by foyer_id").query(UUID.class).list();
        for (int i = 0; i < ids.size(); i += tailleDesLots) {
            var lot = ids.subList(i, Math.min(ids.size(), i + tailleDesLots)).stream().map(FoyerId::new).toList();
            toutes.addAll(situations.situationsDesFoyers(lot).values());
        }
        double chargement = (System.nanoTime() - debut) / 1e9;
        long meilleur = Long.MAX_VALUE;
        long controle = 0;
        for (int passage = 0; passage < Math.max(1, passages); passage++) {
            var t0 = System.nanoTime();
            for (var situation : toutes) {
                for (var droit : calcul.droitsSansSuspension(situation, mois)) {
                    controle += droit.net().enCentimes();
                }
            }
            meilleur = Math.min(meilleur, System.nanoTime() - t0);
        }
        var parPrestation = new EnumMap<Prestation, ParPrestation>(Prestation.class);
        for (var prestation : calcul.prestationsServies()) {
            long meilleurDeLaPrestation = Long.MAX_VALUE;
            long ouverts = 0;
            for (int passage = 0; passage < Math.max(1, passages); passage++) {
                ouverts = 0;
                var t0 = System.nanoTime();
                for (var situation : toutes) {
                    var droit = calcul.droitSansSuspension(prestation, situation, mois);
                    controle += droit.net().enCentimes();
                    if (droit.estOuvert()) {
                        ouverts++;
                    }
                }
                meilleurDeLaPrestation = Math.min(meilleurDeLaPrestation, System.nanoTime() - t0);
            }
            parPrestation.put(prestation, new ParPrestation(toutes.isEmpty() ? 0 : meilleurDeLaPrestation / 1e3 / toutes.size(), ouverts));
        }
        if (controle < 0) {
            throw new IllegalStateException("total négatif");
        }
        return new CalculSeul(toutes.size(), toutes.isEmpty() ? 0 : meilleur / 1e3 / toutes.size(), chargement, parPrestation);
    }
}
