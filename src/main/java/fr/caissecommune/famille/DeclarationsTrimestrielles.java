package fr.caissecommune.famille;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.modulith.moments.MonthHasPassed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Les déclarations trimestrielles de ressources (DTR) du RSA (CASF art. R262-37) et de la prime d'activité : à chaque
 * trimestre de droit, une déclaration est attendue de chaque foyer qui perçoit l'une de ces prestations. Reçue, ses
 * ressources mois par mois entrent au référentiel (faits datés, qui font réexaminer les droits) ; non reçue à la date
 * limite — fin du premier mois du trimestre —, le versement des prestations à déclaration trimestrielle est suspendu
 * à compter de ce mois, puis repris à la réception : les mois suspendus sont alors réexaminés et versés en rappel.
 * Les trimestres sont civils (janvier, avril, juillet, octobre).
 */
@Service
@Transactional
public class DeclarationsTrimestrielles {

    static final String ORIGINE = "déclaration trimestrielle";
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final Suspensions suspensions;
    private final Situations situations;
    private final ReexamenDesDroits reexamen;
    private final ApplicationEventPublisher evenements;

    DeclarationsTrimestrielles(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, Suspensions suspensions,
            Situations situations, ReexamenDesDroits reexamen, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.template = template;
        this.suspensions = suspensions;
        this.situations = situations;
        this.reexamen = reexamen;
        this.evenements = evenements;
    }

    /** La date limite de la déclaration d'un trimestre : le dernier jour du premier mois du trimestre de droit. */
    public static LocalDate dateLimite(YearMonth trimestre) {
        return trimestre.atEndOfMonth();
    }

    /**
     * Ouvre les déclarations attendues pour un trimestre : chaque foyer qui a un droit à une prestation à déclaration
     * trimestrielle le mois qui précède. Sans effet pour les déclarations déjà ouvertes. Rend le nombre d'ouvertures.
     */
    public int ouvrir(YearMonth trimestre) {
        exigerUnTrimestre(trimestre);
        var prestations = java.util.Arrays.stream(Prestation.values()).filter(Prestation::aDeclarationTrimestrielle).map(Enum::name).toList();
        return jdbc.sql("""
                insert into famille.declaration_trimestrielle (foyer_id, trimestre, statut, date_limite, cree_le)
                select distinct d.foyer_id, :trimestre, 'ATTENDUE', :limite, :maintenant from famille.droit_mensuel d
                where d.mois = :moisPrecedent and d.prestation in (:prestations) and d.montant_net > 0
                  and not exists (select 1 from famille.declaration_trimestrielle t where t.foyer_id = d.foyer_id and t.trimestre = :trimestre)""")
                .param("trimestre", Date.valueOf(trimestre.atDay(1))).param("limite", Date.valueOf(dateLimite(trimestre)))
                .param("maintenant", Timestamp.valueOf(LocalDateTime.now())).param("moisPrecedent", Date.valueOf(trimestre.minusMonths(1).atDay(1)))
                .param("prestations", prestations).update();
    }

    /** Attend la déclaration d'un foyer pour un trimestre (demande accordée en cours de trimestre, reprise). */
    public void attendre(FoyerId foyer, YearMonth trimestre) {
        exigerUnTrimestre(trimestre);
        jdbc.sql("""
                insert into famille.declaration_trimestrielle (foyer_id, trimestre, statut, date_limite, cree_le)
                select :foyer, :trimestre, 'ATTENDUE', :limite, :maintenant where not exists
                  (select 1 from famille.declaration_trimestrielle where foyer_id = :foyer and trimestre = :trimestre)""")
                .param("foyer", foyer.valeur()).param("trimestre", Date.valueOf(trimestre.atDay(1)))
                .param("limite", Date.valueOf(dateLimite(trimestre))).param("maintenant", Timestamp.valueOf(LocalDateTime.now())).update();
    }

