package fr.caissecommune.recouvrement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.caissecommune.recouvrement.calcul.ComparaisonDesCotisations;
import fr.caissecommune.recouvrement.calcul.SituationSalariale;
import fr.caissecommune.recouvrement.dsn.ControleDsn;
import fr.caissecommune.recouvrement.dsn.EnteteDsn;
import fr.caissecommune.recouvrement.dsn.IndividuDsn;
import fr.caissecommune.regles.Parametres;

/**
 * Le dépôt des DSN mensuelles (CSS art. L133-5-3) : contrôle complet du fichier d'abord, sans rien écrire ; une DSN
 * qui porte une erreur bloquante est rejetée en entier avec le compte rendu des erreurs localisées. Une DSN
 * acceptée est ensuite relue et enregistrée dans une seule transaction, salarié par salarié (mémoire bornée), avec
 * la comparaison des cotisations déclarées et recalculées. Règles de dépôt : une seule DSN normale par
 * établissement, mois et fraction ; « annule et remplace » (types 03 et 05) seulement avant l'échéance (la veille à
 * minuit), avec un numéro d'ordre supérieur.
 */
@Service
public class DepotDesDeclarations {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Declarations declarations;
    private final EvaluationDesCotisations evaluation;
    private final Parametres parametres;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final Recouvrements recouvrements;

    DepotDesDeclarations(Declarations declarations, EvaluationDesCotisations evaluation, Parametres parametres, TransactionTemplate transactions,
            ApplicationEventPublisher evenements, ObjectProvider<Clock> horloge, Recouvrements recouvrements) {
        this.recouvrements = recouvrements;
        this.declarations = declarations;
        this.evaluation = evaluation;
        this.parametres = parametres;
        this.transactions = transactions;
        this.evenements = evenements;
        this.horloge = horloge.getIfAvailable(() -> Clock.system(PARIS));
    }

    /** Dépose un fichier DSN : rend le compte rendu (acceptée ou rejetée). */
    public CompteRenduDeDepot deposer(Path fichier) {
        return deposer(fichier, horloge);
    }

