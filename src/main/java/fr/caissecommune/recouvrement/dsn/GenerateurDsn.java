package fr.caissecommune.recouvrement.dsn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import fr.caissecommune.recouvrement.calcul.Cotisation;
import fr.caissecommune.recouvrement.calcul.CotisationsSalariales;
import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import fr.caissecommune.recouvrement.calcul.SituationSalariale;

/**
 * Fabrique des DSN mensuelles synthétiques de N salariés, conformes à la norme et cohérentes : NIR et SIRET aux
 * clés valides, bases assujetties et cotisations individuelles calculées par le moteur du recouvrement, bordereau
 * Urssaf égal à la somme des bases, totaux S90 exacts. Pour les tests et les mesures de débit ; déterministe pour
 * une graine donnée.
 */
public final class GenerateurDsn {

    private static final DateTimeFormatter JJMMAAAA = DateTimeFormatter.ofPattern("ddMMuuuu");
    private static final String URSSAF = "00099999500012";
    private static final String[] NOMS = { "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU" };
    private static final String[] PRENOMS = { "CAMILLE", "LOUIS", "JADE", "GABRIEL", "EMMA", "RAPHAEL", "LEA", "ARTHUR", "ALICE", "JULES" };

    private final ParametresDeCotisation parametres;
    private final YearMonth mois;
    private final String siren;
    private final String nic;
    private final int effectif;
    private final long graine;
    private Writer sortie;
    private int lignes;

    /**
     * @param siren8 les 8 premiers chiffres du SIREN (la clé de Luhn est calculée)
     * @param parametres les paramètres de cotisation à la date de versement (dernier jour du mois)
     */
    public GenerateurDsn(String siren8, YearMonth mois, int effectif, long graine, ParametresDeCotisation parametres) {
        this.siren = avecCleDeLuhn(siren8);
        this.nic = avecCleDeLuhn(siren + "0001").substring(9);
        this.mois = mois;
        this.effectif = effectif;
        this.graine = graine;
        this.parametres = parametres;
    }

    public String siret() {
        return siren + nic;
    }

    /** Complète des chiffres par la clé de Luhn qui rend le tout valide. */
    public static String avecCleDeLuhn(String chiffres) {
        for (int cle = 0; cle < 10; cle++) {
            var candidat = chiffres + cle;
            int somme = 0;
            boolean double_ = false;
            for (int i = candidat.length() - 1; i >= 0; i--) {
                int c = candidat.charAt(i) - '0';
                if (double_) {
                    c = c * 2 > 9 ? c * 2 - 9 : c * 2;
                }
                somme += c;
                double_ = !double_;
            }
            if (somme % 10 == 0) {
                return candidat;
            }
        }
        throw new IllegalStateException("clé de Luhn introuvable");
    }

    /** Un NIR (13 caractères, sans clé) unique pour chaque rang. */
    public static String nir(int rang) {
        int sexe = 1 + rang % 2;
        int annee = 60 + rang % 40;
        int mois = 1 + rang % 12;
        int departement = 1 + (rang / 998_001) % 95;
        if (departement == 20) {
            departement = 21;
        }
        int commune = 1 + (rang / 999) % 999;
        int ordre = 1 + rang % 999;
        return String.format("%d%02d%02d%02d%03d%03d", sexe, annee, mois, departement, commune, ordre);
    }