    /**
     * Enregistre la déclaration reçue : les ressources de chaque membre pour chacun des trois mois du trimestre de
     * référence entrent au référentiel ; si la déclaration était en retard, la suspension est levée et les mois
     * suspendus sont réexaminés (rappel).
     */
    public DeclarationTrimestrielle recevoir(FoyerId foyer, YearMonth trimestre, List<Fait.RessourcesDeclarees> ressources, Source canal,
            LocalDate le) {
        var declaration = find(foyer, trimestre).orElseThrow(() -> new ChampInvalide("trimestre",
                "Aucune déclaration trimestrielle n'est attendue de ce foyer pour le trimestre " + trimestre));
        if (declaration.statut() == DeclarationTrimestrielle.Statut.RECUE) {
            throw new ChampInvalide("trimestre", "La déclaration du trimestre " + trimestre + " a déjà été reçue le "
                    + declaration.recueLe().format(JOUR) + " : une modification passe par une correction des ressources");
        }
        if (le.isAfter(LocalDate.now())) {
            throw new ChampInvalide("recueLe", "Date de réception invalide : " + le.format(JOUR) + " est dans le futur");
        }
        var moisDeclares = java.util.stream.Stream.iterate(declaration.premierMoisDeclare(), m -> m.plusMonths(1)).limit(3).toList();
        for (var r : ressources) {
            if (!moisDeclares.contains(r.mois())) {
                throw new ChampInvalide("mois", "Mois déclaré invalide : " + r.mois() + " (la déclaration du trimestre " + trimestre
                        + " porte sur " + moisDeclares.getFirst() + " à " + moisDeclares.getLast() + ")");
            }
        }
        if (moisDeclares.stream().anyMatch(m -> ressources.stream().noneMatch(r -> r.mois().equals(m)))) {
            throw new ChampInvalide("ressources", "Déclaration incomplète : les ressources de chacun des trois mois (" + moisDeclares.getFirst()
                    + ", " + moisDeclares.get(1) + ", " + moisDeclares.getLast() + ") sont attendues, nulles le cas échéant");
        }
        for (var r : ressources) {
            situations.enregistrer(r.membre(), foyer, r, r.mois().atDay(1), canal, "Déclaration trimestrielle de ressources");
        }
        jdbc.sql("update famille.declaration_trimestrielle set statut = 'RECUE', recue_le = ?, canal = ? where foyer_id = ? and trimestre = ?")
                .params(Date.valueOf(le), canal.name(), foyer.valeur(), Date.valueOf(trimestre.atDay(1))).update();
        boolean enRetard = declaration.statut() == DeclarationTrimestrielle.Statut.EN_RETARD;
        if (enRetard) {
            YearMonth depuis = null;
            for (var prestation : Prestation.values()) {
                if (prestation.aDeclarationTrimestrielle()) {
                    var levee = suspensions.lever(foyer, prestation, ORIGINE, trimestre);
                    if (levee.isPresent() && (depuis == null || levee.get().depuis().isBefore(depuis))) {
                        depuis = levee.get().depuis();
                    }
                }
            }
            if (depuis != null) {
                reexamen.reexaminer(foyer, depuis, "Reprise du versement : déclaration trimestrielle du trimestre " + trimestre
                        + " reçue le " + le.format(JOUR), null, false);
            }
        }
        evenements.publishEvent(new DeclarationTrimestrielleRecue(foyer, trimestre, le, enRetard));
        return find(foyer, trimestre).orElseThrow();
    }

    /**
     * Constate les déclarations non reçues à leur date limite : chacune passe en retard et suspend, à compter du
     * premier mois de son trimestre, le versement des prestations à déclaration trimestrielle. Rend leur nombre.
     */
    public int constaterLesRetards(LocalDate aujourdhui) {
        var enRetard = jdbc.sql("select * from famille.declaration_trimestrielle where statut = 'ATTENDUE' and date_limite < ?")
                .param(Date.valueOf(aujourdhui)).query((rs, i) -> lire(rs)).list();
        for (var d : enRetard) {
            jdbc.sql("update famille.declaration_trimestrielle set statut = 'EN_RETARD', suspendue_le = ? where foyer_id = ? and trimestre = ?")
                    .params(Date.valueOf(aujourdhui), d.foyer().valeur(), Date.valueOf(d.trimestre().atDay(1))).update();
            for (var prestation : Prestation.values()) {
                if (prestation.aDeclarationTrimestrielle()) {
                    suspensions.suspendre(d.foyer(), prestation, d.trimestre(), "déclaration trimestrielle de ressources du trimestre "
                            + d.trimestre() + " non reçue à la date limite du " + d.dateLimite().format(JOUR), ORIGINE);
                }
            }
            evenements.publishEvent(new DeclarationTrimestrielleEnRetard(d.foyer(), d.trimestre(), d.dateLimite()));
        }
        return enRetard.size();
    }

