package fr.caissecommune.famille;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.Creance;
import fr.caissecommune.finances.Creances;
import fr.caissecommune.finances.ModeDeRecouvrement;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.JournalDAudit;

/**
 * Le recouvrement des indus autrement que par la retenue de la paie : plan de remboursement accordé à l'allocataire
 * (la retenue est alors suspendue tant qu'il est respecté), règlements reçus, et remise de dette décidée par la
 * Commission de recours amiable ({@link #appliquer(DecisionDeRemise)}, point d'entrée du futur module des recours).
 */
@Service
@Transactional
public class RecouvrementDesIndus {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Creances creances;
    private final JournalDAudit journal;

    RecouvrementDesIndus(JdbcClient jdbc, Creances creances, JournalDAudit journal) {
        this.jdbc = jdbc;
        this.creances = creances;
        this.journal = journal;
    }

    /**
     * Accorde un plan de remboursement de tout ce que le foyer doit, en {@code nombreDEcheances} mensualités égales
     * (la dernière ajustée au centime), la première à {@code premiereEcheance}. Un seul plan en cours par foyer.
     */
    public PlanDeRemboursement accorderUnPlan(FoyerId foyer, int nombreDEcheances, LocalDate premiereEcheance, LocalDate le) {
        var tiers = PaiementMensuel.tiers(foyer);
        var du = creances.resteDu(tiers);
        if (!du.estPositif()) {
            throw new ChampInvalide("foyer", "Aucun indu restant dû par ce foyer : pas de plan de remboursement");
        }
        if (nombreDEcheances < 1 || nombreDEcheances > 60) {
            throw new ChampInvalide("nombreDEcheances", "Nombre de mensualités invalide : de 1 à 60, " + nombreDEcheances + " reçu");
        }
        if (premiereEcheance.isBefore(le)) {
            throw new ChampInvalide("premiereEcheance", "Première échéance invalide : " + premiereEcheance.format(JOUR)
                    + " précède l'accord du plan");
        }
        if (enCours(foyer).isPresent()) {
            throw new ChampInvalide("foyer", "Un plan de remboursement est déjà en cours pour ce foyer");
        }
        var mensualite = Montant.euros(du.valeur().divide(BigDecimal.valueOf(nombreDEcheances), 2, RoundingMode.DOWN));
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into famille.plan_de_remboursement (id, foyer_id, montant_total, mensualite, premiere_echeance, nombre_d_echeances,
                    statut, accorde_le, accorde_par) values (?, ?, ?, ?, ?, ?, 'EN_COURS', ?, ?)""")
                .params(id, foyer.valeur(), du.valeur(), mensualite.valeur(), Date.valueOf(premiereEcheance), nombreDEcheances,
                        Date.valueOf(le), AgentConnecte.courant().identifiant())
                .update();
        var reste = du;
        for (int rang = 1; rang <= nombreDEcheances; rang++) {
            var montant = rang == nombreDEcheances ? reste : mensualite;
            reste = reste.moins(montant);
            jdbc.sql("insert into famille.echeance_de_plan (plan_id, rang, echeance, montant, paye) values (?, ?, ?, ?, 0)")
                    .params(id, rang, Date.valueOf(premiereEcheance.plusMonths(rang - 1L)), montant.valeur()).update();
        }
        journal.consigner(JournalDAudit.Action.ECRITURE, null, "Plan de remboursement de " + du.enFrancais() + " en " + nombreDEcheances
                + " mensualités, foyer " + foyer, "Recouvrement d'indu");
        return enCours(foyer).orElseThrow();
    }

    /**
     * Enregistre un règlement de l'allocataire : il est encaissé sur ses créances, de la plus ancienne à la plus
     * récente, et imputé sur les mensualités du plan en cours ; le plan soldé est clos.
     */
    public Montant encaisserUnReglement(FoyerId foyer, Montant montant, LocalDate le, ModeDeRecouvrement mode) {
        if (!montant.estPositif()) {
            throw new ChampInvalide("montant", "Règlement invalide : le montant doit être positif");
        }
        var du = creances.resteDu(PaiementMensuel.tiers(foyer));
        if (montant.compareTo(du) > 0) {
            throw new ChampInvalide("montant", "Règlement de " + montant.enFrancais() + " supérieur au reste dû (" + du.enFrancais() + ")");
        }
        var disponible = montant;
        for (Creance creance : creances.ouvertes(PaiementMensuel.tiers(foyer))) {
            if (!disponible.estPositif()) {
                break;
            }
            var part = creance.resteDu().min(disponible);
            creances.encaisser(creance.id(), part, le, mode);
            disponible = disponible.moins(part);
        }
        enCours(foyer).ifPresent(plan -> imputer(plan, montant, le));
        return montant;
    }

    private void imputer(PlanDeRemboursement plan, Montant montant, LocalDate le) {
        var disponible = montant;
        for (var e : plan.echeances()) {
            if (!disponible.estPositif()) {
                break;
            }
            if (e.estPayee()) {
                continue;
            }
            var part = e.montant().moins(e.paye()).min(disponible);
            jdbc.sql("update famille.echeance_de_plan set paye = paye + ?, paye_le = ? where plan_id = ? and rang = ?")
                    .params(part.valeur(), Date.valueOf(le), plan.id(), e.rang()).update();
            disponible = disponible.moins(part);
        }
        if (!creances.resteDu(PaiementMensuel.tiers(plan.foyer())).estPositif() || !enCours(plan.foyer()).orElseThrow().restantDu().estPositif()) {
            clore(plan.id(), PlanDeRemboursement.Statut.SOLDE, le);
        }
    }

    /** Dénonce les plans dont une mensualité reste impayée plus d'un mois après son échéance : la retenue reprend. */
    public int denoncerLesPlansNonRespectes(LocalDate aujourdhui) {
        var ids = jdbc.sql("""
                select distinct p.id from famille.plan_de_remboursement p join famille.echeance_de_plan e on e.plan_id = p.id
                where p.statut = 'EN_COURS' and e.paye < e.montant and e.echeance < ?""")
                .param(Date.valueOf(aujourdhui.minusMonths(1))).query(UUID.class).list();
        ids.forEach(id -> clore(id, PlanDeRemboursement.Statut.DENONCE, aujourdhui));
        return ids.size();
    }

    @EventListener
    void surJourPasse(DayHasPassed jour) {
        denoncerLesPlansNonRespectes(jour.getDate().plusDays(1));
    }

    /**
     * Applique la remise de dette décidée par la Commission de recours amiable sur un indu : la créance est apurée du
     * montant remis (écriture de remise aux finances).
     */
    public Creance appliquer(DecisionDeRemise decision) {
        var regularisation = jdbc.sql("select foyer_id from famille.regularisation where reference = ? and nature = 'INDU'")
                .param(decision.referenceDeLIndu()).query(UUID.class).optional()
                .orElseThrow(() -> new ChampInvalide("referenceDeLIndu", "Indu inconnu : « " + decision.referenceDeLIndu() + " »"));
        var creance = creances.ouvertes(PaiementMensuel.tiers(new FoyerId(regularisation))).stream()
                .filter(c -> c.reference().equals(decision.referenceDeLIndu())).findFirst()
                .orElseThrow(() -> new ChampInvalide("referenceDeLIndu", "L'indu « " + decision.referenceDeLIndu()
                        + " » est déjà soldé : rien à remettre"));
        if (decision.montant().compareTo(creance.resteDu()) > 0) {
            throw new ChampInvalide("montant", "Remise de " + decision.montant().enFrancais() + " supérieure au reste dû ("
                    + creance.resteDu().enFrancais() + ")");
        }
        return creances.remettre(creance.id(), decision.montant(), decision.motivation(),
                "Commission de recours amiable, séance du " + decision.seance().format(JOUR));
    }

    private void clore(UUID plan, PlanDeRemboursement.Statut statut, LocalDate le) {
        jdbc.sql("update famille.plan_de_remboursement set statut = ?, cloture_le = ? where id = ?")
                .params(statut.name(), Date.valueOf(le), plan).update();
    }

    @Transactional(readOnly = true)
    public Optional<PlanDeRemboursement> enCours(FoyerId foyer) {
        return plans(foyer).stream().filter(p -> p.statut() == PlanDeRemboursement.Statut.EN_COURS).findFirst();
    }

    @Transactional(readOnly = true)
    public List<PlanDeRemboursement> plans(FoyerId foyer) {
        var echeances = new HashMap<UUID, List<PlanDeRemboursement.Echeance>>();
        jdbc.sql("""
                select e.* from famille.echeance_de_plan e join famille.plan_de_remboursement p on p.id = e.plan_id
                where p.foyer_id = ? order by e.rang""").param(foyer.valeur())
                .query(rs -> {
                    echeances.computeIfAbsent(rs.getObject("plan_id", UUID.class), k -> new ArrayList<>()).add(new PlanDeRemboursement.Echeance(
                            rs.getInt("rang"), rs.getObject("echeance", LocalDate.class), Montant.euros(rs.getBigDecimal("montant")),
                            Montant.euros(rs.getBigDecimal("paye")), rs.getObject("paye_le", LocalDate.class)));
                });
        return jdbc.sql("select * from famille.plan_de_remboursement where foyer_id = ? order by accorde_le desc").param(foyer.valeur())
                .query((rs, i) -> new PlanDeRemboursement(rs.getObject("id", UUID.class), foyer, Montant.euros(rs.getBigDecimal("montant_total")),
                        Montant.euros(rs.getBigDecimal("mensualite")), rs.getObject("premiere_echeance", LocalDate.class),
                        rs.getInt("nombre_d_echeances"), PlanDeRemboursement.Statut.valueOf(rs.getString("statut")),
                        rs.getObject("accorde_le", LocalDate.class), rs.getString("accorde_par"), rs.getObject("cloture_le", LocalDate.class),
                        echeances.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** Parmi ces foyers, ceux dont un plan de remboursement en cours suspend la retenue : une requête par lot de paie. */
    @Transactional(readOnly = true)
    Set<UUID> sousPlanDeRemboursement(Collection<UUID> foyers) {
        if (foyers.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select foyer_id from famille.plan_de_remboursement where statut = 'EN_COURS' and foyer_id in (:foyers)")
                .param("foyers", foyers).query(UUID.class).list().stream().collect(Collectors.toSet());
    }
}