    /** Écrit la DSN ; le flux doit encoder en ISO-8859-1. */
    public void ecrire(Writer sortie, int salaries) {
        this.sortie = sortie;
        this.lignes = 0;
        var fin = mois.atEndOfMonth();
        var debut = mois.atDay(1);
        r("S10.G00.00.001", "CAISSE-GENERATEUR");
        r("S10.G00.00.002", "CAISSE COMMUNE");
        r("S10.G00.00.003", "1.0");
        r("S10.G00.00.005", "02");
        r("S10.G00.00.006", "P26V01");
        r("S10.G00.00.007", "01");
        r("S10.G00.00.008", salaries == 0 ? "02" : "01");
        r("S10.G00.01.001", siren);
        r("S10.G00.01.002", nic);
        r("S10.G00.01.003", "ENTREPRISE SYNTHETIQUE");
        r("S10.G00.01.004", "1 RUE DE L'ECHANTILLON");
        r("S10.G00.01.005", "48000");
        r("S10.G00.01.006", "MENDE");
        r("S10.G00.02.002", "SERVICE PAIE");
        r("S10.G00.02.004", "paie@example.invalid");
        r("S20.G00.05.001", "01");
        r("S20.G00.05.002", salaries == 0 ? "02" : "01");
        r("S20.G00.05.003", "11");
        r("S20.G00.05.004", "1");
        r("S20.G00.05.005", JJMMAAAA.format(debut));
        r("S20.G00.05.007", JJMMAAAA.format(fin.plusDays(3)));
        r("S20.G00.05.008", "01");
        r("S20.G00.05.010", "01");
        r("S21.G00.06.001", siren);
        r("S21.G00.06.002", nic);
        r("S21.G00.06.003", "6201Z");
        r("S21.G00.11.001", nic);
        r("S21.G00.11.002", "6201Z");
        r("S21.G00.11.008", String.valueOf(effectif));

        // Premier passage : les bases, pour le bordereau qui précède les salariés dans le fichier.
        var bases = new LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < salaries; i++) {
            var c = calcul(i);
            bases.merge("02", centimes(c.plafondProratise().min(c.assiette())), BigDecimal::add);
            bases.merge("03", centimes(c.assiette()), BigDecimal::add);
            bases.merge("04", centimes(c.assietteCsg()), BigDecimal::add);
            bases.merge("07", centimes(c.ligne(Cotisation.CHOMAGE).orElseThrow().assiette()), BigDecimal::add);
        }
        var bordereau = bordereau(bases);
        var total = bordereau.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        r("S21.G00.20.001", URSSAF);
        r("S21.G00.20.005", total.toPlainString());
        r("S21.G00.20.006", JJMMAAAA.format(debut));
        r("S21.G00.20.007", JJMMAAAA.format(fin));
        r("S21.G00.20.010", "05");
        r("S21.G00.22.001", URSSAF);
        r("S21.G00.22.003", JJMMAAAA.format(debut));
        r("S21.G00.22.004", JJMMAAAA.format(fin));
        r("S21.G00.22.005", total.toPlainString());
        for (var ctp : bordereau.keySet()) {
            var parties = ctp.split("/");
            r("S21.G00.23.001", parties[0]);
            r("S21.G00.23.002", parties[1]);
            r("S21.G00.23.004", bases.get(NormeDsn.BASE_DU_CTP.get(ctp)).setScale(0, RoundingMode.HALF_UP).setScale(2).toPlainString());
        }
        for (int i = 0; i < salaries; i++) {
            salarie(i, calcul(i), debut, fin);
        }
        r("S90.G00.90.001", String.valueOf(lignes + 2));
        r("S90.G00.90.002", "1");
        try {
            sortie.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Les CTP du bordereau et un montant indicatif par CTP (assiette × taux global, à l'euro). */
    private Map<String, BigDecimal> bordereau(Map<String, BigDecimal> bases) {
        var ctp = new LinkedHashMap<String, BigDecimal>();
        if (bases.isEmpty()) {
            return ctp;
        }
        ctp.put("100/920", montantCtp(bases.get("03"), "0.1565"));
        ctp.put("100/921", montantCtp(bases.get("02"), "0.1545"));
        ctp.put("260/920", montantCtp(bases.get("04"), "0.097"));
        ctp.put(effectif < 50 ? "332/921" : "236/920", montantCtp(bases.get(effectif < 50 ? "02" : "03"), effectif < 50 ? "0.001" : "0.005"));
        ctp.put("772/920", montantCtp(bases.get("07"), "0.04"));
        ctp.put("937/920", montantCtp(bases.get("07"), "0.0025"));
        return ctp;
    }

    private static BigDecimal montantCtp(BigDecimal assiette, String taux) {
        return assiette.setScale(0, RoundingMode.HALF_UP).multiply(new BigDecimal(taux)).setScale(0, RoundingMode.HALF_UP);
    }

    private fr.caissecommune.recouvrement.calcul.CotisationsDuMois calcul(int i) {
        var alea = new SplittableRandom(graine * 1_000_003L + i);
        var tempsPartiel = alea.nextInt(10) == 0;
        var quotite = tempsPartiel ? new BigDecimal("0.8") : BigDecimal.ONE;
        var smic = parametres.smicHoraire().multiply(new BigDecimal("151.67"));
        var brut = smic.multiply(BigDecimal.valueOf(1 + alea.nextDouble() * (alea.nextInt(8) == 0 ? 6 : 1.5))).multiply(quotite)
                .setScale(2, RoundingMode.HALF_UP);
        var situation = new SituationSalariale(mois.atEndOfMonth(), brut, quotite, alea.nextInt(5) == 0, effectif,
                alea.nextInt(7) == 0 ? SituationSalariale.NatureDuContrat.CDD : SituationSalariale.NatureDuContrat.CDI,
                new BigDecimal("0.0208"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        return CotisationsSalariales.calculer(situation, parametres);
    }

    private void salarie(int i, fr.caissecommune.recouvrement.calcul.CotisationsDuMois c, LocalDate debut, LocalDate fin) {
        var s = c.situation();
        var numero = String.format("%05d", i + 1);
        r("S21.G00.30.001", nir(i));
        r("S21.G00.30.002", NOMS[i % NOMS.length]);
        r("S21.G00.30.004", PRENOMS[(i / 10) % PRENOMS.length]);
        r("S21.G00.30.005", nir(i).substring(0, 1).equals("1") ? "01" : "02");
        r("S21.G00.30.006", String.format("15%s19%s", nir(i).substring(3, 5), nir(i).substring(1, 3)));
        r("S21.G00.40.001", JJMMAAAA.format(debut.minusYears(1 + i % 10)));
        r("S21.G00.40.002", "99");
        r("S21.G00.40.003", s.cadre() ? "01" : "04");
        r("S21.G00.40.004", "543g");
        r("S21.G00.40.007", s.contrat() == SituationSalariale.NatureDuContrat.CDD ? "02" : "01");
        r("S21.G00.40.009", numero);
        r("S21.G00.40.011", "10");
        // Quotités en heures hebdomadaires : 28 h sur 35 h donne exactement la quotité 0,8.
        r("S21.G00.40.012", new BigDecimal("35").multiply(s.quotite()).setScale(2, RoundingMode.HALF_UP).toPlainString());
        r("S21.G00.40.013", "35.00");
        r("S21.G00.40.014", s.quotite().compareTo(BigDecimal.ONE) == 0 ? "10" : "20");
        r("S21.G00.40.017", "9999");
        r("S21.G00.40.018", "200");
        r("S21.G00.40.020", "200");
        r("S21.G00.40.039", "200");
        r("S21.G00.40.040", "999ZZ");
        r("S21.G00.40.043", "2.08");
        r("S21.G00.71.002", "RUAA");
        r("S21.G00.50.001", JJMMAAAA.format(fin));
        r("S21.G00.50.002", centimes(c.netImposable()).toPlainString());
        r("S21.G00.50.004", centimes(c.netAvantImpot()).toPlainString());
        r("S21.G00.51.001", JJMMAAAA.format(debut));
        r("S21.G00.51.002", JJMMAAAA.format(fin));
        r("S21.G00.51.010", numero);
        r("S21.G00.51.011", "001");
        r("S21.G00.51.013", centimes(s.brut()).toPlainString());
        base("02", centimes(c.plafondProratise().min(c.assiette())), debut, fin, numero);
        cotisations(c, Cotisation.VIEILLESSE_PLAFONNEE);
        cotisations(c, s.effectif() < 50 ? Cotisation.FNAL : null);
        base("03", centimes(c.assiette()), debut, fin, numero);
        cotisations(c, Cotisation.MALADIE, Cotisation.VIEILLESSE_DEPLAFONNEE, Cotisation.ALLOCATIONS_FAMILIALES, Cotisation.CSA, Cotisation.ATMP, Cotisation.DIALOGUE_SOCIAL,
                s.effectif() >= 50 ? Cotisation.FNAL : null);
        if (c.reduction().montant().signum() > 0) {
            r("S21.G00.81.001", "018");
            r("S21.G00.81.002", URSSAF);
            r("S21.G00.81.004", centimes(c.reduction().montant()).negate().toPlainString());
        }
        base("04", centimes(c.assietteCsg()), debut, fin, numero);
        cotisations(c, Cotisation.CSG_DEDUCTIBLE, Cotisation.CRDS);
        base("07", centimes(c.ligne(Cotisation.CHOMAGE).orElseThrow().assiette()), debut, fin, numero);
        cotisations(c, Cotisation.CHOMAGE, Cotisation.AGS);
    }

    private void base(String code, BigDecimal montant, LocalDate debut, LocalDate fin, String numero) {
        r("S21.G00.78.001", code);
        r("S21.G00.78.002", JJMMAAAA.format(debut));
        r("S21.G00.78.003", JJMMAAAA.format(fin));
        r("S21.G00.78.004", montant.toPlainString());
        r("S21.G00.78.006", numero);
    }

    /** Les cotisations individuelles d'une base ; la CSG regroupe parts déductible et non déductible (code 072). */
    private void cotisations(fr.caissecommune.recouvrement.calcul.CotisationsDuMois c, Cotisation... cotisations) {
        for (var cotisation : cotisations) {
            if (cotisation == null || c.ligne(cotisation).isEmpty()) {
                continue;
            }
            var l = c.ligne(cotisation).orElseThrow();
            var montant = l.montantSalarial().add(l.montantPatronal());
            var taux = l.tauxGlobal();
            if (cotisation == Cotisation.CSG_DEDUCTIBLE) {
                var nd = c.ligne(Cotisation.CSG_NON_DEDUCTIBLE).orElseThrow();
                montant = montant.add(nd.montantSalarial());
                taux = taux.add(nd.tauxSalarial());
            }
            r("S21.G00.81.001", cotisation.codeDsn());
            r("S21.G00.81.002", URSSAF);
            r("S21.G00.81.003", centimes(l.assiette()).toPlainString());
            r("S21.G00.81.004", centimes(montant).toPlainString());
            r("S21.G00.81.007", taux.movePointRight(2).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
    }

    private static BigDecimal centimes(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private void r(String code, String valeur) {
        try {
            sortie.write(code);
            sortie.write(",'");
            sortie.write(valeur);
            sortie.write("'\r\n");
            lignes++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