    /**
     * Dépose un fichier DSN reçu à une date antérieure (reprise des flux de net-entreprises, département simulé) : la date
     * de réception fait foi pour l'échéance, « annule et remplace » et la pénalité de dépôt tardif.
     */
    public CompteRenduDeDepot deposerRecuLe(Path fichier, LocalDate recuLe) {
        return deposer(fichier, Clock.fixed(recuLe.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
    }

    private CompteRenduDeDepot deposer(Path fichier, Clock horloge) {
        var nom = fichier.getFileName().toString();
        try {
            var empreinte = new String[1];
            ControleDsn.Resultat controle;
            try (var flux = new DigestInputStream(new java.io.BufferedInputStream(Files.newInputStream(fichier), 1 << 16), sha256())) {
                controle = ControleDsn.controler(flux, i -> {
                });
                empreinte[0] = HexFormat.of().formatHex(flux.getMessageDigest().digest());
            }
            if (controle.rejetee()) {
                return rejet(nom, controle, controle.erreurs());
            }
            var entete = controle.entete();
            var refus = reglesDeDepot(entete, horloge);
            if (refus.isPresent()) {
                var erreurs = new ArrayList<>(controle.erreurs());
                erreurs.add(0, refus.get());
                return rejet(nom, controle, erreurs);
            }
            return transactions.execute(t -> enregistrer(fichier, nom, empreinte[0], controle, horloge));
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture du fichier " + nom + " impossible", e);
        }
    }

    private static CompteRenduDeDepot rejet(String nom, ControleDsn.Resultat controle, List<ErreurDeDeclaration> erreurs) {
        var e = controle.entete();
        return new CompteRenduDeDepot(CompteRenduDeDepot.Statut.REJETEE, nom, null, e == null ? null : e.siret(), e == null ? null : e.mois(),
                e == null ? null : e.type(), controle.individus(), List.copyOf(erreurs), controle.erreursOmises(), 0, null);
    }

    /** L'échéance de la DSN du mois : le 5 (50 salariés et plus) ou le 15 (moins de 50) du mois suivant (CSS art. R243-6). */
    public LocalDate echeance(YearMonth mois, @Nullable Integer effectif) {
        var p = parametres.a(mois.plusMonths(1).atDay(1));
        var seuil = p.entier("recouvrement/dsn/echeance/seuil_effectif");
        var jour = effectif != null && effectif >= seuil ? p.entier("recouvrement/dsn/echeance/jour_50_et_plus")
                : p.entier("recouvrement/dsn/echeance/jour_moins_de_50");
        return mois.plusMonths(1).atDay(jour);
    }

    private Optional<ErreurDeDeclaration> reglesDeDepot(EnteteDsn e, Clock horloge) {
        var existante = declarations.findAcceptee(e.siret(), e.mois(), e.fraction());
        if (!e.annuleEtRemplace()) {
            return existante.map(x -> ErreurDeDeclaration.bloquante(0, "S20.G00.05.002", "DOUBLON", "une DSN du mois " + e.mois()
                    + " est déjà acceptée pour l'établissement " + e.siret() + " (fraction " + e.fraction() + ", déclaration " + x.id()
                    + ") : pour la corriger, déposer une DSN « annule et remplace » (type 03) avant l'échéance"));
        }
        if (existante.isEmpty()) {
            return Optional.of(ErreurDeDeclaration.bloquante(0, "S20.G00.05.006", "ANNULE-REMPLACE", "aucune DSN acceptée du mois " + e.mois()
                    + " pour l'établissement " + e.siret() + " : rien à annuler et remplacer"));
        }
        var echeance = echeance(e.mois(), e.effectif());
        var aujourdhui = LocalDate.now(horloge);
        if (!aujourdhui.isBefore(echeance)) {
            return Optional.of(ErreurDeDeclaration.bloquante(0, "S20.G00.05.002", "ANNULE-REMPLACE-ECHEANCE", "« annule et remplace » possible jusqu'à la veille de l'échéance ("
                    + echeance + ") à minuit ; déposée le " + aujourdhui + " : reporter la correction sur une DSN ultérieure"));
        }
        if (e.numeroOrdre() <= existante.get().numeroOrdre()) {
            return Optional.of(ErreurDeDeclaration.bloquante(0, "S20.G00.05.004", "NUMERO-ORDRE", "numéro d'ordre " + e.numeroOrdre()
                    + " non supérieur à celui de la déclaration remplacée (" + existante.get().numeroOrdre() + ")"));
        }
        return Optional.empty();
    }

    private CompteRenduDeDepot enregistrer(Path fichier, String nom, String empreinte, ControleDsn.Resultat controle, Clock horloge) {
        var e = controle.entete();
        var id = UUID.randomUUID();
        var remplacee = e.annuleEtRemplace() ? declarations.findAcceptee(e.siret(), e.mois(), e.fraction()).map(x -> x.id()).orElse(null) : null;
        if (remplacee != null) {
            declarations.marquerRemplacee(remplacee, id);
        }
        declarations.inserer(id, e, nom, empreinte, horloge.instant(), echeance(e.mois(), e.effectif()), remplacee, evaluation.versionDesParametres(),
                controle.avertissements());
        var ecriture = declarations.ecriture(id);
        var tolerance = parametres.a(e.mois().atDay(1)).valeur("recouvrement/dsn/tolerance_ecart");
        // Le taux AT/MP est notifié à l'établissement (CSS art. D242-6-1 et suivants) : s'il est connu au compte, c'est lui
        // qui sert au recalcul, et un taux déclaré différent fait apparaître l'écart.
        var tauxAtNotifie = recouvrements.tauxAtNotifie(e.siret());
        ControleDsn.Resultat relu;
        try {
            relu = ControleDsn.controler(fichier, individu -> {
                ecriture.individu(individu);
                comparer(id, e, individu, tolerance, tauxAtNotifie).forEach(ecriture::anomalie);
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (relu.rejetee() || relu.individus() != controle.individus()) {
            throw new IllegalStateException("Le fichier " + nom + " a changé entre son contrôle et son enregistrement : dépôt annulé");
        }
        ecriture.vider();
        declarations.cloturer(id, relu.individus(), ecriture.anomalies());
        recouvrements.liquiderDeclaration(id, e.siret(), e.mois(), e.effectif(), e.totalBordereau(), relu.individus(), LocalDate.now(horloge),
                echeance(e.mois(), e.effectif()), remplacee);
        evenements.publishEvent(new DeclarationAcceptee(id, e.siret(), e.mois(), relu.individus(), ecriture.anomalies(), remplacee));
        return new CompteRenduDeDepot(CompteRenduDeDepot.Statut.ACCEPTEE, nom, id, e.siret(), e.mois(), e.type(), relu.individus(),
                controle.erreurs(), controle.erreursOmises(), ecriture.anomalies(), remplacee);
    }

    /** Recalcule les cotisations de chaque versement du salarié et le compare à ce qu'il déclare. */
    List<Anomalie> comparer(UUID declaration, EnteteDsn e, IndividuDsn individu, BigDecimal tolerance) {
        return comparer(declaration, e, individu, tolerance, null);
    }

    /** Idem, avec le taux AT/MP notifié à l'établissement (en %), qui prime sur le taux déclaré. */
    List<Anomalie> comparer(UUID declaration, EnteteDsn e, IndividuDsn individu, BigDecimal tolerance, @Nullable BigDecimal tauxAtNotifie) {
        var anomalies = new ArrayList<Anomalie>();
        for (var versement : individu.versements()) {
            var situation = situation(e, individu, versement);
            if (situation != null && tauxAtNotifie != null) {
                situation = situation.avecTauxAt(tauxAtNotifie.movePointLeft(2));
            }
            if (situation == null) {
                continue;
            }
            var montants = new HashMap<String, BigDecimal>();
            var bases = new HashMap<String, BigDecimal>();
            for (var base : versement.bases()) {
                bases.merge(base.code(), base.montant(), BigDecimal::add);
                base.cotisations().forEach(c -> montants.merge(c.code(), c.montant(), BigDecimal::add));
            }
            var calcul = evaluation.evaluer(situation);
            for (var ecart : ComparaisonDesCotisations.comparer(calcul, montants, bases, tolerance)) {
                anomalies.add(new Anomalie(declaration, individu.rang(), individu.nir(), situation.date(), ecart.nature().name(), ecart.code(),
                        ecart.libelle(), ecart.declare(), ecart.calcule()));
            }
        }
        return anomalies;
    }

    /** La situation de cotisation d'un versement déclaré : brut (S21.G00.51 type 001), quotité, statut, taux AT et VM déclarés. */
    static @Nullable SituationSalariale situation(EnteteDsn e, IndividuDsn individu, IndividuDsn.Versement versement) {
        var brut = versement.brut();
        if (brut.signum() <= 0 || individu.contrats().isEmpty()) {
            return null;
        }
        var numero = versement.remunerations().stream().map(IndividuDsn.Remuneration::numeroContrat).filter(n -> n != null).findFirst().orElse(null);
        var contrat = individu.contrats().stream().filter(c -> numero != null && numero.equals(c.numero())).findFirst().orElse(individu.contrats().get(0));
        var quotite = BigDecimal.ONE;
        if (contrat.quotite() != null && contrat.quotiteReference() != null && contrat.quotiteReference().signum() > 0 && contrat.quotite().signum() > 0) {
            quotite = contrat.quotite().divide(contrat.quotiteReference(), MathContext.DECIMAL64).min(BigDecimal.ONE);
        }
        var tauxVm = versement.bases().stream().flatMap(b -> b.cotisations().stream()).filter(c -> c.code().equals("081") && c.taux() != null)
                .map(c -> c.taux().movePointLeft(2)).findFirst().orElse(BigDecimal.ZERO);
        var date = versement.date() == null ? e.mois().atEndOfMonth() : versement.date();
        return new SituationSalariale(date, brut, quotite, contrat.cadre(), e.effectif() == null ? 0 : e.effectif(),
                contrat.determine() ? SituationSalariale.NatureDuContrat.CDD : SituationSalariale.NatureDuContrat.CDI,
                contrat.tauxAt() == null ? null : contrat.tauxAt().movePointLeft(2), tauxVm, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Les anomalies de calcul relevées sur une déclaration, pour le gestionnaire. */
    public List<Anomalie> anomalies(UUID declaration) {
        return declarations.anomalies(declaration);
    }

    /** Les salariés d'une déclaration acceptée, avec leur brut du mois, leur contrat et leur taux AT. */
    public List<SalarieDeLaDeclaration> salariesDeLaDeclaration(UUID declaration) {
        return declarations.salaries(declaration);
    }

    /** Les salaires déclarés d'un salarié (NIR sans clé) sur une période, DSN remplacées exclues. */
    public List<SalaireDeclare> salairesDeclares(String nir, YearMonth depuis, YearMonth jusqua) {
        return declarations.salairesDeclares(nir, depuis, jusqua);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
