package fr.caissecommune.recouvrement;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.recouvrement.calcul.CotisationsIndependants;
import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import fr.caissecommune.recouvrement.dsn.GenerateurDsn;
import fr.caissecommune.regles.Parametres;

/**
 * Le recouvrement du département simulé : des comptes cotisants dans les proportions des rapports d'activité de la
 * CCSS de la Lozère (2023 : 2 718 employeurs privés, 256 administrations et collectivités, 24 particuliers employeurs,
 * 4 923 travailleurs indépendants, 331 autres comptes ; 332 PAM en 2012), leurs DSN mensuelles générées puis déposées,
 * les appels des non-salariés, les prélèvements et virements, quelques retards (DSN tardives, paiements en retard,
 * rejets de prélèvement, défaillants mis en demeure), des plans d'apurement et des contrôles (231 entreprises contrôlées
 * en 2023). Relancée, elle reprend la même population et ne paie rien deux fois (références et dépôts idempotents).
 */
@Service
public class SimulationDuRecouvrement {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationDuRecouvrement.class);

    /** Comptes actifs de la Lozère par catégorie (rapport d'activité 2023 ; PAM : rapport 2012). */
    static final Map<CategorieDeCotisant, Integer> LOZERE = Map.of(CategorieDeCotisant.EMPLOYEUR_PRIVE, 2_718,
            CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE, 256, CategorieDeCotisant.PARTICULIER_EMPLOYEUR, 24,
            CategorieDeCotisant.TRAVAILLEUR_INDEPENDANT, 4_923, CategorieDeCotisant.PAM, 332, CategorieDeCotisant.AUTRE, 331);

    private static final String[] METIERS = { "Boulangerie", "Menuiserie", "Garage", "Hôtel", "Restaurant", "Scierie", "Transports", "Pharmacie",
            "Maçonnerie", "Fromagerie", "Supérette", "Électricité", "Plomberie", "Camping", "Ambulances", "Coiffure", "Imprimerie", "Laiterie" };
    private static final String[] LIEUX = { "de Mende", "de Marvejols", "de Langogne", "de Florac", "de Saint-Chély", "du Causse", "de l'Aubrac",
            "du Gévaudan", "de la Margeride", "des Cévennes", "du Lot", "du Tarn", "de Meyrueis", "de Villefort", "de Chanac" };
    private static final String[] NOMS = { "Martin", "Bernard", "Roux", "Fabre", "Boyer", "Vidal", "Rouvière", "Bonnet", "Pagès", "Malzac",
            "Chabert", "Brunel", "Prouhèze", "Jourdan", "Astruc", "Boulet", "Crouzet", "Fages" };
    private static final String[] COMMUNES = { "48095", "48092", "48080", "48061", "48140", "48198", "48146", "48166" };

    /** Le comportement de paiement d'un compte. */
    enum Payeur { PRELEVEMENT, VIREMENT, RETARDATAIRE, DEFAILLANT }

    /** Le bilan d'une simulation. */
    public record Bilan(Map<CategorieDeCotisant, Integer> cotisants, int dsnAcceptees, int dsnTardives, int appels, int paiements, int rejets,
            int majorations, int misesEnDemeure, int contraintes, int plans, int plansDenonces, int controles) {

        public String enFrancais() {
            return String.format(java.util.Locale.FRANCE, "%s%n%,d DSN acceptées (%,d tardives), %,d appels de non-salariés, %,d paiements, %,d rejets de "
                    + "prélèvement, %,d majorations, %,d mises en demeure, %,d contraintes, %,d plans d'apurement (%,d dénoncés), %,d contrôles",
                    cotisants, dsnAcceptees, dsnTardives, appels, paiements, rejets, majorations, misesEnDemeure, contraintes, plans, plansDenonces, controles);
        }
    }

    private final Cotisants cotisants;
    private final Recouvrements recouvrements;
    private final DepotDesDeclarations depot;
    private final Parametres parametres;
    private final JdbcClient jdbc;

    SimulationDuRecouvrement(Cotisants cotisants, Recouvrements recouvrements, DepotDesDeclarations depot, Parametres parametres, JdbcClient jdbc) {
        this.cotisants = cotisants;
        this.recouvrements = recouvrements;
        this.depot = depot;
        this.parametres = parametres;
        this.jdbc = jdbc;
    }

    private record Compte(Cotisant cotisant, Payeur payeur, int salaries, long graine, BigDecimal revenuAnnuel) {
    }

    private record PaiementPrevu(LocalDate le, UUID cotisant, UUID echeance, BigDecimal montant, String reference) {
    }

    /**
     * Simule le recouvrement de {@code depuis} à {@code jusqua} inclus (mois d'emploi) jusqu'à la date {@code aujourdhui},
     * avec une population égale à {@code echelle} fois celle de la Lozère.
     */
    public Bilan simuler(double echelle, YearMonth depuis, YearMonth jusqua, LocalDate aujourdhui, long graine, String comptable) {
        if (echelle <= 0 || echelle > 20) {
            throw new ChampInvalide("echelle", "L'échelle doit être comprise entre 0 (exclu) et 20");
        }
        if (jusqua.isBefore(depuis)) {
            throw new ChampInvalide("jusqua", "Le dernier mois précède le premier");
        }
        var alea = new SplittableRandom(graine);
        var comptes = population(echelle, depuis.atDay(1), alea);
        var n = new int[11];
        var dossier = dossierTemporaire();
        var prevus = new ArrayList<PaiementPrevu>();
        try {
            for (var mois = depuis; !mois.isAfter(jusqua); mois = mois.plusMonths(1)) {
                var suivant = mois.plusMonths(1);
                if (suivant.atDay(1).isAfter(aujourdhui)) {
                    break;
                }
                var pourLeMois = ParametresDeCotisation.depuis(parametres.a(mois.atEndOfMonth()));
                // 1. Déclarations et appels du mois, reçus au début du mois suivant.
                for (var c : comptes) {
                    var cot = c.cotisant();
                    if (cot.categorie().employeur() && cot.siret() != null) {
                        var echeance = depot.echeance(mois, c.salaries());
                        var a = tirage(graine, cot.siret() + mois);
                        var tardive = a.nextInt(100) < 3;
                        var recuLe = tardive ? echeance.plusDays(2 + a.nextInt(35)) : echeance.minusDays(1 + a.nextInt(8));
                        if (recuLe.isAfter(aujourdhui)) {
                            recuLe = aujourdhui;
                        }
                        var f = dossier.resolve(cot.siret() + "-" + mois + ".dsn");
                        try (var w = new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.ISO_8859_1)) {
                            new GenerateurDsn(cot.siret().substring(0, 8), mois, c.salaries(), c.graine(), pourLeMois).ecrire(w, c.salaries());
                        }
                        var compteRendu = depot.deposerRecuLe(f, recuLe);
                        Files.deleteIfExists(f);
                        if (compteRendu.acceptee()) {
                            n[0]++;
                            if (recuLe.isAfter(echeance)) {
                                n[1]++;
                            }
                        } else if (compteRendu.erreurs().stream().noneMatch(e -> "DOUBLON".equals(e.regle()))) {
                            LOG.warn("DSN simulée rejetée : {}", compteRendu.enFrancais());
                        }
                    } else {
                        var mensuel = appel(c, mois);
                        recouvrements.appeler(cot.id(), mois, mensuel, "Cotisations provisionnelles " + mois);
                        n[2]++;
                    }
                }
                // 2. Paiements à l'exigibilité : prélèvements sur mandat, virements, quelques rejets.
                for (var jour : List.of(5, 15)) {
                    var exigible = suivant.atDay(jour);
                    if (exigible.isAfter(aujourdhui)) {
                        continue;
                    }
                    for (var c : comptes) {
                        if (c.cotisant().jourExigibilite() != jour) {
                            continue;
                        }
                        for (var e : recouvrements.ouvertes(c.cotisant().id(), exigible.plusDays(1))) {
                            if (!e.exigibleLe().equals(exigible) || e.nature() != NatureDEcheance.COTISATIONS) {
                                continue;
                            }
                            var ref = "VIR-" + c.cotisant().numero() + "-" + e.periode().toString().replace("-", "");
                            var a = tirage(graine, ref);
                            switch (c.payeur()) {
                                case VIREMENT -> prevus.add(new PaiementPrevu(exigible.minusDays(1 + a.nextInt(4)), c.cotisant().id(), e.id(), e.reste(), ref));
                                case RETARDATAIRE -> prevus.add(new PaiementPrevu(exigible.plusDays(10 + a.nextInt(60)), c.cotisant().id(), e.id(), e.reste(), ref));
                                default -> {
                                }
                            }
                        }
                    }
                    payerLesPrevus(prevus, exigible, n);
                    recouvrements.preleverLesEcheances(exigible, comptable).ifPresent(fichier -> n[3] += fichier.nombre());
                    var prelevements = jdbc.sql("select reference, cotisant_id, echeance_id, montant from recouvrement.prelevement where date_echeance = ? and statut = 'EMIS'")
                            .param(java.sql.Date.valueOf(exigible)).query((rs, i) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class),
                                    rs.getObject(3, UUID.class), rs.getBigDecimal(4) }).list();
                    for (var p : prelevements) {
                        var a = tirage(graine, (String) p[0]);
                        if (a.nextInt(1000) < 12 && !exigible.plusDays(3).isAfter(aujourdhui)) {
                            recouvrements.rejeterPrelevement((String) p[0], "AM04 provision insuffisante", exigible.plusDays(3));
                            n[4]++;
                            prevus.add(new PaiementPrevu(exigible.plusDays(8 + a.nextInt(30)), (UUID) p[1], (UUID) p[2], (BigDecimal) p[3],
                                    "REG-" + ((String) p[0]).substring(5)));
                        }
                    }
                    if (!exigible.plusDays(1).isAfter(aujourdhui)) {
                        n[5] += recouvrements.majorer(exigible.plusDays(1));
                    }
                }
                // 3. Fin de mois : paiements en retard, poursuites, plans, contrôles.
                var finDeMois = suivant.atDay(Math.min(25, suivant.lengthOfMonth()));
                if (finDeMois.isAfter(aujourdhui)) {
                    finDeMois = aujourdhui;
                }
                payerLesPrevus(prevus, finDeMois, n);
                n[5] += recouvrements.majorer(finDeMois);
                n[6] += recouvrements.mettreEnDemeure(finDeMois);
                n[7] += recouvrements.decernerLesContraintes(finDeMois);
                n[9] += recouvrements.suivreLesPlans(finDeMois);
                for (var c : comptes) {
                    if (c.payeur() != Payeur.DEFAILLANT) {
                        continue;
                    }
                    var id = c.cotisant().id();
                    var contrainte = recouvrements.actes(id).stream().anyMatch(a -> a.nature().equals("CONTRAINTE") && a.statut().equals("DECERNEE"));
                    var a = tirage(graine, c.cotisant().numero() + "-plan");
                    if (contrainte && a.nextInt(3) == 0 && recouvrements.plans(id).isEmpty()) {
                        var plan = recouvrements.accorderPlan(id, 6 + a.nextInt(7), finDeMois.plusDays(10), "Délai de paiement demandé par le cotisant",
                                finDeMois);
                        n[8]++;
                        if (c.cotisant().categorie().employeur() && a.nextInt(2) == 0) {
                            cotisants.signalerDifficulte(id, true, "Accompagnement CCSF : délais sur la part patronale");
                        }
                        var manque = a.nextInt(10) < 3 ? 2 + a.nextInt(3) : Integer.MAX_VALUE;
                        for (var v : plan.versements()) {
                            if (v.rang() >= manque) {
                                break;
                            }
                            prevus.add(new PaiementPrevu(v.dateLimite().minusDays(a.nextInt(5)), id, null, v.montant(),
                                    "PLAN-" + c.cotisant().numero() + "-" + v.rang()));
                        }
                    }
                }
                // Contrôles : environ 8 % des employeurs par an (231 sur 2 974 en 2023), redressement moyen 1 050 €, crédits 9 % des redressements.
                for (var c : comptes) {
                    var a = tirage(graine, c.cotisant().numero() + "-controle-" + mois);
                    if (c.cotisant().categorie().employeur() && a.nextInt(1200) < 8 && recouvrements.controles(c.cotisant().id()).stream()
                            .noneMatch(k -> k.notifieLe().getYear() == suivant.getYear())) {
                        var redressement = BigDecimal.valueOf(a.nextInt(3) == 0 ? 0 : 200 + a.nextInt(2000));
                        var credit = BigDecimal.valueOf(a.nextInt(6) == 0 ? 100 + a.nextInt(400) : 0);
                        recouvrements.notifierControle(c.cotisant().id(), finDeMois.minusYears(3).withDayOfMonth(1).withMonth(1),
                                finDeMois.minusYears(1).withMonth(12).withDayOfMonth(31), finDeMois, redressement, credit,
                                redressement.signum() > 0 ? "Assiette : primes et avantages en nature non déclarés" : "Contrôle sans redressement (prévention)");
                        n[10]++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(dossier);
            } catch (IOException e) {
                LOG.warn("Dossier temporaire {} non supprimé", dossier);
            }
        }
        var parCategorie = new java.util.EnumMap<CategorieDeCotisant, Integer>(CategorieDeCotisant.class);
        comptes.forEach(c -> parCategorie.merge(c.cotisant().categorie(), 1, Integer::sum));
        return new Bilan(parCategorie, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10]);
    }

    /** Un tirage propre à une clé (compte, mois, référence) : une relance refait exactement les mêmes choix. */
    private static SplittableRandom tirage(long graine, String cle) {
        return new SplittableRandom(graine * 31 + cle.hashCode());
    }

    private void payerLesPrevus(List<PaiementPrevu> prevus, LocalDate jusqua, int[] n) {
        prevus.sort(Comparator.comparing(PaiementPrevu::le));
        var it = prevus.iterator();
        while (it.hasNext()) {
            var p = it.next();
            if (p.le().isAfter(jusqua)) {
                break;
            }
            it.remove();
            var reste = p.echeance() == null ? p.montant() : recouvrements.echeance(p.echeance()).reste().min(p.montant());
            if (reste.signum() > 0) {
                recouvrements.encaisser(p.cotisant(), "VIREMENT", reste, p.le(), p.reference(), p.echeance());
                n[3]++;
            }
        }
    }

    /** La cotisation mensuelle appelée d'un non-salarié : un douzième des cotisations annuelles sur son revenu estimé. */
    private BigDecimal appel(Compte c, YearMonth mois) {
        var categorie = c.cotisant().categorie();
        if (categorie == CategorieDeCotisant.TRAVAILLEUR_INDEPENDANT || categorie == CategorieDeCotisant.PAM) {
            var annuel = CotisationsIndependants.depuisLeRevenuProfessionnel(c.revenuAnnuel(), CotisationsIndependants.Activite.ARTISANALE,
                    parametres.a(mois.atDay(1))).total();
            return annuel.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        }
        return c.revenuAnnuel().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** La population : reprise si elle existe, sinon créée dans les proportions de la Lozère. */
    private List<Compte> population(double echelle, LocalDate ouverture, SplittableRandom alea) {
        var existants = jdbc.sql("select * from recouvrement.cotisant order by numero").query(Cotisants::cotisant).list();
        var comptes = new ArrayList<Compte>();
        if (!existants.isEmpty()) {
            for (var c : existants) {
                comptes.add(compte(c, alea));
            }
            return comptes;
        }
        int rang = 0;
        for (var categorie : CategorieDeCotisant.values()) {
            int nombre = Math.max(1, (int) Math.round(LOZERE.get(categorie) * echelle));
            for (int i = 0; i < nombre; i++) {
                rang++;
                var commune = COMMUNES[alea.nextInt(COMMUNES.length)];
                Cotisant c;
                if (categorie == CategorieDeCotisant.EMPLOYEUR_PRIVE || categorie == CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE) {
                    var prefixe = categorie == CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE ? "2" : String.valueOf(3 + alea.nextInt(6));
                    var siren8 = prefixe + String.format("%07d", 4_800_000 + rang);
                    var siret = GenerateurDsn.avecCleDeLuhn(GenerateurDsn.avecCleDeLuhn(siren8) + "0001");
                    var nom = categorie == CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE
                            ? (alea.nextInt(4) == 0 ? "Communauté de communes " : "Commune ") + LIEUX[alea.nextInt(LIEUX.length)].replaceFirst("^d[eu]s? (l')?", "")
                            : METIERS[alea.nextInt(METIERS.length)] + " " + LIEUX[alea.nextInt(LIEUX.length)] + " " + NOMS[alea.nextInt(NOMS.length)];
                    c = cotisants.immatriculer(new NouveauCotisant(categorie, nom, siret, null, null, commune, ouverture, effectif(categorie, alea),
                            new BigDecimal(String.format(java.util.Locale.ROOT, "%.2f", 0.8 + alea.nextDouble() * 3))));
                } else {
                    var nir = nir(alea, rang);
                    var prefixe = switch (categorie) {
                        case PARTICULIER_EMPLOYEUR -> "Particulier employeur ";
                        case PAM -> alea.nextInt(2) == 0 ? "Dr " : "Infirmier·e ";
                        case AUTRE -> "Assuré volontaire ";
                        default -> "";
                    };
                    c = cotisants.immatriculer(new NouveauCotisant(categorie, prefixe + NOMS[alea.nextInt(NOMS.length)] + " " + (char) ('A' + alea.nextInt(26)) + ".",
                            null, nir, null, commune, ouverture, null, null));
                }
                var compte = compte(c, alea);
                if (compte.payeur() == Payeur.PRELEVEMENT) {
                    cotisants.enregistrerMandat(c.id(), iban(alea, rang), null, ouverture.minusMonths(1 + alea.nextInt(24)));
                }
                comptes.add(compte(cotisants.trouver(c.id()), new SplittableRandom(rang)));
            }
        }
        return comptes;
    }

    private static Compte compte(Cotisant c, SplittableRandom alea) {
        var a = new SplittableRandom(c.numero().hashCode());
        int tirage = a.nextInt(1000);
        var independant = !c.categorie().employeur();
        // Taux de RAR des rapports : 0,25 à 2,2 % pour les employeurs, 8 à 10 % pour les indépendants.
        Payeur payeur = independant ? (tirage < 60 ? Payeur.DEFAILLANT : tirage < 120 ? Payeur.RETARDATAIRE : tirage < 700 ? Payeur.PRELEVEMENT : Payeur.VIREMENT)
                : (tirage < 12 ? Payeur.DEFAILLANT : tirage < 50 ? Payeur.RETARDATAIRE : tirage < 850 ? Payeur.PRELEVEMENT : Payeur.VIREMENT);
        if (c.mandatActif() && payeur == Payeur.VIREMENT) {
            payeur = Payeur.PRELEVEMENT;
        }
        int salaries = c.effectif() == null ? 0 : Math.max(1, c.effectif());
        var revenu = switch (c.categorie()) {
            case TRAVAILLEUR_INDEPENDANT -> BigDecimal.valueOf(5_000 + a.nextInt(22_000));
            case PAM -> BigDecimal.valueOf(35_000 + a.nextInt(90_000));
            case PARTICULIER_EMPLOYEUR -> BigDecimal.valueOf(600 + a.nextInt(3_000));
            default -> BigDecimal.valueOf(400 + a.nextInt(1_500));
        };
        return new Compte(c, payeur, salaries, Math.abs(c.numero().hashCode()), revenu);
    }

    /** Effectifs : la plupart des employeurs lozériens ont moins de 10 salariés ; les administrations, davantage. */
    private static int effectif(CategorieDeCotisant categorie, SplittableRandom alea) {
        int t = alea.nextInt(100);
        if (categorie == CategorieDeCotisant.ADMINISTRATION_COLLECTIVITE) {
            return t < 70 ? 1 + alea.nextInt(8) : t < 95 ? 8 + alea.nextInt(40) : 50 + alea.nextInt(150);
        }
        // Employeurs privés : environ 6 salariés en moyenne (150,9 M€ liquidés pour 2 718 employeurs en 2023).
        return t < 70 ? 1 + alea.nextInt(3) : t < 90 ? 4 + alea.nextInt(7) : t < 98 ? 11 + alea.nextInt(20) : 50 + alea.nextInt(70);
    }

    private static String nir(SplittableRandom alea, int rang) {
        var sexe = alea.nextInt(2) + 1;
        var treize = String.format("%d%02d%02d48%03d%03d", sexe, 50 + alea.nextInt(50), 1 + alea.nextInt(12), 1 + alea.nextInt(198), 1 + rang % 999);
        var cle = 97 - new java.math.BigInteger(treize).mod(java.math.BigInteger.valueOf(97)).intValue();
        return treize + String.format("%02d", cle);
    }

    /** Un IBAN français de banque fictive (code banque 30006), clé RIB et clé IBAN calculées. */
    private static String iban(SplittableRandom alea, int rang) {
        var bban = String.format("30006%05d%011d", 1 + alea.nextInt(99_999), 10_000_000L + rang);
        var rib = new java.math.BigInteger(bban.replace("", ""));
        var cleRib = 97 - rib.multiply(java.math.BigInteger.valueOf(100)).mod(java.math.BigInteger.valueOf(97)).intValue();
        var complet = bban + String.format("%02d", cleRib);
        var controle = 98 - new java.math.BigInteger(complet + "152700").mod(java.math.BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", controle) + complet;
    }

    private static Path dossierTemporaire() {
        try {
            return Files.createTempDirectory("dsn-simulees");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
