package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Montant;
import fr.caissecommune.finances.Comptabilite;
import fr.caissecommune.finances.Ecriture;
import fr.caissecommune.finances.FichierSepa;
import fr.caissecommune.finances.Journal;
import fr.caissecommune.finances.LigneEcriture;
import fr.caissecommune.finances.Mandat;
import fr.caissecommune.finances.OrdreDePrelevement;
import fr.caissecommune.finances.PlanComptable;
import fr.caissecommune.finances.Prelevements;
import fr.caissecommune.finances.SchemaDePrelevement;
import fr.caissecommune.finances.SequenceDePrelevement;
import fr.caissecommune.recouvrement.calcul.EcheancierDApurement;
import fr.caissecommune.recouvrement.calcul.Imputation;
import fr.caissecommune.recouvrement.calcul.MajorationsDeRetard;
import fr.caissecommune.recouvrement.calcul.PenaliteDsnTardive;
import fr.caissecommune.recouvrement.calcul.RestesARecouvrer;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.socle.Agent;
import fr.caissecommune.socle.AgentConnecte;
import fr.caissecommune.socle.Role;

/**
 * Le compte cotisant, de la liquidation à l'encaissement : sommes dues par période et date d'exigibilité, prélèvements
 * SEPA sur mandat, paiements imputés sur les dettes les plus anciennes sauf désignation par le payeur, rejets de
 * prélèvement ; puis le recouvrement des impayés : majorations de retard (R243-16), pénalités de DSN tardive (R133-14),
 * mises en demeure (L244-2) et contraintes (L244-9), remises de majorations (R243-20), plans d'apurement (R243-21),
 * contrôles d'employeurs (L243-7), admissions en non-valeur par l'agent comptable ; restes à recouvrer par catégorie
 * et par exercice. Chaque mouvement passe son écriture au grand livre de la caisse et publie son événement.
 */
@Service
@Transactional
public class Recouvrements {

    private final JdbcClient jdbc;
    private final Cotisants cotisants;
    private final Parametres parametres;
    private final Comptabilite comptabilite;
    private final Prelevements prelevements;
    private final ApplicationEventPublisher evenements;

    Recouvrements(JdbcClient jdbc, Cotisants cotisants, Parametres parametres, Comptabilite comptabilite, Prelevements prelevements,
            ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.cotisants = cotisants;
        this.parametres = parametres;
        this.comptabilite = comptabilite;
        this.prelevements = prelevements;
        this.evenements = evenements;
    }

    // ------------------------------------------------------------------ liquidation

    /**
     * Liquide une DSN acceptée sur le compte de l'établissement (ouvert d'office s'il est inconnu) : le total du
     * bordereau Urssaf devient exigible le jour d'exigibilité du mois suivant ; une DSN « annule et remplace » remplace
     * le montant de la déclaration remplacée ; une DSN déposée après son échéance entraîne la pénalité de R133-14.
     */
    void liquiderDeclaration(UUID declaration, String siret, YearMonth mois, @Nullable Integer effectif, @Nullable BigDecimal total,
            int individus, LocalDate deposeeLe, LocalDate echeanceDsn, @Nullable UUID remplacee) {
        var cotisant = cotisants.parSiret(siret).orElseGet(() -> cotisants.immatriculer(new NouveauCotisant(
                CategorieDeCotisant.duSiren(siret.substring(0, 9)), "Établissement " + siret, siret, null, null, null, mois.atDay(1), effectif, null)));
        cotisants.majEffectif(cotisant.id(), effectif, deposeeLe);
        cotisant = cotisants.trouver(cotisant.id());
        var montant = total == null ? BigDecimal.ZERO.setScale(2) : total.setScale(2);
        if (remplacee != null) {
            var ancienne = jdbc.sql("select * from recouvrement.echeance where declaration_id = ? and nature = 'COTISATIONS'").param(remplacee)
                    .query(Recouvrements::echeance).optional();
            if (ancienne.isPresent()) {
                var a = ancienne.get();
                var ecart = montant.subtract(a.montant());
                jdbc.sql("update recouvrement.echeance set montant = ?, declaration_id = ?, libelle = ? where id = ?")
                        .params(montant, declaration, "Cotisations " + mois + " (DSN rectificative)", a.id()).update();
                if (ecart.signum() != 0) {
                    constaterEcriture(cotisant, NatureDEcheance.COTISATIONS, ecart, deposeeLe, "DSN rectificative " + mois, declaration.toString());
                    evenements.publishEvent(new EcheanceConstatee(cotisant.id(), cotisant.categorie(), cotisant.segment(), NatureDEcheance.COTISATIONS, mois.getYear(),
                            deposeeLe, ecart));
                }
                return;
            }
        }
        var exigible = mois.plusMonths(1).atDay(cotisant.jourExigibilite());
        constater(cotisant, NatureDEcheance.COTISATIONS, mois, exigible, "Cotisations " + mois + " (DSN)", montant, declaration, null, deposeeLe);
        if (deposeeLe.isAfter(echeanceDsn)) {
            var p = parametres.a(echeanceDsn);
            var dejaPlafonnee = jdbc.sql("""
                    select count(*) from recouvrement.echeance
                     where cotisant_id = ? and nature = 'PENALITE' and extract(year from exigible_le) = ?""")
                    .params(cotisant.id(), deposeeLe.getYear()).query(Integer.class).single() > 0;
            var penalite = PenaliteDsnTardive.montant(echeanceDsn, deposeeLe, individus, p.valeur("prelevements_sociaux/pss/plafond_mensuel"),
                    p.valeur("recouvrement/penalites/dsn_tardive/taux_pmss"), p.valeur("recouvrement/penalites/dsn_tardive/plafond_pmss"), !dejaPlafonnee);
            if (penalite.signum() > 0) {
                constater(cotisant, NatureDEcheance.PENALITE, mois, deposeeLe, "Pénalité DSN " + mois + " déposée le " + deposeeLe + " (échéance "
                        + echeanceDsn + ")", penalite, null, null, deposeeLe);
            }
        }
        reimputerLesCredits(cotisant.id());
    }

    /** Le taux AT/MP notifié à l'établissement (en %), s'il a un compte et un taux notifié. */
    @Transactional(readOnly = true)
    public @Nullable BigDecimal tauxAtNotifie(String siret) {
        return cotisants.parSiret(siret).map(Cotisant::tauxAt).orElse(null);
    }

