package fr.caissecommune.sante;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.Comptabilite;
import fr.caissecommune.finances.Ecriture;
import fr.caissecommune.finances.Journal;
import fr.caissecommune.finances.LigneEcriture;
import fr.caissecommune.finances.OrdreDePaiement;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.finances.PlanComptable;

/**
 * La mise en paiement des décomptes : un ordre de paiement par payé et par jour (l'assuré, ou le professionnel
 * en tiers payant), regroupant tous ses décomptes payés et non encore réglés liquidés jusqu'à ce jour. Les ordres
 * vont aux finances ({@link Paiements#ordonnancer}, idempotent sur la référence), l'écriture de liquidation est
 * passée (charge des soins au débit, comptes de tiers des assurés et des professionnels au crédit), chaque décompte réglé porte la référence de son ordre ; le tout dans une transaction : une relance
 * après une interruption ne paie rien deux fois. Un payé sans coordonnées bancaires reste en attente, compté.
 */
@Service
public class RemboursementsDesSoins {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int PAQUET = 10_000;

    /** Le bilan d'une mise en paiement. */
    public record Bilan(LocalDate jour, int ordres, int decomptes, Montant total, int payesSansCoordonneesBancaires, int dejaConnus) {
    }

    private final JdbcClient jdbc;
    private final Paiements paiements;
    private final Comptabilite comptabilite;
    private final ApplicationEventPublisher evenements;

    RemboursementsDesSoins(JdbcClient jdbc, Paiements paiements, Comptabilite comptabilite, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.paiements = paiements;
        this.comptabilite = comptabilite;
        this.evenements = evenements;
    }

    /** La référence de l'ordre d'un payé pour un jour : {@code S-20250630-A<nir>} ou {@code S-20250630-P<rpps>}. */
    static String reference(LocalDate jour, String payeur, String identifiant) {
        return "S-" + JOUR.format(jour) + "-" + ("PS".equals(payeur) ? "P" : "A") + identifiant;
    }

    private static final String A_PAYER = """
            from sante.decompte d
            where d.statut = 'PAYE' and d.paiement is null and d.montant_paye > 0 and d.date_liquidation <= :jour
            """;
    private static final String TIERS = "(case when d.payeur = 'PS' then 'PS:' || d.executant_rpps else 'ASSURE:' || d.nir end)";

    private record APayer(String payeur, String identifiant, int decomptes, Montant montant, @Nullable String titulaire,
            @Nullable String iban, @Nullable String bic) {
    }

