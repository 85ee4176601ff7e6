package fr.caissecommune.sante;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.regles.Explication;
import fr.caissecommune.sante.calcul.CategorieDeSoins;
import fr.caissecommune.sante.calcul.EnFrancais;
import fr.caissecommune.sante.json.FeuilleLue;
import fr.caissecommune.sante.json.FormatDesFeuilles;

/**
 * La liquidation enregistrée d'un fichier de feuilles de soins, reprenable : le fichier est lu par tranches ;
 * chaque tranche est liquidée puis enregistrée dans une seule transaction (décomptes, lignes, motifs de rejet,
 * soins payés, quarantaine, cumuls des bénéficiaires, point d'avancement du lot). Interrompue, la liquidation
 * reprend après la dernière tranche enregistrée : chaque feuille est liquidée une fois et une seule. Un fichier
 * est reconnu à son empreinte SHA-256 : relancé après la fin, il ne liquide plus rien.
 *
 * <p>Les contrôles tiennent compte de ce qui est déjà enregistré : les soins déjà payés (doublons), une feuille
 * déjà payée sous le même numéro, les participations et franchises de l'année et du jour, les participations
 * restant à récupérer. Une ligne rejetée (illisible, ou refusée avec ses motifs) est mise en quarantaine avec son
 * texte, son code et son motif ; le reste du fichier continue.
 *
 * <p>Les écritures en masse passent par {@code COPY} sur PostgreSQL. Une seule liquidation écrit à la fois
 * (verrou {@code sante.verrou_de_liquidation}).
 */