    /**
     * Appelle une somme due sur un compte (cotisations d'un travailleur indépendant, d'un PAM, d'un particulier
     * employeur, d'un autre compte) exigible au jour d'exigibilité du mois suivant la période. Un appel répété (même
     * période, même libellé) rend l'échéance déjà appelée.
     */
    public Echeance appeler(UUID cotisantId, YearMonth periode, BigDecimal montant, String libelle) {
        var c = cotisants.trouver(cotisantId);
        if (montant.signum() <= 0) {
            throw new ChampInvalide("montant", "Le montant appelé doit être positif");
        }
        var deja = jdbc.sql("select * from recouvrement.echeance where cotisant_id = ? and periode = ? and nature = 'COTISATIONS' and libelle = ?")
                .params(cotisantId, Date.valueOf(periode.atDay(1)), tronque(libelle, 200)).query(Recouvrements::echeance).optional();
        if (deja.isPresent()) {
            return deja.get();
        }
        var exigible = periode.plusMonths(1).atDay(c.jourExigibilite());
        var id = constater(c, NatureDEcheance.COTISATIONS, periode, exigible, libelle, montant.setScale(2), null, null, periode.atEndOfMonth());
        reimputerLesCredits(cotisantId);
        return echeance(id);
    }

    private UUID constater(Cotisant c, NatureDEcheance nature, YearMonth periode, LocalDate exigible, String libelle, BigDecimal montant,
            @Nullable UUID declaration, @Nullable UUID origine, LocalDate le) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into recouvrement.echeance (id, cotisant_id, nature, periode, exigible_le, libelle, montant, paye, remis, non_valeur,
                    declaration_id, origine, cree_le)
                values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)""").params(id, c.id(), nature.name(), Date.valueOf(periode.atDay(1)),
                Date.valueOf(exigible), tronque(libelle, 200), montant, declaration, origine, Timestamp.valueOf(LocalDateTime.now())).update();
        if (montant.signum() > 0) {
            constaterEcriture(c, nature, montant, le, libelle, id.toString());
            evenements.publishEvent(new EcheanceConstatee(c.id(), c.categorie(), c.segment(), nature, periode.getYear(), le, montant));
        }
        return id;
    }

    private void constaterEcriture(Cotisant c, NatureDEcheance nature, BigDecimal montant, LocalDate le, String libelle, String piece) {
        var compteTiers = nature.principal() ? PlanComptable.COTISANTS : PlanComptable.COTISANTS_MAJORATIONS;
        var produit = !nature.principal() ? PlanComptable.MAJORATIONS_DE_RETARD
                : c.categorie().employeur() ? PlanComptable.COTISATIONS_PATRONALES : PlanComptable.COTISATIONS_TRAVAILLEURS_INDEPENDANTS;
        var m = Montant.euros(montant.abs());
        var lignes = montant.signum() > 0 ? List.of(LigneEcriture.debit(compteTiers, m, c.tiers()), LigneEcriture.credit(produit, m))
                : List.of(LigneEcriture.debit(produit, m), LigneEcriture.credit(compteTiers, m, c.tiers()));
        comptabilite.passer(new Ecriture(Journal.COTISATIONS, le, tronque(libelle + " — " + c.numero(), 200), tronque(piece, 100), lignes));
    }

    // ------------------------------------------------------------------ paiements

    /**
     * Encaisse un paiement reçu (virement, chèque) et l'impute : sur l'échéance désignée par le payeur s'il en désigne
     * une, puis sur les dettes échues les plus anciennes (Code civil art. 1342-10). Une référence déjà reçue n'est pas
     * encaissée deux fois.
     */
    public Paiement encaisser(UUID cotisantId, String mode, BigDecimal montant, LocalDate recuLe, String reference, @Nullable UUID designee) {
        var c = cotisants.trouver(cotisantId);
        if (montant.signum() <= 0) {
            throw new ChampInvalide("montant", "Le montant reçu doit être positif");
        }
        if (reference == null || reference.isBlank() || reference.length() > 35) {
            throw new ChampInvalide("reference", "La référence du paiement est obligatoire (35 caractères au plus)");
        }
        var existant = jdbc.sql("select * from recouvrement.paiement where reference = ?").param(reference).query(Recouvrements::paiement).optional();
        if (existant.isPresent()) {
            return existant.get();
        }
        if (designee != null) {
            var e = echeance(designee);
            if (!e.cotisant().equals(cotisantId)) {
                throw new ChampInvalide("echeance", "L'échéance désignée n'appartient pas au compte " + c.numero());
            }
        }
        var paiement = enregistrerPaiement(c, mode, montant.setScale(2), recuLe, reference, designee);
        var credits = imputerEtEcrire(c, paiement, designee, true);
        var lignes = new ArrayList<LigneEcriture>();
        lignes.add(LigneEcriture.debit(PlanComptable.BANQUE_ENCAISSEMENTS, Montant.euros(montant)));
        credits.forEach((compte, m) -> lignes.add(LigneEcriture.credit(compte, Montant.euros(m), c.tiers())));
        comptabilite.passer(new Ecriture(Journal.ENCAISSEMENTS, recuLe, "Paiement " + reference + " — " + c.numero(), reference, lignes));
        return paiement(paiement);
    }

    private UUID enregistrerPaiement(Cotisant c, String mode, BigDecimal montant, LocalDate recuLe, String reference, @Nullable UUID designee) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into recouvrement.paiement (id, cotisant_id, reference, mode, recu_le, montant, non_impute, statut, echeance_designee)
                values (?, ?, ?, ?, ?, ?, ?, 'ENCAISSE', ?)""").params(id, c.id(), reference, mode, Date.valueOf(recuLe), montant, montant, designee)
                .update();
        return id;
    }

    /** Impute la part non imputée d'un paiement ; rend le montant crédité par compte de tiers (4111 ou 4117). */
    private Map<String, BigDecimal> imputerEtEcrire(Cotisant c, UUID paiementId, @Nullable UUID designee, boolean nouveau) {
        var p = paiement(paiementId);
        var credits = new LinkedHashMap<String, BigDecimal>();
        var parExercice = new TreeMap<Integer, BigDecimal>();
        if (p.nonImpute().signum() > 0) {
            var ouvertes = ouvertes(c.id(), null);
            var parId = new HashMap<UUID, Echeance>();
            ouvertes.forEach(e -> parId.put(e.id(), e));
            var dettes = ouvertes.stream().map(e -> new Imputation.Dette(e.id(), e.exigibleLe(), e.nature().rang(), e.reste())).toList();
            var resultat = Imputation.imputer(p.nonImpute(), dettes, Optional.ofNullable(designee));
            for (var part : resultat.parts()) {
                jdbc.sql("update recouvrement.echeance set paye = paye + ? where id = ?").params(part.montant(), part.dette()).update();
                jdbc.sql("""
                        merge into recouvrement.imputation i using (select cast(? as uuid) p, cast(? as uuid) e, cast(? as numeric(15,2)) m) v
                        on i.paiement_id = v.p and i.echeance_id = v.e
                        when matched then update set montant = i.montant + v.m
                        when not matched then insert (paiement_id, echeance_id, montant) values (v.p, v.e, v.m)""")
                        .params(paiementId, part.dette(), part.montant()).update();
                var e = parId.get(part.dette());
                credits.merge(e.nature().principal() ? PlanComptable.COTISANTS : PlanComptable.COTISANTS_MAJORATIONS, part.montant(), BigDecimal::add);
                if (e.nature().principal()) {
                    parExercice.merge(e.periode().getYear(), part.montant(), BigDecimal::add);
                }
            }
            jdbc.sql("update recouvrement.paiement set non_impute = ? where id = ?").params(resultat.surplus(), paiementId).update();
            if (resultat.surplus().signum() > 0) {
                credits.merge(PlanComptable.COTISANTS, resultat.surplus(), BigDecimal::add);
            }
        }
        evenements.publishEvent(new PaiementImpute(c.id(), c.categorie(), c.segment(), p.mode(), p.recuLe(), nouveau ? p.montant() : BigDecimal.ZERO, parExercice));
        return credits;
    }

    /** Réimpute les paiements du compte restés au crédit sur les dettes ouvertes (après une nouvelle liquidation). */
    public void reimputerLesCredits(UUID cotisantId) {
        var c = cotisants.trouver(cotisantId);
        var enCredit = jdbc.sql("select id from recouvrement.paiement where cotisant_id = ? and statut = 'ENCAISSE' and non_impute > 0 order by recu_le")
                .param(cotisantId).query(UUID.class).list();
        for (var p : enCredit) {
            if (ouvertes(cotisantId, null).isEmpty()) {
                return;
            }
            var avant = imputeSurMajorations(p);
            imputerEtEcrire(c, p, null, false);
            var majorations = imputeSurMajorations(p).subtract(avant);
            {
                // Le crédit du compte 4111 est reporté sur les dettes : l'écriture ne déplace que la part des majorations.
                if (majorations.signum() > 0) {
                    var m = Montant.euros(majorations);
                    comptabilite.passer(new Ecriture(Journal.OPERATIONS_DIVERSES, LocalDate.now(), "Report de crédit sur majorations — " + c.numero(),
                            p.toString(), List.of(LigneEcriture.debit(PlanComptable.COTISANTS, m, c.tiers()),
                                    LigneEcriture.credit(PlanComptable.COTISANTS_MAJORATIONS, m, c.tiers()))));
                }
            }
        }
    }

    private BigDecimal imputeSurMajorations(UUID paiement) {
        return jdbc.sql("""
                select coalesce(sum(i.montant), 0) from recouvrement.imputation i join recouvrement.echeance e on e.id = i.echeance_id
                 where i.paiement_id = ? and e.nature in ('MAJORATION', 'PENALITE')""").param(paiement).query(BigDecimal.class).single();
    }

    /**
     * Émet les prélèvements SEPA des cotisations exigibles au {@code au} sur les comptes qui ont un mandat : un ordre par
     * échéance (référence {@code PRLV-<numéro>-<AAAAMM>}), le fichier pain.008 écrit et validé par finances. Les
     * prélèvements émis sont encaissés et imputés sur leur échéance ; un rejet ultérieur les annule. Relancer à la
     * même date ne prélève pas deux fois.
     */
    public Optional<FichierSepa> preleverLesEcheances(LocalDate au, String comptable) {
        var aPrelever = jdbc.sql("""
                select e.*, c.numero, c.nom, c.iban, c.bic, c.rum, c.mandat_signe_le from recouvrement.echeance e
                  join recouvrement.cotisant c on c.id = e.cotisant_id
                 where e.nature = 'COTISATIONS' and e.exigible_le = ? and c.mode_paiement = 'PRELEVEMENT' and c.rum is not null
                   and e.montant - e.paye - e.remis - e.non_valeur > 0
                   and not exists (select 1 from recouvrement.prelevement p where p.echeance_id = e.id and p.statut = 'EMIS')
                   and not exists (select 1 from recouvrement.plan pl where pl.cotisant_id = c.id and pl.statut = 'EN_COURS')
                 order by c.numero""").param(Date.valueOf(au)).query((rs, n) -> {
                    var e = echeance(rs, n);
                    var reference = "PRLV-" + rs.getString("numero") + "-" + e.periode().toString().replace("-", "");
                    return new Object[] { e, new OrdreDePrelevement("recouvrement", reference, "cotisant:" + rs.getString("numero"),
                            tronque(rs.getString("nom"), 140), Iban.of(rs.getString("iban")), rs.getString("bic") == null ? null : Bic.of(rs.getString("bic")),
                            Montant.euros(e.reste()), au, "Cotisations " + e.periode() + " compte " + rs.getString("numero"),
                            new Mandat(rs.getString("rum"), rs.getDate("mandat_signe_le").toLocalDate()), SchemaDePrelevement.CORE,
                            SequenceDePrelevement.RCUR, PlanComptable.COTISANTS) };
                }).list();
        if (aPrelever.isEmpty()) {
            return Optional.empty();
        }
        var ordres = aPrelever.stream().map(o -> (OrdreDePrelevement) o[1]).toList();
        var fichier = prelevements.transmettre(ordres, comptable);
        for (var o : aPrelever) {
            var e = (Echeance) o[0];
            var ordre = (OrdreDePrelevement) o[1];
            if (jdbc.sql("select count(*) from recouvrement.prelevement where reference = ?").param(ordre.reference()).query(Integer.class).single() > 0) {
                continue;
            }
            jdbc.sql("insert into recouvrement.prelevement (reference, echeance_id, cotisant_id, montant, date_echeance, fichier, statut) values (?, ?, ?, ?, ?, ?, 'EMIS')")
                    .params(ordre.reference(), e.id(), e.cotisant(), ordre.montant().valeur(), Date.valueOf(au), fichier.map(FichierSepa::msgId).orElse(null))
                    .update();
            var c = cotisants.trouver(e.cotisant());
            var p = enregistrerPaiement(c, "PRELEVEMENT", ordre.montant().valeur(), au, ordre.reference(), e.id());
            // L'écriture d'encaissement est passée par finances avec le fichier (débit 5122, crédit 4111).
            imputerEtEcrire(c, p, e.id(), true);
        }
        return fichier;
    }

    /**
     * Enregistre le rejet d'un prélèvement (retour de la banque, pain.002 / camt.054) : le paiement est annulé, les
     * imputations défaites, l'échéance redevient due (et pourra être majorée), l'écriture d'encaissement contrepassée.
     */
    public Paiement rejeterPrelevement(String reference, String motif, LocalDate le) {
        var prelevement = jdbc.sql("select cotisant_id, statut from recouvrement.prelevement where reference = ?").param(reference)
                .query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) }).optional()
                .orElseThrow(() -> new ChampInvalide("reference", "Aucun prélèvement émis sous la référence " + reference));
        var p = jdbc.sql("select * from recouvrement.paiement where reference = ?").param(reference).query(Recouvrements::paiement).single();
        if (!"EMIS".equals(prelevement[1])) {
            return p;
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif du rejet (code ISO, par exemple AM04 provision insuffisante) est obligatoire");
        }
        var c = cotisants.trouver((UUID) prelevement[0]);
        var parExercice = new TreeMap<Integer, BigDecimal>();
        var credits = new LinkedHashMap<String, BigDecimal>();
        var imputations = jdbc.sql("""
                select i.echeance_id, i.montant, e.nature, e.periode from recouvrement.imputation i join recouvrement.echeance e on e.id = i.echeance_id
                 where i.paiement_id = ?""").param(p.id()).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getBigDecimal(2),
                        NatureDEcheance.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate().getYear() }).list();
        for (var i : imputations) {
            var m = (BigDecimal) i[1];
            jdbc.sql("update recouvrement.echeance set paye = paye - ? where id = ?").params(m, i[0]).update();
            if (((NatureDEcheance) i[2]).principal()) {
                parExercice.merge((Integer) i[3], m.negate(), BigDecimal::add);
            }
            credits.merge(((NatureDEcheance) i[2]).principal() ? PlanComptable.COTISANTS : PlanComptable.COTISANTS_MAJORATIONS, m, BigDecimal::add);
        }
        if (p.nonImpute().signum() > 0) {
            credits.merge(PlanComptable.COTISANTS, p.nonImpute(), BigDecimal::add);
        }
        jdbc.sql("delete from recouvrement.imputation where paiement_id = ?").param(p.id()).update();
        jdbc.sql("update recouvrement.paiement set statut = 'REJETE', motif_rejet = ?, non_impute = 0 where id = ?").params(tronque(motif, 200), p.id()).update();
        jdbc.sql("update recouvrement.prelevement set statut = 'REJETE' where reference = ?").param(reference).update();
        var lignes = new ArrayList<LigneEcriture>();
        credits.forEach((compte, m) -> lignes.add(LigneEcriture.debit(compte, Montant.euros(m), c.tiers())));
        lignes.add(LigneEcriture.credit(PlanComptable.BANQUE_ENCAISSEMENTS, Montant.euros(p.montant())));
        comptabilite.passer(new Ecriture(Journal.ENCAISSEMENTS, le, "Rejet du prélèvement " + reference + " (" + tronque(motif, 60) + ")", reference, lignes));
        evenements.publishEvent(new PaiementImpute(c.id(), c.categorie(), c.segment(), "REJET_PRELEVEMENT", le, p.montant().negate(), parExercice));
        return paiement(p.id());
    }

    // ------------------------------------------------------------------ impayés

    /**
     * Constate les majorations de retard au {@code au} sur le principal resté impayé après son exigibilité : majoration
     * initiale une fois, puis complémentaire par mois entamé (R243-16). Relancé à la même date, il ne majore rien de
     * plus. Rend le nombre de majorations constatées.
     */
    public int majorer(LocalDate au) {
        var p = parametres.a(au);
        var tauxInitial = p.valeur("recouvrement/majorations/taux_initial");
        var tauxMensuel = p.valeur("recouvrement/majorations/taux_complementaire_mensuel");
        var impayes = jdbc.sql("""
                select e.*, e.majoree_jusqua as jusqua from recouvrement.echeance e
                 where e.nature in ('COTISATIONS', 'REDRESSEMENT') and e.exigible_le < ? and e.montant - e.paye - e.remis - e.non_valeur > 0
                   and (e.majoree_jusqua is null or e.majoree_jusqua < ?)
                 order by e.cotisant_id, e.exigible_le""").params(Date.valueOf(au), Date.valueOf(au))
                .query((rs, n) -> new Object[] { echeance(rs, n), Cotisants.date(rs, "jusqua") }).list();
        int n = 0;
        for (var ligne : impayes) {
            var e = (Echeance) ligne[0];
            var jusqua = (LocalDate) ligne[1];
            var montant = jusqua == null ? MajorationsDeRetard.initiale(e.reste(), tauxInitial).add(
                    MajorationsDeRetard.complementaire(e.reste(), e.exigibleLe(), e.exigibleLe(), au, tauxMensuel))
                    : MajorationsDeRetard.complementaire(e.reste(), e.exigibleLe(), jusqua, au, tauxMensuel);
            jdbc.sql("update recouvrement.echeance set majoree_jusqua = ? where id = ?").params(Date.valueOf(au), e.id()).update();
            if (montant.signum() > 0) {
                var c = cotisants.trouver(e.cotisant());
                var libelle = "Majorations de retard " + e.periode() + " au " + au + " (R243-16)";
                var existante = jdbc.sql("select id from recouvrement.echeance where origine = ? and nature = 'MAJORATION'").param(e.id())
                        .query(UUID.class).optional();
                if (existante.isPresent()) {
                    // Une seule ligne de majorations par dette : la majoration complémentaire du mois s'y ajoute.
                    jdbc.sql("update recouvrement.echeance set montant = montant + ?, libelle = ? where id = ?").params(montant, libelle, existante.get())
                            .update();
                    constaterEcriture(c, NatureDEcheance.MAJORATION, montant, au, libelle, existante.get().toString());
                    evenements.publishEvent(new EcheanceConstatee(c.id(), c.categorie(), c.segment(), NatureDEcheance.MAJORATION, e.periode().getYear(), au, montant));
                } else {
                    constater(c, NatureDEcheance.MAJORATION, e.periode(), au, libelle, montant, null, e.id(), au);
                }
                n++;
            }
        }
        return n;
    }

    /**
     * Adresse une mise en demeure (L244-2) à chaque cotisant qui a une dette échue au {@code au}, sans mise en demeure en
     * cours ni plan d'apurement : montant restant dû, délai d'un mois pour régulariser. Relancé à la même date (ou à une
     * date antérieure à un acte déjà émis), il n'émet rien de plus. Rend le nombre de mises en demeure.
     */
    public int mettreEnDemeure(LocalDate au) {
        var delai = parametres.a(au).entier("recouvrement/mise_en_demeure/delai");
        var debiteurs = jdbc.sql("""
                select e.cotisant_id, sum(e.montant - e.paye - e.remis - e.non_valeur) from recouvrement.echeance e
                 where e.exigible_le < ? and e.montant - e.paye - e.remis - e.non_valeur > 0
                   and not exists (select 1 from recouvrement.acte a where a.cotisant_id = e.cotisant_id and (a.statut = 'EN_COURS' or a.emis_le >= ?))
                   and not exists (select 1 from recouvrement.plan p where p.cotisant_id = e.cotisant_id and p.statut = 'EN_COURS')
                 group by e.cotisant_id""").params(Date.valueOf(au), Date.valueOf(au)).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getBigDecimal(2) })
                .list();
        for (var d : debiteurs) {
            jdbc.sql("insert into recouvrement.acte (id, cotisant_id, nature, emis_le, date_limite, montant, statut) values (?, ?, 'MISE_EN_DEMEURE', ?, ?, ?, 'EN_COURS')")
                    .params(UUID.randomUUID(), d[0], Date.valueOf(au), Date.valueOf(au.plusMonths(delai)), d[1]).update();
        }
        return debiteurs.size();
    }

    /**
     * Examine les mises en demeure dont le délai est expiré au {@code au} : la dette réglée (ou couverte par un plan)
     * clôt la mise en demeure ; sinon une contrainte est décernée (L244-9) pour le montant restant dû. Rend le nombre de
     * contraintes.
     */
    public int decernerLesContraintes(LocalDate au) {
        var echues = jdbc.sql("select * from recouvrement.acte where nature = 'MISE_EN_DEMEURE' and statut = 'EN_COURS' and date_limite < ?")
                .param(Date.valueOf(au)).query(Recouvrements::acte).list();
        int n = 0;
        for (var med : echues) {
            var reste = resteDu(med.cotisant(), med.emisLe());
            var plan = planEnCours(med.cotisant()).isPresent();
            if (reste.signum() <= 0 || plan) {
                jdbc.sql("update recouvrement.acte set statut = ? where id = ?").params(plan ? "SUSPENDUE" : "REGULARISEE", med.id()).update();
                continue;
            }
            jdbc.sql("update recouvrement.acte set statut = 'CONTRAINTE' where id = ?").param(med.id()).update();
            jdbc.sql("insert into recouvrement.acte (id, cotisant_id, nature, emis_le, montant, statut, precedent) values (?, ?, 'CONTRAINTE', ?, ?, 'DECERNEE', ?)")
                    .params(UUID.randomUUID(), med.cotisant(), Date.valueOf(au), reste, med.id()).update();
            n++;
        }
        return n;
    }

    /** Le reste dû d'un compte sur les dettes exigibles avant {@code au}. */
    public BigDecimal resteDu(UUID cotisant, LocalDate au) {
        return jdbc.sql("""
                select coalesce(sum(montant - paye - remis - non_valeur), 0) from recouvrement.echeance
                 where cotisant_id = ? and exigible_le < ?""").params(cotisant, Date.valueOf(au)).query(BigDecimal.class).single();
    }

    /**
     * Remet les majorations de retard et pénalités restant dues (R243-20) : la demande n'est recevable qu'après le
     * règlement de la totalité des cotisations (principal) ; décision du directeur, par délégation le gestionnaire.
     */
    public BigDecimal remettreLesMajorations(UUID cotisantId, String motif, LocalDate le) {
        var agent = AgentConnecte.courant();
        if (agent != Agent.SYSTEME && !agent.a(Role.GESTIONNAIRE_RECOUVREMENT) && !agent.a(Role.DIRECTION)) {
            throw new ChampInvalide("decideur", "La remise des majorations relève du directeur ou du gestionnaire de comptes cotisants");
        }
        var c = cotisants.trouver(cotisantId);
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif de la remise est obligatoire");
        }
        var principal = ouvertes(cotisantId, null).stream().filter(e -> e.nature().principal()).map(Echeance::reste).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (principal.signum() > 0) {
            throw new ChampInvalide("principal", "Remise impossible : " + Montant.euros(principal).enFrancais()
                    + " de cotisations restent dues ; la remise des majorations n'est recevable qu'après leur règlement complet (CSS art. R243-20)");
        }
        var total = BigDecimal.ZERO;
        for (var e : ouvertes(cotisantId, null)) {
            if (e.nature().principal()) {
                continue;
            }
            var m = e.reste();
            jdbc.sql("update recouvrement.echeance set remis = remis + ? where id = ?").params(m, e.id()).update();
            decision(c, e.id(), "REMISE_MAJORATIONS", m, motif, agent.nom(), le);
            comptabilite.passer(new Ecriture(Journal.CREANCES, le, "Remise de majorations — " + c.numero(), e.id().toString(),
                    List.of(LigneEcriture.debit(PlanComptable.REMISES_COTISATIONS, Montant.euros(m)),
                            LigneEcriture.credit(PlanComptable.COTISANTS_MAJORATIONS, Montant.euros(m), c.tiers()))));
            evenements.publishEvent(new DetteEteinte(c.id(), c.categorie(), c.segment(), "REMISE", false, e.periode().getYear(), le, m));
            total = total.add(m);
        }
        if (total.signum() == 0) {
            throw new ChampInvalide("majorations", "Aucune majoration ni pénalité ne reste due sur le compte " + c.numero());
        }
        return total;
    }

    /**
     * Admet en non-valeur le reste d'une dette irrécouvrable (insolvabilité, clôture pour insuffisance d'actif) : décision
     * réservée à l'agent comptable.
     */
    public BigDecimal admettreEnNonValeur(UUID echeanceId, String motif, LocalDate le) {
        var agent = AgentConnecte.courant();
        if (!agent.a(Role.COMPTABLE)) {
            throw new ChampInvalide("decideur", "L'admission en non-valeur est réservée à l'agent comptable");
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif de l'admission en non-valeur est obligatoire");
        }
        var e = echeance(echeanceId);
        var m = e.reste();
        if (m.signum() <= 0) {
            throw new ChampInvalide("echeance", "Cette dette est soldée : rien à admettre en non-valeur");
        }
        var c = cotisants.trouver(e.cotisant());
        jdbc.sql("update recouvrement.echeance set non_valeur = non_valeur + ? where id = ?").params(m, e.id()).update();
        decision(c, e.id(), "NON_VALEUR", m, motif, agent.nom(), le);
        comptabilite.passer(new Ecriture(Journal.CREANCES, le, "Admission en non-valeur — " + c.numero(), e.id().toString(),
                List.of(LigneEcriture.debit(PlanComptable.NON_VALEURS_COTISATIONS, Montant.euros(m)), LigneEcriture.credit(
                        e.nature().principal() ? PlanComptable.COTISANTS : PlanComptable.COTISANTS_MAJORATIONS, Montant.euros(m), c.tiers()))));
        evenements.publishEvent(new DetteEteinte(c.id(), c.categorie(), c.segment(), "NON_VALEUR", e.nature().principal(), e.periode().getYear(), le, m));
        return m;
    }

    private void decision(Cotisant c, @Nullable UUID echeance, String nature, BigDecimal montant, String motif, String decideur, LocalDate le) {
        jdbc.sql("insert into recouvrement.decision (id, cotisant_id, echeance_id, nature, montant, motif, decideur, le) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), c.id(), echeance, nature, montant, tronque(motif.strip(), 300), tronque(decideur, 100), Date.valueOf(le)).update();
    }

    // ------------------------------------------------------------------ plans d'apurement

    /**
     * Accorde un plan d'apurement sur toute la dette échue du compte au {@code le} : versements mensuels égaux à partir
     * de {@code premier}. La mise en demeure en cours est suspendue (sursis à poursuites).
     */
    public PlanDApurement accorderPlan(UUID cotisantId, int versements, LocalDate premier, String motif, LocalDate le) {
        var c = cotisants.trouver(cotisantId);
        var maximum = parametres.a(le).entier("recouvrement/plans/duree_maximale");
        if (versements < 1 || versements > maximum) {
            throw new ChampInvalide("versements", "Le plan compte de 1 à " + maximum + " versements mensuels");
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif du plan est obligatoire");
        }
        if (planEnCours(cotisantId).isPresent()) {
            throw new ChampInvalide("plan", "Le compte " + c.numero() + " a déjà un plan d'apurement en cours");
        }
        if (premier.isBefore(le)) {
            throw new ChampInvalide("premier", "Le premier versement ne peut précéder la date d'accord du plan");
        }
        var dette = resteDu(cotisantId, le.plusDays(1));
        if (dette.signum() <= 0) {
            throw new ChampInvalide("plan", "Le compte " + c.numero() + " n'a pas de dette échue à étaler");
        }
        var echeancier = EcheancierDApurement.etablir(dette, versements, premier);
        var id = UUID.randomUUID();
        jdbc.sql("insert into recouvrement.plan (id, cotisant_id, accorde_le, montant, statut, motif) values (?, ?, ?, ?, 'EN_COURS', ?)")
                .params(id, cotisantId, Date.valueOf(le), dette, tronque(motif.strip(), 200)).update();
        for (var v : echeancier) {
            jdbc.sql("insert into recouvrement.plan_versement (plan_id, rang, date_limite, montant, paye) values (?, ?, ?, ?, 0)")
                    .params(id, v.rang(), Date.valueOf(v.dateLimite()), v.montant()).update();
        }
        jdbc.sql("update recouvrement.acte set statut = 'SUSPENDUE' where cotisant_id = ? and statut = 'EN_COURS'").param(cotisantId).update();
        evenements.publishEvent(new PlanDApurementAccorde(id, cotisantId, c.categorie(), le, dette, versements));
        return plan(id);
    }

    /**
     * Suit les plans en cours au {@code au} : un plan dont la dette initiale est payée est soldé ; un plan dont un
     * versement échu n'est pas entièrement payé est dénoncé (les poursuites reprennent). Rend le nombre de plans dénoncés.
     */
    public int suivreLesPlans(LocalDate au) {
        var enCours = jdbc.sql("select id from recouvrement.plan where statut = 'EN_COURS'").query(UUID.class).list();
        int denonces = 0;
        for (var id : enCours) {
            var plan = plan(id);
            if (plan.paye().compareTo(plan.montant()) >= 0) {
                clore(plan, "SOLDE", "dette du plan entièrement payée", au);
                continue;
            }
            var versements = plan.versements().stream().map(v -> new EcheancierDApurement.Versement(v.rang(), v.dateLimite(), v.montant())).toList();
            var defaillant = EcheancierDApurement.premierDefaillant(versements, plan.paye(), au);
            if (defaillant > 0) {
                clore(plan, "DENONCE", "versement n° " + defaillant + " du " + plan.versements().get(defaillant - 1).dateLimite() + " non payé", au);
                denonces++;
            }
        }
        return denonces;
    }

    /** Annule un plan à la demande du cotisant ou du gestionnaire ; les poursuites reprennent. */
    public PlanDApurement annulerPlan(UUID planId, String motif, LocalDate le) {
        var plan = plan(planId);
        if (!plan.enCours()) {
            throw new ChampInvalide("plan", "Ce plan n'est plus en cours (" + plan.statut() + ")");
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif de l'annulation est obligatoire");
        }
        clore(plan, "ANNULE", motif.strip(), le);
        return plan(planId);
    }

    private void clore(PlanDApurement plan, String statut, String motif, LocalDate le) {
        jdbc.sql("update recouvrement.plan set statut = ?, clos_le = ?, motif_cloture = ? where id = ?").params(statut, Date.valueOf(le), tronque(motif, 200),
                plan.id()).update();
        if (!"SOLDE".equals(statut)) {
            jdbc.sql("update recouvrement.acte set statut = 'EN_COURS' where cotisant_id = ? and statut = 'SUSPENDUE' and nature = 'MISE_EN_DEMEURE'")
                    .param(plan.cotisant()).update();
        }
        var c = cotisants.trouver(plan.cotisant());
        evenements.publishEvent(new PlanDApurementClos(plan.id(), plan.cotisant(), c.categorie(), le, statut));
    }

    public Optional<PlanDApurement> planEnCours(UUID cotisant) {
        return jdbc.sql("select id from recouvrement.plan where cotisant_id = ? and statut = 'EN_COURS'").param(cotisant).query(UUID.class).optional()
                .map(this::plan);
    }

    /** Un plan, avec ce qui en est payé : les paiements reçus depuis l'accord, imputés sur les dettes échues à l'accord. */
    @Transactional(readOnly = true)
    public PlanDApurement plan(UUID id) {
        var versements = jdbc.sql("select rang, date_limite, montant from recouvrement.plan_versement where plan_id = ? order by rang").param(id)
                .query((rs, n) -> new PlanDApurement.Versement(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3))).list();
        return jdbc.sql("""
                select pl.*, (select coalesce(sum(i.montant), 0) from recouvrement.imputation i
                                join recouvrement.paiement p on p.id = i.paiement_id and p.statut = 'ENCAISSE'
                                join recouvrement.echeance e on e.id = i.echeance_id
                               where p.cotisant_id = pl.cotisant_id and p.recu_le >= pl.accorde_le and e.exigible_le <= pl.accorde_le) as paye
                  from recouvrement.plan pl where pl.id = ?""").param(id)
                .query((rs, n) -> new PlanDApurement(id, rs.getObject("cotisant_id", UUID.class), rs.getDate("accorde_le").toLocalDate(),
                        rs.getBigDecimal("montant"), rs.getString("statut"), rs.getString("motif"), Cotisants.date(rs, "clos_le"),
                        rs.getString("motif_cloture"), rs.getBigDecimal("paye"), versements))
                .optional().orElseThrow(() -> new fr.caissecommune.commun.Introuvable("Plan d'apurement inconnu : " + id));
    }

    // ------------------------------------------------------------------ contrôles

    /**
     * Enregistre les résultats notifiés d'un contrôle d'employeur (lettre d'observations, L243-7 et R243-59) : le
     * redressement devient une dette exigible au terme du délai de la mise en demeure ; le crédit est imputé sur les
     * dettes les plus anciennes, le surplus restant au crédit du compte.
     */
    public ControleDEmployeur notifierControle(UUID cotisantId, LocalDate debut, LocalDate fin, LocalDate notifieLe, BigDecimal redressement,
            BigDecimal credit, String observations) {
        var c = cotisants.trouver(cotisantId);
        if (fin.isBefore(debut)) {
            throw new ChampInvalide("fin", "La fin de la période contrôlée précède son début");
        }
        if (notifieLe.isBefore(fin)) {
            throw new ChampInvalide("notifieLe", "La notification ne peut précéder la fin de la période contrôlée");
        }
        if (redressement.signum() < 0 || credit.signum() < 0) {
            throw new ChampInvalide("redressement", "Redressement et crédit sont des montants positifs ou nuls");
        }
        var id = UUID.randomUUID();
        var controleur = AgentConnecte.courant().nom();
        jdbc.sql("""
                insert into recouvrement.controle (id, cotisant_id, debut, fin, notifie_le, redressement, credit, observations, controleur)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(id, cotisantId, Date.valueOf(debut), Date.valueOf(fin), Date.valueOf(notifieLe),
                redressement.setScale(2), credit.setScale(2), tronque(observations == null ? "" : observations.strip(), 500), controleur).update();
        if (redressement.signum() > 0) {
            var delai = parametres.a(notifieLe).entier("recouvrement/mise_en_demeure/delai");
            constater(c, NatureDEcheance.REDRESSEMENT, YearMonth.from(fin), notifieLe.plusMonths(delai), "Redressement du contrôle " + debut + " – " + fin,
                    redressement.setScale(2), null, id, notifieLe);
        }
        if (credit.signum() > 0) {
            var reference = "CTRL-" + id.toString().substring(0, 8);
            var paiement = enregistrerPaiement(c, "CREDIT_CONTROLE", credit.setScale(2), notifieLe, reference, null);
            var credits = imputerEtEcrire(c, paiement, null, true);
            var lignes = new ArrayList<LigneEcriture>();
            lignes.add(LigneEcriture.debit(c.categorie().employeur() ? PlanComptable.COTISATIONS_PATRONALES : PlanComptable.COTISATIONS_TRAVAILLEURS_INDEPENDANTS,
                    Montant.euros(credit)));
            credits.forEach((compte, m) -> lignes.add(LigneEcriture.credit(compte, Montant.euros(m), c.tiers())));
            comptabilite.passer(new Ecriture(Journal.COTISATIONS, notifieLe, "Crédit du contrôle — " + c.numero(), reference, lignes));
        }
        evenements.publishEvent(new ControleNotifie(id, cotisantId, c.categorie(), notifieLe, redressement, credit));
        return controles(cotisantId).stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ lectures

    @Transactional(readOnly = true)
    public Echeance echeance(UUID id) {
        return jdbc.sql("select * from recouvrement.echeance where id = ?").param(id).query(Recouvrements::echeance).optional()
                .orElseThrow(() -> new fr.caissecommune.commun.Introuvable("Échéance inconnue : " + id));
    }

    /** Les dettes ouvertes du compte (reste positif), éventuellement exigibles avant une date. */
    @Transactional(readOnly = true)
    public List<Echeance> ouvertes(UUID cotisant, @Nullable LocalDate avant) {
        return jdbc.sql("select * from recouvrement.echeance where cotisant_id = ? and montant - paye - remis - non_valeur > 0 order by exigible_le")
                .param(cotisant).query(Recouvrements::echeance).list().stream().filter(e -> avant == null || e.exigibleLe().isBefore(avant)).toList();
    }

    @Transactional(readOnly = true)
    public List<Echeance> echeances(UUID cotisant) {
        return jdbc.sql("select * from recouvrement.echeance where cotisant_id = ? order by periode desc, exigible_le desc, nature").param(cotisant)
                .query(Recouvrements::echeance).list();
    }

    @Transactional(readOnly = true)
    public List<Paiement> paiements(UUID cotisant) {
        return jdbc.sql("select * from recouvrement.paiement where cotisant_id = ? order by recu_le desc").param(cotisant).query(Recouvrements::paiement).list();
    }

    @Transactional(readOnly = true)
    public Paiement paiement(UUID id) {
        return jdbc.sql("select * from recouvrement.paiement where id = ?").param(id).query(Recouvrements::paiement).single();
    }

    @Transactional(readOnly = true)
    public List<ActeDeRecouvrement> actes(UUID cotisant) {
        return jdbc.sql("select * from recouvrement.acte where cotisant_id = ? order by emis_le desc").param(cotisant).query(Recouvrements::acte).list();
    }

    @Transactional(readOnly = true)
    public List<PlanDApurement> plans(UUID cotisant) {
        return jdbc.sql("select id from recouvrement.plan where cotisant_id = ? order by accorde_le desc").param(cotisant).query(UUID.class).list().stream()
                .map(this::plan).toList();
    }

    @Transactional(readOnly = true)
    public List<ControleDEmployeur> controles(UUID cotisant) {
        return jdbc.sql("select * from recouvrement.controle where cotisant_id = ? order by notifie_le desc").param(cotisant)
                .query((rs, n) -> new ControleDEmployeur(rs.getObject("id", UUID.class), cotisant, rs.getDate("debut").toLocalDate(),
                        rs.getDate("fin").toLocalDate(), rs.getDate("notifie_le").toLocalDate(), rs.getBigDecimal("redressement"),
                        rs.getBigDecimal("credit"), rs.getString("observations"), rs.getString("controleur")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(UUID cotisant) {
        return jdbc.sql("select * from recouvrement.decision where cotisant_id = ? order by le desc").param(cotisant)
                .query((rs, n) -> new Decision(rs.getObject("id", UUID.class), cotisant, rs.getObject("echeance_id", UUID.class), rs.getString("nature"),
                        rs.getBigDecimal("montant"), rs.getString("motif"), rs.getString("decideur"), rs.getDate("le").toLocalDate()))
                .list();
    }

    /** Un compte débiteur de la liste de travail du gestionnaire : dette échue et situation du recouvrement. */
    public record CompteDebiteur(Cotisant cotisant, BigDecimal resteEchu, String situation) {
    }

    /** Les comptes qui ont le plus de dette échue au {@code au}, avec leur situation (plan, contrainte, mise en demeure). */
    @Transactional(readOnly = true)
    public List<CompteDebiteur> debiteurs(LocalDate au, int nombre) {
        return jdbc.sql("""
                select c.*, d.reste,
                       (select count(*) from recouvrement.plan p where p.cotisant_id = c.id and p.statut = 'EN_COURS') as plans,
                       (select count(*) from recouvrement.acte a where a.cotisant_id = c.id and a.nature = 'CONTRAINTE') as contraintes,
                       (select count(*) from recouvrement.acte a where a.cotisant_id = c.id and a.nature = 'MISE_EN_DEMEURE' and a.statut = 'EN_COURS') as med
                  from (select cotisant_id, sum(montant - paye - remis - non_valeur) as reste from recouvrement.echeance
                         where exigible_le < ? group by cotisant_id having sum(montant - paye - remis - non_valeur) > 0) d
                  join recouvrement.cotisant c on c.id = d.cotisant_id
                 order by d.reste desc fetch first ? rows only""").params(Date.valueOf(au), nombre)
                .query((rs, n) -> new CompteDebiteur(Cotisants.cotisant(rs, n), rs.getBigDecimal("reste"), rs.getInt("plans") > 0 ? "Plan d'apurement en cours"
                        : rs.getInt("contraintes") > 0 ? "Contrainte décernée" : rs.getInt("med") > 0 ? "Mise en demeure en cours" : "Relance à faire"))
                .list();
    }

    /** Le solde d'une période du compte : dû, payé, remis ou admis en non-valeur, reste. */
    public record SoldeDePeriode(YearMonth periode, BigDecimal du, BigDecimal paye, BigDecimal eteint, BigDecimal reste) {
    }

    @Transactional(readOnly = true)
    public List<SoldeDePeriode> soldesParPeriode(UUID cotisant) {
        return jdbc.sql("""
                select periode, sum(montant), sum(paye), sum(remis + non_valeur), sum(montant - paye - remis - non_valeur)
                  from recouvrement.echeance where cotisant_id = ? group by periode order by periode desc""").param(cotisant)
                .query((rs, n) -> new SoldeDePeriode(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** Le crédit du compte : les parts de paiements non imputées. */
    @Transactional(readOnly = true)
    public BigDecimal credit(UUID cotisant) {
        return jdbc.sql("select coalesce(sum(non_impute), 0) from recouvrement.paiement where cotisant_id = ? and statut = 'ENCAISSE'").param(cotisant)
                .query(BigDecimal.class).single();
    }

    /** Les déclarations DSN reçues pour l'établissement du compte. */
    public record DeclarationDuCompte(UUID id, YearMonth mois, String type, String statut, int individus, int anomalies, @Nullable BigDecimal total,
            LocalDate echeance, LocalDateTime deposeeLe) {
    }

    @Transactional(readOnly = true)
    public List<DeclarationDuCompte> declarations(UUID cotisant) {
        var c = cotisants.trouver(cotisant);
        if (c.siret() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select id, mois, type, statut, individus, anomalies, total_bordereau, echeance, deposee_le from recouvrement.declaration
                 where siret = ? order by mois desc, deposee_le desc""").param(c.siret())
                .query((rs, n) -> new DeclarationDuCompte(rs.getObject(1, UUID.class), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getDate(8).toLocalDate(),
                        rs.getTimestamp(9).toLocalDateTime()))
                .list();
    }

    /** Restes à recouvrer d'un exercice pour une catégorie : liquidé, recouvré, éteint, reste et taux. */
    public record RestesDeLExercice(@Nullable CategorieDeCotisant categorie, int exercice, BigDecimal liquide, BigDecimal recouvre, BigDecimal eteint,
            BigDecimal restes, BigDecimal taux) {
    }

    /**
     * Restes à recouvrer par catégorie pour l'exercice (périodes de l'année) : cotisations et redressements liquidés,
     * payés, remis ou admis en non-valeur, reste et taux de RAR ; la dernière ligne porte le total (catégorie nulle).
     */
    @Transactional(readOnly = true)
    public List<RestesDeLExercice> restesARecouvrer(int exercice) {
        var lignes = new ArrayList<RestesDeLExercice>();
        var totaux = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        var parCategorie = new HashMap<String, BigDecimal[]>();
        jdbc.sql("""
                select c.categorie, sum(e.montant), sum(e.paye), sum(e.remis + e.non_valeur), sum(e.montant - e.paye - e.remis - e.non_valeur)
                  from recouvrement.echeance e join recouvrement.cotisant c on c.id = e.cotisant_id
                 where e.nature in ('COTISATIONS', 'REDRESSEMENT') and e.periode between ? and ?
                 group by c.categorie""").params(Date.valueOf(LocalDate.of(exercice, 1, 1)), Date.valueOf(LocalDate.of(exercice, 12, 1)))
                .query((rs, n) -> parCategorie.put(rs.getString(1), new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5) }))
                .list();
        for (var cat : CategorieDeCotisant.values()) {
            var v = parCategorie.getOrDefault(cat.name(), new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
            for (int i = 0; i < 4; i++) {
                totaux[i] = totaux[i].add(v[i]);
            }
            lignes.add(new RestesDeLExercice(cat, exercice, v[0], v[1], v[2], v[3], RestesARecouvrer.tauxEnPourcentage(v[3], v[0])));
        }
        lignes.add(new RestesDeLExercice(null, exercice, totaux[0], totaux[1], totaux[2], totaux[3], RestesARecouvrer.tauxEnPourcentage(totaux[3], totaux[0])));
        return lignes;
    }

    // ------------------------------------------------------------------ lecture des lignes

    static Echeance echeance(ResultSet rs, int n) throws SQLException {
        return new Echeance(rs.getObject("id", UUID.class), rs.getObject("cotisant_id", UUID.class), NatureDEcheance.valueOf(rs.getString("nature")),
                YearMonth.from(rs.getDate("periode").toLocalDate()), rs.getDate("exigible_le").toLocalDate(), rs.getString("libelle"),
                rs.getBigDecimal("montant"), rs.getBigDecimal("paye"), rs.getBigDecimal("remis"), rs.getBigDecimal("non_valeur"),
                rs.getObject("declaration_id", UUID.class));
    }

    static Paiement paiement(ResultSet rs, int n) throws SQLException {
        return new Paiement(rs.getObject("id", UUID.class), rs.getObject("cotisant_id", UUID.class), rs.getString("reference"), rs.getString("mode"),
                rs.getDate("recu_le").toLocalDate(), rs.getBigDecimal("montant"), rs.getBigDecimal("non_impute"), rs.getString("statut"),
                rs.getString("motif_rejet"));
    }

    static ActeDeRecouvrement acte(ResultSet rs, int n) throws SQLException {
        return new ActeDeRecouvrement(rs.getObject("id", UUID.class), rs.getObject("cotisant_id", UUID.class), rs.getString("nature"),
                rs.getDate("emis_le").toLocalDate(), Cotisants.date(rs, "date_limite"), rs.getBigDecimal("montant"), rs.getString("statut"),
                rs.getObject("precedent", UUID.class));
    }

    private static String tronque(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