    /**
     * Reprend en masse les déclarations d'un trimestre (département simulé, migration) : chaque foyer attendu, reçu à
     * la date donnée s'il l'a été ; les déclarations non reçues restent attendues (et passeront en retard à leur date
     * limite). Les ressources déclarées ne sont pas reprises au référentiel. Rend le nombre de déclarations.
     */
    public int reprendreEnMasse(YearMonth trimestre, Collection<FoyerId> attendues, Map<FoyerId, LocalDate> recues, Source canal) {
        exigerUnTrimestre(trimestre);
        var maintenant = Timestamp.valueOf(LocalDateTime.now());
        var lignes = attendues.stream().map(f -> new Object[] { f.valeur(), Date.valueOf(trimestre.atDay(1)),
                recues.containsKey(f) ? "RECUE" : "ATTENDUE", Date.valueOf(dateLimite(trimestre)),
                recues.containsKey(f) ? Date.valueOf(recues.get(f)) : null, recues.containsKey(f) ? canal.name() : null, maintenant }).toList();
        template.batchUpdate("""
                insert into famille.declaration_trimestrielle (foyer_id, trimestre, statut, date_limite, recue_le, canal, cree_le)
                values (?, ?, ?, ?, ?, ?, ?)""", lignes);
        recues.forEach((foyer, le) -> evenements.publishEvent(new DeclarationTrimestrielleRecue(foyer, trimestre, le,
                le.isAfter(dateLimite(trimestre)))));
        return lignes.size();
    }

    /** Chaque jour : les déclarations échues deviennent en retard. */
    @EventListener
    void surJourPasse(DayHasPassed jour) {
        constaterLesRetards(jour.getDate().plusDays(1));
    }

    /** À la fin du dernier mois d'un trimestre : les déclarations du trimestre qui commence sont attendues. */
    @EventListener
    void surMoisPasse(MonthHasPassed mois) {
        var suivant = mois.getMonth().plusMonths(1);
        if (DeclarationTrimestrielle.trimestreDe(suivant).equals(suivant)) {
            ouvrir(suivant);
        }
    }

    @Transactional(readOnly = true)
    public java.util.Optional<DeclarationTrimestrielle> find(FoyerId foyer, YearMonth trimestre) {
        return jdbc.sql("select * from famille.declaration_trimestrielle where foyer_id = ? and trimestre = ?")
                .params(foyer.valeur(), Date.valueOf(trimestre.atDay(1))).query((rs, i) -> lire(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<DeclarationTrimestrielle> duFoyer(FoyerId foyer) {
        return jdbc.sql("select * from famille.declaration_trimestrielle where foyer_id = ? order by trimestre desc").param(foyer.valeur())
                .query((rs, i) -> lire(rs)).list();
    }

    /** Le nombre de déclarations par statut pour un trimestre. */
    @Transactional(readOnly = true)
    public Map<DeclarationTrimestrielle.Statut, Long> bilan(YearMonth trimestre) {
        var bilan = new java.util.EnumMap<DeclarationTrimestrielle.Statut, Long>(DeclarationTrimestrielle.Statut.class);
        jdbc.sql("select statut, count(*) as n from famille.declaration_trimestrielle where trimestre = ? group by statut")
                .param(Date.valueOf(trimestre.atDay(1)))
                .query(rs -> {
                    bilan.put(DeclarationTrimestrielle.Statut.valueOf(rs.getString("statut")), rs.getLong("n"));
                });
        return bilan;
    }

    private static void exigerUnTrimestre(YearMonth trimestre) {
        if (!DeclarationTrimestrielle.trimestreDe(trimestre).equals(trimestre)) {
            throw new ChampInvalide("trimestre", "Trimestre invalide : " + trimestre + " n'est pas le premier mois d'un trimestre civil");
        }
    }

    private static DeclarationTrimestrielle lire(java.sql.ResultSet rs) throws java.sql.SQLException {
        var canal = rs.getString("canal");
        return new DeclarationTrimestrielle(new FoyerId(rs.getObject("foyer_id", UUID.class)),
                YearMonth.from(rs.getObject("trimestre", LocalDate.class)), DeclarationTrimestrielle.Statut.valueOf(rs.getString("statut")),
                rs.getObject("date_limite", LocalDate.class), rs.getObject("recue_le", LocalDate.class), canal == null ? null : Source.valueOf(canal),
                rs.getObject("suspendue_le", LocalDate.class));
    }
}