    /**
     * Met en paiement les décomptes liquidés jusqu'au jour donné : un ordre par payé, exécuté ce jour.
     */
    @Transactional
    public Bilan ordonnancer(LocalDate jour) {
        var payes = jdbc.sql("""
                select d.payeur, case when d.payeur = 'PS' then d.executant_rpps else d.nir end as identifiant,
                       count(*) as decomptes, sum(d.montant_paye) as montant, c.titulaire, c.iban, c.bic
                """ + A_PAYER.replace("from sante.decompte d", "from sante.decompte d left join sante.compte_de_paiement c on c.tiers = " + TIERS) + """
                group by d.payeur, case when d.payeur = 'PS' then d.executant_rpps else d.nir end, c.titulaire, c.iban, c.bic
                """).param("jour", jour)
                .query((rs, n) -> new APayer(rs.getString(1), rs.getString(2), rs.getInt(3), Montant.euros(rs.getBigDecimal(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        var ordres = new ArrayList<OrdreDePaiement>(payes.size());
        int sansCompte = 0, decomptes = 0;
        Montant assures = Montant.ZERO, professionnels = Montant.ZERO;
        for (var p : payes) {
            if (p.iban() == null || p.titulaire() == null) {
                sansCompte++;
                continue;
            }
            boolean ps = "PS".equals(p.payeur());
            var libelle = "Remboursement de soins, assurance maladie : " + p.decomptes() + " décompte(s) liquidé(s) au " + jour;
            ordres.add(new OrdreDePaiement("sante", reference(jour, p.payeur(), p.identifiant()), (ps ? "PS:" : "ASSURE:") + p.identifiant(),
                    p.titulaire(), Iban.of(p.iban()), p.bic() == null ? null : Bic.of(p.bic()), p.montant(), jour, libelle,
                    ps ? PlanComptable.PROFESSIONNELS_DE_SANTE_A_PAYER : PlanComptable.ASSURES_PRESTATIONS_A_PAYER));
            decomptes += p.decomptes();
            if (ps) {
                professionnels = professionnels.plus(p.montant());
            } else {
                assures = assures.plus(p.montant());
            }
        }
        var delais = delaisDeRemboursement(jour);
        int dejaConnus = 0;
        var total = Montant.ZERO;
        for (int debut = 0; debut < ordres.size(); debut += PAQUET) {
            var r = paiements.ordonnancer(ordres.subList(debut, Math.min(ordres.size(), debut + PAQUET)));
            dejaConnus += r.dejaConnus();
            total = total.plus(r.total());
        }
        if (!ordres.isEmpty()) {
            jdbc.sql("update sante.decompte d set paiement = 'S-' || :cle || '-' || (case when d.payeur = 'PS' then 'P' || d.executant_rpps else 'A' || d.nir end) "
                    + A_PAYER.substring(A_PAYER.indexOf("where")) + " and exists (select 1 from sante.compte_de_paiement c where c.tiers = " + TIERS + ")")
                    .param("cle", JOUR.format(jour)).param("jour", jour).update();
            var lignes = new ArrayList<LigneEcriture>();
            lignes.add(LigneEcriture.debit(PlanComptable.SOINS_DE_VILLE, assures.plus(professionnels)));
            if (assures.estPositif()) {
                lignes.add(LigneEcriture.credit(PlanComptable.ASSURES_PRESTATIONS_A_PAYER, assures));
            }
            if (professionnels.estPositif()) {
                lignes.add(LigneEcriture.credit(PlanComptable.PROFESSIONNELS_DE_SANTE_A_PAYER, professionnels));
            }
            comptabilite.passer(new Ecriture(Journal.PRESTATIONS, jour, "Remboursements de soins liquidés au " + jour, "S-" + JOUR.format(jour),
                    lignes));
        }
        evenements.publishEvent(new RemboursementsOrdonnances(jour, ordres.size(), decomptes, assures.plus(professionnels), sansCompte, delais));
        return new Bilan(jour, ordres.size() - dejaConnus, decomptes, total, sansCompte, dejaConnus);
    }

    /** Les délais de remboursement (de la réception à la mise en paiement) par flux, des décomptes mis en paiement ce jour. */
    private java.util.Map<String, DelaisObserves> delaisDeRemboursement(LocalDate jour) {
        var delais = new HashMap<String, DelaisObserves>();
        jdbc.sql("select d.flux, d.date_reception, count(*) " + A_PAYER + " and exists (select 1 from sante.compte_de_paiement c where c.tiers = " + TIERS
                + ") group by d.flux, d.date_reception").param("jour", jour)
                .query((rs, n) -> {
                    long jours = ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), jour);
                    int nombre = rs.getInt(3);
                    return delais.merge(rs.getString(1), DelaisObserves.de(nombre, jours), DelaisObserves::plus);
                }).list();
        return delais;
    }

    /** Un décompte enregistré tel qu'il s'explique : son statut, le montant payé, à qui, par quel ordre, et son explication. */
    public record DecompteExplique(String feuille, String statut, Montant montantPaye, String payeur, @Nullable String paiement, LocalDate liquideLe,
            String explication) {
    }

    /** Les décomptes enregistrés d'une feuille (un par envoi), du plus récent au plus ancien, avec leur explication. */
    @Transactional(readOnly = true)
    public List<DecompteExplique> decomptes(String feuille) {
        return jdbc.sql("""
                select feuille, statut, montant_paye, payeur, paiement, date_liquidation, explication from sante.decompte where feuille = ?
                order by liquide_le desc
                """).param(feuille)
                .query((rs, n) -> new DecompteExplique(rs.getString(1), rs.getString(2), Montant.euros(rs.getBigDecimal(3)), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    /** Les décomptes réglés par un ordre, pour les retours aux professionnels et la vue du payé. */
    @Transactional(readOnly = true)
    public List<String> feuillesReglees(String reference) {
        return jdbc.sql("select feuille from sante.decompte where paiement = ? order by feuille").param(reference).query(String.class).list();
    }
}