@Service
public class LiquidationEnregistree {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiquidationEnregistree.class);

    /** La taille des tranches par défaut. */
    public static final int TRANCHE = 20_000;

    static final List<String> COLONNES_DECOMPTE = List.of("id", "lot", "ligne_du_lot", "feuille", "nir", "date_soins", "date_reception", "flux",
            "executant_rpps", "statut", "payeur", "montant_rembourse", "participation_forfaitaire", "franchises", "recupere", "a_recouvrer",
            "montant_paye", "version_parametres", "explication", "liquide_le", "participations", "franchises_paramedicales",
            "franchises_transports", "date_liquidation");
    static final List<String> COLONNES_LIGNE = List.of("decompte", "numero", "code", "coefficient", "quantite", "montant_facture", "base", "taux",
            "rembourse", "depassement", "franchise");
    static final List<String> COLONNES_MOTIF = List.of("decompte", "rang", "code", "libelle");
    static final List<String> COLONNES_SOIN = List.of("nir", "executant_rpps", "date_soins", "code", "coefficient", "activite", "phase", "quantite",
            "decompte");
    static final List<String> COLONNES_QUARANTAINE = List.of("lot", "ligne_du_lot", "feuille", "code", "motif", "contenu");

    /** Le bilan d'un lancement. */
    public record Bilan(UUID lot, boolean repris, boolean dejaTermine, int lignesDejaEnregistrees, int feuilles, int payees, int rejetees,
            Montant montantPaye, Duration duree) {
    }

    /** L'avancement après chaque tranche enregistrée, avec ses décomptes dans l'ordre du fichier. */
    public record Avancement(UUID lot, int derniereLigne, int feuilles, List<Decompte> decomptes) {
    }

    private final DataSource source;
    private final TransactionTemplate transactions;
    private final LiquidationDesSoins liquidation;
    private final SituationsDesBeneficiaires situations;
    private final ApplicationEventPublisher evenements;

    LiquidationEnregistree(DataSource source, PlatformTransactionManager transactions, LiquidationDesSoins liquidation,
            SituationsDesBeneficiaires situations, ApplicationEventPublisher evenements) {
        this.source = source;
        this.transactions = new TransactionTemplate(transactions);
        this.liquidation = liquidation;
        this.situations = situations;
        this.evenements = evenements;
    }

    /**
     * Liquide un fichier (ou reprend sa liquidation interrompue).
     *
     * @param dateDeLiquidation la date de liquidation des décomptes (retenue à la création du lot)
     * @param tranche           le nombre de lignes par transaction
     * @param pause             une attente entre deux tranches (ménage une base partagée), {@link Duration#ZERO} sinon
     * @param avancement        informé après chaque tranche enregistrée
     */
    public Bilan liquider(Path fichier, LocalDate dateDeLiquidation, int tranche, Duration pause, Consumer<Avancement> avancement)
            throws IOException {
        if (tranche < 1) {
            throw new IllegalArgumentException("--tranche : nombre positif attendu, " + tranche + " reçu");
        }
        long debut = System.nanoTime();
        var empreinte = empreinte(fichier);
        var lot = transactions.execute(tx -> ouvrirLeLot(fichier, empreinte, dateDeLiquidation));
        if (lot.termine()) {
            return new Bilan(lot.id(), true, true, lot.derniereLigne(), 0, 0, 0, Montant.ZERO, Duration.ofNanos(System.nanoTime() - debut));
        }
        var compte = new Compte();
        var format = FormatDesFeuilles.liquidation();
        int enregistree = lot.derniereLigne();
        try (var lecteur = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
            var lignes = new ArrayList<String>(tranche);
            var numeros = new ArrayList<Integer>(tranche);
            String texte;
            int numero = 0;
            while ((texte = lecteur.readLine()) != null) {
                numero++;
                if (numero <= enregistree) {
                    continue;
                }
                if (!texte.isBlank()) {
                    lignes.add(texte);
                    numeros.add(numero);
                }
                if (lignes.size() == tranche) {
                    enregistrerLaTranche(lot, lignes, numeros, enregistree, numero, format, compte, avancement);
                    enregistree = numero;
                    pause(pause);
                }
            }
            if (numero > enregistree) {
                enregistrerLaTranche(lot, lignes, numeros, enregistree, numero, format, compte, avancement);
            }
        }
        transactions.executeWithoutResult(tx -> jdbc(c -> {
            try (var ps = c.prepareStatement("""
                    update sante.lot_de_liquidation set statut = 'TERMINE', termine_le = ?,
                        feuilles = (select count(*) from sante.decompte where lot = ?) where id = ?
                    """)) {
                ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
                ps.setObject(2, lot.id());
                ps.setObject(3, lot.id());
                ps.executeUpdate();
            }
            return null;
        }));
        analyser();
        return new Bilan(lot.id(), lot.derniereLigne() > 0, false, lot.derniereLigne(), compte.feuilles, compte.payees, compte.feuilles - compte.payees,
                Montant.euros(BigDecimal.valueOf(compte.centimes, 2)), Duration.ofNanos(System.nanoTime() - debut));
    }

    private static void pause(Duration pause) {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ce que le lancement a liquidé (pour son bilan). */
    private static final class Compte {
        int feuilles;
        int payees;
        long centimes;
    }

    private record Lot(UUID id, int derniereLigne, boolean termine, LocalDate dateDeLiquidation) {
    }

    private Lot ouvrirLeLot(Path fichier, String empreinte, LocalDate dateDeLiquidation) {
        return jdbc(c -> {
            try (var ps = c.prepareStatement("select id, derniere_ligne, statut, date_liquidation from sante.lot_de_liquidation where empreinte = ?")) {
                ps.setString(1, empreinte);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        var date = rs.getObject(4, LocalDate.class);
                        return new Lot(rs.getObject(1, UUID.class), rs.getInt(2), "TERMINE".equals(rs.getString(3)), date == null ? dateDeLiquidation : date);
                    }
                }
            }
            var id = UUID.randomUUID();
            try (var ps = c.prepareStatement("""
                    insert into sante.lot_de_liquidation (id, source, recu_le, derniere_ligne, statut, empreinte, date_liquidation)
                    values (?, ?, ?, 0, 'EN_COURS', ?, ?)
                    """)) {
                var nom = fichier.getFileName() == null ? fichier.toString() : fichier.getFileName().toString();
                ps.setObject(1, id);
                ps.setString(2, nom.length() > 255 ? nom.substring(0, 255) : nom);
                ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                ps.setString(4, empreinte);
                ps.setObject(5, dateDeLiquidation);
                ps.executeUpdate();
            }
            return new Lot(id, 0, false, dateDeLiquidation);
        });
    }

    /** Une feuille de la tranche : son rang dans la tranche, son numéro de ligne, son texte et sa lecture. */
    private record Ligne(int numero, String texte, FeuilleLue lue) {
    }

    /** Le décompte d'une ligne et ce qu'il faut en écrire. */
    private record Liquidee(Ligne ligne, Decompte decompte) {
    }

    private void enregistrerLaTranche(Lot lot, List<String> textes, List<Integer> numeros, int precedente, int derniereLigne, FormatDesFeuilles format,
            Compte compte, Consumer<Avancement> avancement) {
        long t0 = System.nanoTime();
        var lues = new Ligne[textes.size()];
        IntStream.range(0, lues.length).parallel().forEach(i -> lues[i] = new Ligne(numeros.get(i), textes.get(i), format.lire(textes.get(i))));
        var temps = new long[4];
        temps[0] = System.nanoTime() - t0;
        var ecrites = transactions.execute(tx -> jdbc(c -> {
            verrouiller(c, lot, precedente);
            var liquidees = liquider(c, lues, temps);
            long t2 = System.nanoTime();
            ecrire(c, lot, liquidees);
            temps[3] = System.nanoTime() - t2;
            try (var ps = c.prepareStatement("update sante.lot_de_liquidation set derniere_ligne = ? where id = ?")) {
                ps.setInt(1, derniereLigne);
                ps.setObject(2, lot.id());
                ps.executeUpdate();
            }
            if (!liquidees.isEmpty()) {
                evenements.publishEvent(resume(lot, liquidees));
            }
            return liquidees;
        }));
        for (var l : ecrites) {
            compte.feuilles++;
            if (l.decompte().estPaye()) {
                compte.payees++;
                compte.centimes += l.decompte().montantPaye().enCentimes();
            }
        }
        LOG.debug("tranche de {} lignes : lecture {} ms, état {} ms, liquidation {} ms, écriture {} ms, total {} ms", textes.size(), temps[0] / 1_000_000,
                temps[1] / 1_000_000, temps[2] / 1_000_000, temps[3] / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        textes.clear();
        numeros.clear();
        avancement.accept(new Avancement(lot.id(), derniereLigne, compte.feuilles, ecrites.stream().map(Liquidee::decompte).toList()));
    }

    /**
     * Prend le verrou de la liquidation et vérifie que la tranche n'a pas été enregistrée entre-temps par un autre
     * lancement sur le même fichier.
     */
    private static void verrouiller(Connection c, Lot lot, int precedente) throws SQLException {
        try (var ps = c.prepareStatement("select id from sante.verrou_de_liquidation where id = 1 for update")) {
            ps.executeQuery().close();
        }
        try (var ps = c.prepareStatement("select derniere_ligne from sante.lot_de_liquidation where id = ?")) {
            ps.setObject(1, lot.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != precedente) {
                    throw new IllegalStateException("le lot " + lot.id() + " est liquidé par un autre lancement (ligne " + rs.getInt(1)
                            + " déjà enregistrée) : rien n'est écrit deux fois");
                }
            }
        }
    }

    // --- liquidation d'une tranche avec l'état enregistré des bénéficiaires

    private List<Liquidee> liquider(Connection c, Ligne[] lues, long[] temps) throws SQLException {
        var parNir = new HashMap<String, List<Integer>>();
        var dates = new java.util.HashSet<LocalDate>();
        var identifiants = new LinkedHashSet<String>();
        for (int i = 0; i < lues.length; i++) {
            var simulee = lues[i].lue().feuille();
            if (simulee == null) {
                continue;
            }
            var f = simulee.feuille();
            parNir.computeIfAbsent(f.nir().valeur(), n -> new ArrayList<>(2)).add(i);
            dates.add(f.dateDesSoins());
            identifiants.add(f.id());
        }
        var resultat = new Decompte[lues.length];
        if (!parNir.isEmpty()) {
            long t0 = System.nanoTime();
            var nirs = parNir.keySet();
            var connues = situations.situations(nirs);
            var compteurs = new HashMap<String, CompteursDuBeneficiaire>(nirs.size() * 2);
            nirs.forEach(n -> compteurs.put(n, new CompteursDuBeneficiaire()));
            reprendreLEtat(c, nirs, dates, compteurs);
            var dejaPayees = ConcurrentHashMap.<String>newKeySet();
            dejaPayees.addAll(feuillesPayees(c, identifiants));
            temps[1] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            var groupes = new ArrayList<>(parNir.entrySet());
            IntStream.range(0, groupes.size()).parallel().forEach(g -> {
                var groupe = groupes.get(g);
                var situation = connues.get(groupe.getKey());
                var etat = compteurs.get(groupe.getKey());
                var indices = groupe.getValue();
                indices.sort((a, b) -> {
                    int parDate = lues[a].lue().feuille().feuille().dateDesSoins().compareTo(lues[b].lue().feuille().feuille().dateDesSoins());
                    return parDate != 0 ? parDate : Integer.compare(a, b);
                });
                for (int i : indices) {
                    var f = lues[i].lue().feuille().feuille();
                    Decompte d;
                    if (dejaPayees.contains(f.id())) {
                        d = feuilleDejaPayee(f);
                    } else {
                        var doublons = etat.dejaPayes(f);
                        d = liquidation.liquider(f, situation, etat.avant(f), doublons::contains);
                        if (d.estPaye() && !dejaPayees.add(f.id())) {
                            d = feuilleDejaPayee(f);
                        }
                    }
                    etat.enregistrer(f, d);
                    resultat[i] = d;
                }
            });
            temps[2] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            ecrireLesCumuls(c, nirs, dates, compteurs);
            temps[1] += System.nanoTime() - t0;
        }
        var liquidees = new ArrayList<Liquidee>(lues.length);
        for (int i = 0; i < lues.length; i++) {
            var d = resultat[i];
            if (d == null) {
                var lue = lues[i].lue();
                d = Decompte.feuilleInvalide(lue.id(), "ligne " + lues[i].numero() + " : " + lue.erreur());
            }
            liquidees.add(new Liquidee(lues[i], d));
        }
        return liquidees;
    }

    private static Decompte feuilleDejaPayee(FeuilleDeSoins f) {
        var rejet = new Rejet(MotifDeRejet.DOUBLON, "feuille n° " + f.id() + " déjà reçue et payée");
        var explication = new Explication().note("Feuille " + f.id() + " (" + f.flux().libelle() + ", reçue le " + EnFrancais.date(f.dateDeReception())
                + ") : soins du " + EnFrancais.date(f.dateDesSoins()) + ", bénéficiaire " + f.nir().formate()).note("Feuille rejetée :")
                .note("- " + rejet.libelle());
        return Decompte.rejete(f.id(), f.nir().valeur(), f.dateDesSoins(), List.of(rejet), f.tiersPayant() ? Payeur.PS : Payeur.ASSURE, explication,
                null);
    }

    private static Set<String> feuillesPayees(Connection c, Set<String> identifiants) throws SQLException {
        var payees = new java.util.HashSet<String>();
        if (identifiants.isEmpty()) {
            return payees;
        }
        try (var ps = c.prepareStatement("select feuille from sante.decompte where feuille = any (?) and statut = 'PAYE'")) {
            ps.setArray(1, c.createArrayOf("varchar", identifiants.toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    payees.add(rs.getString(1));
                }
            }
        }
        return payees;
    }

    /** Relit les cumuls enregistrés des bénéficiaires de la tranche, et leurs soins payés aux dates de la tranche. */
    private static void reprendreLEtat(Connection c, Set<String> nirs, Set<LocalDate> dates, Map<String, CompteursDuBeneficiaire> compteurs)
            throws SQLException {
        var tableau = c.createArrayOf("varchar", nirs.toArray());
        var jours = c.createArrayOf("date", dates.stream().map(java.sql.Date::valueOf).toArray());
        var annees = c.createArrayOf("integer", dates.stream().map(LocalDate::getYear).distinct().toArray());
        try (var ps = c.prepareStatement("""
                select nir, annee, participations, franchises from sante.cumul_annuel where nir = any (?) and annee = any (?)
                """)) {
            ps.setArray(1, tableau);
            ps.setArray(2, annees);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    compteurs.get(rs.getString(1)).reprendreAnnee(rs.getInt(2), Montant.euros(rs.getBigDecimal(3)), Montant.euros(rs.getBigDecimal(4)));
                }
            }
        }
        try (var ps = c.prepareStatement("select nir, montant from sante.participation_a_recouvrer where nir = any (?)")) {
            ps.setArray(1, tableau);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    compteurs.get(rs.getString(1)).reprendreARecouvrer(Montant.euros(rs.getBigDecimal(2)));
                }
            }
        }
        try (var ps = c.prepareStatement("""
                select nir, date_soins, executant_rpps, participations, franchises_paramedicales, franchises_transports from sante.decompte
                where nir = any (?) and date_soins = any (?) and statut = 'PAYE'
                  and (participations > 0 or franchises_paramedicales > 0 or franchises_transports > 0)
                """)) {
            ps.setArray(1, tableau);
            ps.setArray(2, jours);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    var etat = compteurs.get(rs.getString(1));
                    var date = rs.getObject(2, LocalDate.class);
                    etat.reprendreJour(date, rs.getString(3), rs.getInt(4), Montant.euros(rs.getBigDecimal(5)));
                    var transports = Montant.euros(rs.getBigDecimal(6));
                    if (transports.estPositif()) {
                        etat.reprendreTransports(date, transports);
                    }
                }
            }
        }
        try (var ps = c.prepareStatement("""
                select nir, executant_rpps, date_soins, code, coefficient, activite, phase, quantite from sante.soin_paye
                where nir = any (?) and date_soins = any (?)
                """)) {
            ps.setArray(1, tableau);
            ps.setArray(2, jours);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    compteurs.get(rs.getString(1)).reprendreSoin(new CleDeSoin(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
    }

    /** Réécrit les cumuls annuels et les participations à récupérer des bénéficiaires dont la tranche a changé les cumuls. */
    private static void ecrireLesCumuls(Connection c, Set<String> nirs, Set<LocalDate> dates, Map<String, CompteursDuBeneficiaire> compteurs)
            throws SQLException {
        var modifies = nirs.stream().filter(n -> compteurs.get(n).modifie()).toArray();
        if (modifies.length == 0) {
            return;
        }
        var tableau = c.createArrayOf("varchar", modifies);
        var annees = dates.stream().map(LocalDate::getYear).collect(java.util.stream.Collectors.toSet());
        try (var ps = c.prepareStatement("delete from sante.cumul_annuel where nir = any (?) and annee = any (?)")) {
            ps.setArray(1, tableau);
            ps.setArray(2, c.createArrayOf("integer", annees.toArray()));
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("delete from sante.participation_a_recouvrer where nir = any (?)")) {
            ps.setArray(1, tableau);
            ps.executeUpdate();
        }
        var annuels = new ArrayList<@Nullable Object[]>(modifies.length);
        var aRecouvrer = new ArrayList<@Nullable Object[]>();
        for (var o : modifies) {
            var nir = (String) o;
            var etat = compteurs.get(nir);
            etat.cumulsAnnuels().forEach((annee, m) -> {
                if (annees.contains(annee)) {
                    annuels.add(new Object[] { nir, annee, m[0].valeur(), m[1].valeur() });
                }
            });
            if (!etat.participationsARecouvrer().estNul()) {
                aRecouvrer.add(new Object[] { nir, etat.participationsARecouvrer().valeur() });
            }
        }
        EcritureEnMasse.ecrire(c, "sante.cumul_annuel", List.of("nir", "annee", "participations", "franchises"), annuels);
        EcritureEnMasse.ecrire(c, "sante.participation_a_recouvrer", List.of("nir", "montant"), aRecouvrer);
    }

    // --- écriture de la tranche

    /** Les lignes des tables pour une feuille liquidée, préparées en parallèle. */
    private record Lignes(@Nullable Object[] decompte, List<@Nullable Object[]> lignes, List<@Nullable Object[]> motifs, List<@Nullable Object[]> soins,
            @Nullable Object @Nullable [] quarantaine) {
    }

    private void ecrire(Connection c, Lot lot, List<Liquidee> liquidees) throws SQLException {
        var maintenant = LocalDateTime.now();
        var preparees = new Lignes[liquidees.size()];
        IntStream.range(0, preparees.length).parallel().forEach(i -> preparees[i] = preparer(lot, liquidees.get(i), maintenant));
        var decomptes = new ArrayList<@Nullable Object[]>(preparees.length);
        var lignes = new ArrayList<@Nullable Object[]>(preparees.length * 2);
        var motifs = new ArrayList<@Nullable Object[]>();
        var soins = new ArrayList<@Nullable Object[]>(preparees.length * 2);
        var quarantaine = new ArrayList<@Nullable Object[]>();
        for (var p : preparees) {
            decomptes.add(p.decompte());
            lignes.addAll(p.lignes());
            motifs.addAll(p.motifs());
            soins.addAll(p.soins());
            if (p.quarantaine() != null) {
                quarantaine.add(p.quarantaine());
            }
        }
        EcritureEnMasse.ecrire(c, "sante.decompte", COLONNES_DECOMPTE, decomptes);
        EcritureEnMasse.ecrire(c, "sante.ligne_de_decompte", COLONNES_LIGNE, lignes);
        EcritureEnMasse.ecrire(c, "sante.motif_de_rejet", COLONNES_MOTIF, motifs);
        EcritureEnMasse.ecrire(c, "sante.soin_paye", COLONNES_SOIN, soins);
        EcritureEnMasse.ecrire(c, "sante.feuille_en_quarantaine", COLONNES_QUARANTAINE, quarantaine);
    }

    private static Lignes preparer(Lot lot, Liquidee l, LocalDateTime maintenant) {
        var d = l.decompte();
        var simulee = l.ligne().lue().feuille();
        var f = simulee == null ? null : simulee.feuille();
        var id = UUID.randomUUID();
        var i = d.imputations();
        @Nullable Object[] decompte = { id, lot.id(), l.ligne().numero(), d.feuille(), d.nir(), d.dateDesSoins(), f == null ? null : f.dateDeReception(),
                f == null ? null : f.flux().name(), f == null ? null : f.executant().rpps().valeur(), d.statut().name(), d.payeur().name(),
                d.montantRembourse().valeur(), d.participationForfaitaire().valeur(), d.franchises().valeur(), d.recupere().valeur(),
                d.aRecouvrer().valeur(), d.montantPaye().valeur(), d.versionDesParametres(), EnFrancais.texte(d.explication()), maintenant,
                i.participationsForfaitaires(), i.franchisesActesParamedicaux().valeur(), i.franchisesTransports().valeur(), lot.dateDeLiquidation() };
        var lignes = new ArrayList<@Nullable Object[]>(d.lignes().size());
        for (var ligne : d.lignes()) {
            lignes.add(new Object[] { id, ligne.numero(), ligne.code().toString(), ligne.coefficient(), ligne.quantite(), ligne.montantFacture().valeur(),
                    ligne.base().valeur(), ligne.taux(), ligne.rembourse().valeur(), ligne.depassement().valeur(), ligne.franchise().valeur() });
        }
        var motifs = new ArrayList<@Nullable Object[]>(d.rejets().size());
        for (int r = 0; r < d.rejets().size(); r++) {
            motifs.add(new Object[] { id, r + 1, d.rejets().get(r).motif().name(), d.rejets().get(r).libelle() });
        }
        List<@Nullable Object[]> soins = List.of();
        if (d.estPaye() && f != null) {
            var cles = new LinkedHashSet<CleDeSoin>();
            f.lignes().forEach(ligne -> cles.add(CleDeSoin.de(f, ligne)));
            soins = new ArrayList<>(cles.size());
            for (var cle : cles) {
                soins.add(new Object[] { cle.nir(), cle.rpps(), cle.date(), cle.code(), cle.coefficient(), cle.activite(), cle.phase(), cle.quantite(), id });
            }
        }
        @Nullable Object[] quarantaine = null;
        if (!d.estPaye()) {
            var premier = d.rejets().get(0);
            var motif = String.join(" ; ", d.rejets().stream().map(Rejet::libelle).toList());
            quarantaine = new Object[] { lot.id(), l.ligne().numero(), d.feuille(), premier.motif().name(), motif, l.ligne().texte() };
        }
        return new Lignes(decompte, lignes, motifs, soins, quarantaine);
    }

    /** Le résumé de la tranche publié pour le pilotage. */
    private static DecomptesLiquides resume(Lot lot, List<Liquidee> liquidees) {
        var parFlux = new HashMap<String, Integer>();
        var rejets = new HashMap<String, Integer>();
        var parCategorie = new HashMap<String, Montant>();
        var delais = new HashMap<String, DelaisObserves>();
        int payees = 0;
        var paye = Montant.ZERO;
        for (var l : liquidees) {
            var d = l.decompte();
            var simulee = l.ligne().lue().feuille();
            var flux = simulee == null ? "ILLISIBLE" : simulee.feuille().flux().name();
            parFlux.merge(flux, 1, Integer::sum);
            if (simulee != null) {
                var f = simulee.feuille();
                delais.merge(flux, DelaisObserves.un(ChronoUnit.DAYS.between(f.dateDeReception(), lot.dateDeLiquidation())), DelaisObserves::plus);
            }
            if (!d.estPaye()) {
                rejets.merge(d.rejets().get(0).motif().name(), 1, Integer::sum);
                continue;
            }
            payees++;
            paye = paye.plus(d.montantPaye());
            var profession = simulee.feuille().executant().profession();
            for (var ligne : d.lignes()) {
                var categorie = CategorieDeSoins.de(ligne.code(), profession);
                if (categorie != null && ligne.rembourse().estPositif()) {
                    parCategorie.merge(categorie.name(), ligne.rembourse(), Montant::plus);
                }
            }
        }
        return new DecomptesLiquides(lot.dateDeLiquidation(), liquidees.size(), payees, liquidees.size() - payees, paye, parFlux, rejets, parCategorie,
                delais);
    }

    /** Après un lot, les statistiques du planificateur (l'autovacuum peut être coupé sur une base de production chargée en masse). */
    private void analyser() {
        jdbc(c -> {
            if (EcritureEnMasse.postgres(c)) {
                try (var s = c.createStatement()) {
                    s.execute("analyze sante.decompte, sante.soin_paye, sante.cumul_annuel, sante.participation_a_recouvrer");
                }
            }
            return null;
        });
    }

    // --- outils

    /** Le SHA-256 du fichier, en hexadécimal. */
    static String empreinte(Path fichier) throws IOException {
        try (InputStream entree = Files.newInputStream(fichier)) {
            var sha = MessageDigest.getInstance("SHA-256");
            var tampon = new byte[1 << 16];
            int n;
            while ((n = entree.read(tampon)) > 0) {
                sha.update(tampon, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SurLaConnexion<T> {
        T executer(Connection c) throws SQLException;
    }

    /** Exécute sur la connexion de la transaction en cours (ou une connexion prise pour l'occasion). */
    private <T> T jdbc(SurLaConnexion<T> travail) {
        var c = DataSourceUtils.getConnection(source);
        try {
            return travail.executer(c);
        } catch (SQLException e) {
            throw new IllegalStateException("liquidation enregistrée : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, source);
        }
    }
}
