package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.RetenueSurPrestations;
import fr.caissecommune.finances.Comptabilite;
import fr.caissecommune.finances.Creances;
import fr.caissecommune.finances.Ecriture;
import fr.caissecommune.finances.Journal;
import fr.caissecommune.finances.LigneEcriture;
import fr.caissecommune.finances.OrdreDePaiement;
import fr.caissecommune.finances.Paiements;
import fr.caissecommune.finances.PlanComptable;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.SituationDuFoyer;
import fr.caissecommune.referentiel.Situations;

/**
 * La paie mensuelle des prestations familiales : pour chaque dossier ouvert, le droit du mois est calculé, les
 * rappels et les reliquats s'y ajoutent, la retenue sur indu s'en déduit dans la limite du barème légal, et un
 * ordre de paiement est transmis à l'agent comptable, avec l'écriture comptable du lot. Le versement a lieu le 5
 * du mois suivant.
 *
 * <p>La paie est un traitement par lots (Spring Batch) : chaque lot est validé avec sa position dans le
 * registre des traitements ; interrompue, elle reprend au premier lot non validé, et une échéance déjà
 * enregistrée pour un foyer et un mois n'est jamais payée une seconde fois.
 */
@Service
public class PaiementMensuel {

    /** Le bilan d'une paie. */
    public record Bilan(YearMonth mois, LocalDate datePaiement, String statut, long foyersTraites, long lots) {
    }

    static final String TRAITEMENT = "famille.paie-mensuelle";

    private final Situations situations;
    private final CalculDesDroits calcul;
    private final Droits droits;
    private final Regularisations regularisations;
    private final Paiements paiements;
    private final Creances creances;
    private final Comptabilite comptabilite;
    private final Parametres parametres;
    private final ApplicationEventPublisher evenements;
    private final JobOperator operateur;
    private final JobRepository registre;
    private final Job paie;
    private final JdbcClient jdbc;
    private final org.springframework.beans.factory.ObjectProvider<InstructionDesDemandes> demandes;
    private final org.springframework.beans.factory.ObjectProvider<RecouvrementDesIndus> recouvrement;

    PaiementMensuel(Situations situations, CalculDesDroits calcul, Droits droits, Regularisations regularisations, Paiements paiements,
            Creances creances, Comptabilite comptabilite, Parametres parametres, ApplicationEventPublisher evenements, JobOperator operateur,
            JobRepository registre, @org.springframework.beans.factory.annotation.Qualifier("paieMensuelle") Job paie, JdbcClient jdbc,
            org.springframework.beans.factory.ObjectProvider<InstructionDesDemandes> demandes,
            org.springframework.beans.factory.ObjectProvider<RecouvrementDesIndus> recouvrement) {
        this.demandes = demandes;
        this.recouvrement = recouvrement;
        this.situations = situations;
        this.calcul = calcul;
        this.droits = droits;
        this.regularisations = regularisations;
        this.paiements = paiements;
        this.creances = creances;
        this.comptabilite = comptabilite;
        this.parametres = parametres;
        this.evenements = evenements;
        this.operateur = operateur;
        this.registre = registre;
        this.paie = paie;
        this.jdbc = jdbc;
    }

    /** La date de versement des droits d'un mois : le 5 du mois suivant. */
    public static LocalDate datePaiement(YearMonth mois) {
        return mois.plusMonths(1).atDay(5);
    }

    /** La clé des écritures et paiements d'un foyer auprès des finances. */
    public static String tiers(FoyerId foyer) {
        return "foyer:" + foyer.valeur();
    }

    /**
     * Lance la paie du mois, ou la reprend si une exécution précédente a échoué ou a été interrompue (processus
     * arrêté) ; une paie déjà terminée n'est pas relancée.
     */
    public Bilan payer(YearMonth mois) {
        var parametresDuTraitement = new JobParametersBuilder().addString("mois", mois.toString()).toJobParameters();
        try {
            var execution = derniereExecution(parametresDuTraitement);
            if (execution == null) {
                execution = operateur.start(paie, parametresDuTraitement);
            } else if (execution.getStatus() == BatchStatus.COMPLETED) {
                return bilan(mois, execution, "déjà effectuée");
            } else {
                if (execution.getStatus().isRunning()) {
                    execution = operateur.recover(execution); // exécution orpheline : le processus a été arrêté
                }
                execution = operateur.restart(execution);
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                droits.paieTerminee(mois);
                demandes.getObject().constaterLesPaiements(mois); // horloge des demandes : premier versement après l'accord
            }
            return bilan(mois, execution, execution.getStatus() == BatchStatus.COMPLETED ? "terminée" : "en échec : "
                    + execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse(execution.getExitStatus().getExitDescription()));
        } catch (Exception e) {
            throw new IllegalStateException("Paie de " + mois + " impossible : " + e.getMessage(), e);
        }
    }

    private JobExecution derniereExecution(JobParameters parametresDuTraitement) {
        var instance = registre.getJobInstance(TRAITEMENT, parametresDuTraitement);
        return instance == null ? null : registre.getLastJobExecution(instance);
    }

    private Bilan bilan(YearMonth mois, JobExecution execution, String statut) {
        var tranches = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(ConfigurationDeLaPaie.TRANCHE + ":")).toList();
        return new Bilan(mois, datePaiement(mois), statut, tranches.stream().mapToLong(s -> s.getWriteCount()).sum(),
                tranches.stream().mapToLong(s -> s.getCommitCount()).sum());
    }

    /** Les paies déjà faites, du plus récent au plus ancien mois. */
    public List<SyntheseDeLaPaie> paiesEffectuees() {
        return droits.syntheseParMois().stream().map(s -> new SyntheseDeLaPaie(s.mois(), datePaiement(s.mois()), s.foyers(), s.payes(),
                s.suspendus(), s.verse(), s.retenues())).toList();
    }

    /** La synthèse d'une paie : dossiers traités, payés, suspendus faute de compte, montant versé et retenues. */
    public record SyntheseDeLaPaie(YearMonth mois, LocalDate datePaiement, long dossiers, long payes, long suspendus, Montant verse,
            Montant retenues) {
    }

    /** Le nombre d'échéances enregistrées pour un mois. */
    public long echeancesDuMois(YearMonth mois) {
        return jdbc.sql("select count(*) from famille.echeance where mois = ?").param(java.sql.Date.valueOf(mois.atDay(1)))
                .query(Long.class).single();
    }

    /**
     * Paie un lot de foyers, dans la transaction du lot. Les foyers déjà payés pour ce mois sont ignorés.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void payerLeLot(YearMonth mois, List<UUID> lot) {
        var dejaPayes = new HashSet<>(droits.dejaPayes(mois, lot));
        var ids = lot.stream().filter(id -> !dejaPayes.contains(id)).toList();
        if (ids.isEmpty()) {
            return;
        }
        var date = datePaiement(mois);
        var lesSituations = situations.situationsDesFoyers(ids.stream().map(FoyerId::new).toList());
        var rappels = regularisations.rappelsAVerser(ids);
        var reliquats = droits.echeancesSuspendues(ids);
        var endettes = new HashSet<>(creances.tiersAvecCreancesOuvertes(ids.stream().map(id -> tiers(new FoyerId(id))).toList()));
        if (!endettes.isEmpty()) {
            // Un plan de remboursement respecté remplace la retenue (CSS art. L553-2).
            recouvrement.getObject().sousPlanDeRemboursement(ids).forEach(id -> endettes.remove(tiers(new FoyerId(id))));
        }
        var instantane = parametres.a(date);
        var calcules = calcul.droitsDuLot(lesSituations, mois);

        var droitsDuLot = new ArrayList<Droits.DroitMensuel>(ids.size());
        var echeances = new ArrayList<Droits.Echeance>(ids.size());
        var ordres = new ArrayList<OrdreDePaiement>(ids.size());
        var rappelsVerses = new ArrayList<UUID>();
        var referencesDesRappels = new HashMap<UUID, String>();
        var foyersParPrestation = new EnumMap<Prestation, Integer>(Prestation.class);
        var brutsParPrestation = new EnumMap<Prestation, Montant>(Prestation.class);
        var brut = Montant.ZERO;
        var crds = Montant.ZERO;
        var net = Montant.ZERO;
        var totalRappels = Montant.ZERO;
        var totalRetenues = Montant.ZERO;
        var totalVerse = Montant.ZERO;
        int payes = 0;
        int sansCompte = 0;

        for (var id : ids) {
            var foyer = new FoyerId(id);
            var situation = lesSituations.get(foyer);
            var du = Montant.ZERO;
            for (var droit : calcules.getOrDefault(foyer, List.of())) {
                if (droit.estOuvert()) {
                    // Seuls les droits non nuls sont gardés : un mois sans droit enregistré vaut zéro au réexamen.
                    droitsDuLot.add(new Droits.DroitMensuel(foyer, mois, droit.prestation(), droit.brut(), droit.crds(), droit.net(),
                            calcul.version()));
                    foyersParPrestation.merge(droit.prestation(), 1, Integer::sum);
                    brutsParPrestation.merge(droit.prestation(), droit.brut(), Montant::plus);
                    brut = brut.plus(droit.brut());
                    crds = crds.plus(droit.crds());
                    net = net.plus(droit.net());
                    du = du.plus(droit.net());
                }
            }

            var sesRappels = rappels.getOrDefault(id, List.of());
            var rappel = sesRappels.stream().map(Regularisation::montant).reduce(Montant.ZERO, Montant::plus);
            var sesReliquats = reliquats.getOrDefault(id, List.of());
            var reliquat = sesReliquats.stream().map(Droits.Echeance::verse).reduce(Montant.ZERO, Montant::plus);
            var reference = reference(mois, situation);
            var aVerser = du.plus(rappel).plus(reliquat);
            var compte = situation.compteA(date);

            if (aVerser.estPositif() && compte.isEmpty()) {
                // Faute de coordonnées bancaires, le dû est comptabilisé mais suspendu ; rappels et reliquats attendent.
                echeances.add(new Droits.Echeance(foyer, mois, du, Montant.ZERO, Montant.ZERO, Montant.ZERO,
                        du, Droits.StatutEcheance.SANS_COMPTE_BANCAIRE, null, date));
                sansCompte++;
                continue;
            }
            if (!aVerser.estPositif()) {
                continue; // rien à verser ni à retenir : pas d'échéance
            }
            var retenue = Montant.ZERO;
            if (endettes.contains(tiers(foyer))) {
                var plafond = RetenueSurPrestations.plafondMensuel(foyerPourLaRetenue(situation, mois, du), instantane,
                        new Explication()).min(aVerser);
                retenue = creances.retenir(tiers(foyer), plafond, date, reference);
            }
            var verse = aVerser.moins(retenue);
            echeances.add(new Droits.Echeance(foyer, mois, du, rappel, reliquat, retenue, verse,
                    verse.estPositif() ? Droits.StatutEcheance.VERSEE : Droits.StatutEcheance.RIEN_A_VERSER,
                    verse.estPositif() ? reference : null, date));
            sesRappels.forEach(r -> {
                rappelsVerses.add(r.id());
                referencesDesRappels.put(r.id(), reference);
            });
            if (!sesReliquats.isEmpty()) {
                droits.marquerVerseesEnReliquat(sesReliquats, reference);
            }
            totalRappels = totalRappels.plus(rappel);
            totalRetenues = totalRetenues.plus(retenue);
            if (verse.estPositif()) {
                var c = compte.orElseThrow();
                ordres.add(new OrdreDePaiement("famille", reference, tiers(foyer), c.titulaire(), c.iban(), c.bic(), verse, date,
                        "PRESTATIONS FAMILIALES " + mois + " ALLOCATAIRE " + situation.numero(), PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER));
                totalVerse = totalVerse.plus(verse);
                payes++;
            }
        }
        droits.enregistrerDroits(droitsDuLot);
        droits.enregistrerEcheances(echeances);
        regularisations.marquerVersees(rappelsVerses, date, referencesDesRappels);
        paiements.ordonnancer(ordres);
        comptabiliser(mois, ids.getFirst(), brutsParPrestation, totalRappels, crds, net.plus(totalRappels));
        evenements.publishEvent(new VersementsMensuelsEmis(mois, date, foyersParPrestation, brutsParPrestation, payes,
                totalVerse, totalRappels, totalRetenues, sansCompte));
    }

    /** L'écriture du lot : chaque prestation à son compte de charge ; les rappels, toutes prestations confondues, à celui des AF. */
    private void comptabiliser(YearMonth mois, UUID premierFoyer, Map<Prestation, Montant> bruts, Montant rappels, Montant crds,
            Montant aPayer) {
        var charges = new java.util.LinkedHashMap<String, Montant>();
        bruts.forEach((prestation, montant) -> charges.merge(calcul.compteDeCharge(prestation), montant, Montant::plus));
        if (rappels.estPositif()) {
            charges.merge(PlanComptable.ALLOCATIONS_FAMILIALES, rappels, Montant::plus);
        }
        charges.values().removeIf(m -> !m.estPositif());
        if (charges.isEmpty()) {
            return;
        }
        var lignes = new ArrayList<LigneEcriture>();
        charges.forEach((compte, montant) -> lignes.add(LigneEcriture.debit(compte, montant)));
        if (crds.estPositif()) {
            lignes.add(LigneEcriture.credit(PlanComptable.CADES_CRDS_A_REVERSER, crds));
        }
        lignes.add(LigneEcriture.credit(PlanComptable.ALLOCATAIRES_PRESTATIONS_A_PAYER, aPayer));
        comptabilite.passer(new Ecriture(Journal.PRESTATIONS, datePaiement(mois), "Prestations familiales " + mois + " — lot",
                "PAIE-" + mois + "-" + premierFoyer.toString().substring(0, 8), lignes));
    }

    /** La référence du paiement : reprise telle quelle dans le virement (EndToEndId, 35 caractères au plus). */
    static String reference(YearMonth mois, SituationDuFoyer situation) {
        return "AF" + mois.toString().replace("-", "") + "-" + situation.numero();
    }

    static RetenueSurPrestations.Foyer foyerPourLaRetenue(SituationDuFoyer situation, YearMonth mois, Montant prestations) {
        var ressources = situation.ressourcesDe(mois.getYear() - 2);
        return new RetenueSurPrestations.Foyer(situation.conjointA(mois.atDay(1)).isPresent(),
                CalculDesDroits.enfantsOuvrantDroit(situation, mois).size(), ressources.orElse(Montant.ZERO), ressources.isPresent(),
                prestations);
    }
}
