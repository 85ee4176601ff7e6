package fr.caissecommune.recouvrement.dsn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Siren;
import fr.caissecommune.commun.Siret;
import fr.caissecommune.recouvrement.ErreurDeDeclaration;

/**
 * Le contrôle d'une DSN mensuelle à sa réception, en un passage sur le fichier : syntaxe et encodage
 * ({@link LectureDsn}), rubriques obligatoires, formats (dates, montants, taux), NIR et SIRET, totaux de l'envoi
 * (S90), nature et type de la déclaration, et égalité entre chaque assiette du bordereau Urssaf et la somme des bases
 * individuelles correspondantes arrondie à l'euro. Chaque salarié lu est transmis à la suite (l'enregistrement) puis
 * oublié.
 */
public final class ControleDsn implements LectureDsn.Recepteur {

    /** Le résultat du contrôle : erreurs et avertissements localisés, entête lue, nombre de salariés. */
    public record Resultat(List<ErreurDeDeclaration> erreurs, int erreursOmises, @Nullable EnteteDsn entete, int individus) {

        public boolean rejetee() {
            return entete == null || erreurs.stream().anyMatch(ErreurDeDeclaration::estBloquante);
        }

        public List<ErreurDeDeclaration> bloquantes() {
            return erreurs.stream().filter(ErreurDeDeclaration::estBloquante).toList();
        }

        public List<ErreurDeDeclaration> avertissements() {
            return erreurs.stream().filter(e -> !e.estBloquante()).toList();
        }
    }

    static final int ERREURS_MAXIMALES = 500;
    private static final Pattern TAUX = Pattern.compile("0?([0-9]{1,2}\\.[0-9]{2,3}|100\\.000|100\\.00)");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,3})?");
    private static final Pattern NIR = Pattern.compile("[12][0-9]{2}(0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])([0-9]{2}|2A|2B)[0-9]{6}");

    private final Consumer<IndividuDsn> suite;
    private final List<ErreurDeDeclaration> erreurs = new ArrayList<>();
    private int erreursOmises;
    private final Set<String> nirs = new HashSet<>();
    private final Map<String, BigDecimal> basesParCode = new HashMap<>();
    private int individus;
    private @Nullable EnteteDsn entete;

    private ControleDsn(Consumer<IndividuDsn> suite) {
        this.suite = suite;
    }

    /** Contrôle un fichier sans rien retenir des salariés. */
    public static Resultat controler(Path fichier) throws IOException {
        return controler(fichier, i -> {
        });
    }

    /** Contrôle un fichier et transmet chaque salarié lu à la suite. */
    public static Resultat controler(Path fichier, Consumer<IndividuDsn> suite) throws IOException {
        try (InputStream flux = new BufferedInputStream(Files.newInputStream(fichier), 1 << 16)) {
            return controler(flux, suite);
        }
    }

    public static Resultat controler(InputStream flux, Consumer<IndividuDsn> suite) throws IOException {
        var controle = new ControleDsn(suite);
        LectureDsn.lire(flux, controle, controle::signaler);
        return new Resultat(List.copyOf(controle.erreurs), controle.erreursOmises, controle.entete, controle.individus);
    }

    private void signaler(ErreurDeDeclaration erreur) {
        if (erreurs.size() < ERREURS_MAXIMALES) {
            erreurs.add(erreur);
        } else {
            erreursOmises++;
        }
    }

    private void bloquante(int ligne, String rubrique, String regle, String message) {
        signaler(ErreurDeDeclaration.bloquante(ligne, rubrique, regle, message));
    }

    private void avertissement(int ligne, String rubrique, String regle, String message) {
        signaler(ErreurDeDeclaration.avertissement(ligne, rubrique, regle, message));
    }

    // ------------------------------------------------------------------------------------------ salariés

    @Override
    public void individu(Bloc b) {
        individus++;
        var nir = nir(b);
        var ntt = b.valeur("020");
        if (nir == null && ntt == null && b.rubrique("001") == null) {
            bloquante(b.ligne(), "S21.G00.30.001", "OBLIGATOIRE", "ni NIR (S21.G00.30.001) ni numéro technique temporaire (S21.G00.30.020)");
        }
        var contrats = b.enfants("S21.G00.40").stream().map(this::contrat).toList();
        if (contrats.isEmpty()) {
            bloquante(b.ligne(), "S21.G00.40", "OBLIGATOIRE", "salarié sans contrat (bloc S21.G00.40 de cardinalité 1..*)");
        }
        var versements = b.enfants("S21.G00.50").stream().map(this::versement).toList();
        if (versements.isEmpty()) {
            bloquante(b.ligne(), "S21.G00.50", "OBLIGATOIRE", "salarié sans versement (bloc S21.G00.50 de cardinalité 1..*)");
        }
        suite.accept(new IndividuDsn(b.ligne(), individus, nir, ntt, texte(b, "002"), texte(b, "004"), date(b, "006"), b.valeur("005"),
                contrats, versements));
    }

    /** NIR sans clé (cahier technique p. 169) : forme, numéros provisoires (7, 8) et fictifs refusés, unicité dans la déclaration. */
    private @Nullable String nir(Bloc b) {
        var r = b.rubrique("001");
        if (r == null) {
            return null;
        }
        var v = r.valeur().toUpperCase();
        if (v.length() == 15) { // NIR complet avec sa clé : la clé est vérifiée
            try {
                v = Nir.of(v).sansCle();
            } catch (IllegalArgumentException e) {
                bloquante(r.ligne(), r.code(), "NIR", e.getMessage());
                return null;
            }
        }
        if (v.startsWith("7") || v.startsWith("8")) {
            bloquante(r.ligne(), r.code(), "NIR", "numéro provisoire « " + v + " » interdit : déclarer le NIA ou un NTT");
            return null;
        }
        if (!NIR.matcher(v).matches() || v.endsWith("999999")) {
            bloquante(r.ligne(), r.code(), "NIR", "NIR « " + v + " » invalide : 13 caractères SAAMMDDCCCNNN attendus (sexe 1 ou 2, mois 01 à 12, 20, 30 à 42 ou 50 à 99, département en chiffres ou 2A/2B)");
            return null;
        }
        if (!nirs.add(v)) {
            bloquante(r.ligne(), r.code(), "NIR-UNIQUE", "le NIR " + v + " est déclaré deux fois dans la même déclaration");
        }
        return v;
    }

    private IndividuDsn.Contrat contrat(Bloc b) {
        var siretLieu = b.valeur("019");
        if (siretLieu != null) {
            siret(b.rubrique("019"), siretLieu);
        }
        var fin = b.enfants("S21.G00.62").stream().findFirst().map(f -> date(f, "001")).orElse(null);
        return new IndividuDsn.Contrat(b.ligne(), date(b, "001"), b.valeur("002"), b.valeur("003"), b.valeur("007"), b.valeur("009"),
                decimal(b, "012"), decimal(b, "013"), b.valeur("040"), taux(b, "043"), siretLieu, fin);
    }

    private IndividuDsn.Versement versement(Bloc b) {
        var remunerations = b.enfants("S21.G00.51").stream().map(r -> new IndividuDsn.Remuneration(r.ligne(), date(r, "001"), date(r, "002"),
                r.valeur("010"), texte(r, "011"), decimal(r, "012"), montantOuZero(r, "013"))).toList();
        var bases = new ArrayList<IndividuDsn.BaseAssujettie>();
        for (var base : b.enfants("S21.G00.78")) {
            var cotisations = base.enfants("S21.G00.81").stream().map(this::cotisation).toList();
            var montant = montantOuZero(base, "004");
            var code = texte(base, "001");
            basesParCode.merge(code, montant, BigDecimal::add);
            bases.add(new IndividuDsn.BaseAssujettie(base.ligne(), code, date(base, "002"), date(base, "003"), montant, base.valeur("006"), cotisations));
        }
        return new IndividuDsn.Versement(b.ligne(), date(b, "001"), montant(b, "002"), montant(b, "004"), remunerations, List.copyOf(bases));
    }

    private IndividuDsn.CotisationIndividuelle cotisation(Bloc c) {
        var assiette = montant(c, "003");
        var montant = montantOuZero(c, "004");
        var taux = taux(c, "007");
        if (assiette != null && taux != null) {
            var attendu = assiette.multiply(taux).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            if (attendu.subtract(montant).abs().compareTo(new BigDecimal("0.01")) > 0) {
                avertissement(c.rubrique("004").ligne(), "S21.G00.81.004", "COTISATION-CALCUL", "cotisation " + c.valeur("001") + " : "
                        + montant.toPlainString() + " déclarés, " + assiette.toPlainString() + " × " + taux.toPlainString() + " % = " + attendu.toPlainString());
            }
        }
        return new IndividuDsn.CotisationIndividuelle(c.ligne(), texte(c, "001"), c.valeur("002"), assiette, montant, taux, c.valeur("005"));
    }

    // ------------------------------------------------------------------------------------------ entête et totaux

    @Override
    public void fin(Bloc racine, int lignesDeRubrique) {
        for (var obligatoire : List.of("S10.G00.00", "S20.G00.05", "S90.G00.90")) {
            if (racine.enfants(obligatoire).isEmpty()) {
                bloquante(0, obligatoire, "OBLIGATOIRE", "bloc " + obligatoire + " absent" + (obligatoire.startsWith("S90") ? " : fichier tronqué ?" : ""));
            }
        }
        var envoi = racine.enfants("S10.G00.00").stream().findFirst().orElse(null);
        var declarations = racine.enfants("S20.G00.05");
        var total = racine.enfants("S90.G00.90").stream().findFirst().orElse(null);
        if (total != null) {
            controlerTotaux(total, lignesDeRubrique, declarations.size());
        }
        if (envoi == null || declarations.isEmpty()) {
            return;
        }
        if (declarations.size() > 1) {
            bloquante(declarations.get(1).ligne(), "S20.G00.05", "STRUCTURE", "un envoi ne porte qu'une déclaration (échange de machine à machine)");
        }
        var emetteur = envoi.enfants("S10.G00.01").stream().findFirst().orElse(null);
        if (emetteur == null || envoi.enfants("S10.G00.02").isEmpty()) {
            bloquante(envoi.ligne(), emetteur == null ? "S10.G00.01" : "S10.G00.02", "OBLIGATOIRE", "bloc émetteur ou contact émetteur absent");
        }
        var siretEmetteur = emetteur == null ? null : siret(emetteur.rubrique("001"), emetteur.valeur("001") + emetteur.valeur("002"));
        var d = declarations.get(0);
        var entreprise = d.enfants("S21.G00.06").stream().findFirst().orElse(null);
        var etablissement = entreprise == null ? null : entreprise.enfants("S21.G00.11").stream().findFirst().orElse(null);
        if (entreprise == null || etablissement == null) {
            bloquante(d.ligne(), entreprise == null ? "S21.G00.06" : "S21.G00.11", "OBLIGATOIRE", "bloc entreprise ou établissement absent");
            return;
        }
        var siren = siren(entreprise.rubrique("001"));
        if (siren != null && entreprise.valeur("002") != null) {
            siret(entreprise.rubrique("002"), siren + entreprise.valeur("002"));
        }
        var siret = siren == null || etablissement.valeur("001") == null ? null : siret(etablissement.rubrique("001"), siren + etablissement.valeur("001"));

        var nature = texte(d, "001");
        var type = texte(d, "002");
        controlerNatureEtType(envoi, d, nature, type);
        var moisPrincipal = date(d, "005");
        if (moisPrincipal != null && moisPrincipal.getDayOfMonth() != 1) {
            bloquante(d.rubrique("005").ligne(), "S20.G00.05.005", "MOIS-PRINCIPAL", "le mois principal déclaré doit être le premier jour du mois");
        }
        if (("03".equals(type) || "05".equals(type)) && d.valeur("006") == null) {
            bloquante(d.ligne(), "S20.G00.05.006", "ANNULE-REMPLACE", "une déclaration qui annule et remplace doit citer la déclaration remplacée");
        }
        if ("01".equals(envoi.valeur("005"))) {
            avertissement(envoi.rubrique("005").ligne(), "S10.G00.00.005", "ENVOI-TEST", "envoi déclaré en test : conservé et marqué comme tel");
        }
        var bordereau = new ArrayList<EnteteDsn.CotisationAgregee>();
        BigDecimal totalBordereau = null;
        for (var b22 : etablissement.enfants("S21.G00.22")) {
            siret(b22.rubrique("001"), b22.valeur("001"));
            var t = montant(b22, "005");
            if (t != null && t.scale() >= 0 && t.remainder(BigDecimal.ONE).signum() != 0) {
                bloquante(b22.rubrique("005").ligne(), "S21.G00.22.005", "BORDEREAU-EURO", "le total du bordereau Urssaf doit être arrondi à l'euro : " + t.toPlainString());
            }
            totalBordereau = t == null ? totalBordereau : (totalBordereau == null ? t : totalBordereau.add(t));
            for (var b23 : b22.enfants("S21.G00.23")) {
                bordereau.add(new EnteteDsn.CotisationAgregee(b23.ligne(), texte(b23, "001"), texte(b23, "002"), taux(b23, "003"),
                        montant(b23, "004"), montant(b23, "005"), b23.valeur("006")));
            }
        }
        controlerBordereau(bordereau);
        controlerVersementUrssaf(etablissement, totalBordereau);
        if (moisPrincipal == null || siret == null || siretEmetteur == null || nature.isEmpty() || type.isEmpty()) {
            return;
        }
        entete = new EnteteDsn(envoi.valeur("001") + " " + envoi.valeur("003"), texte(envoi, "006"), "01".equals(envoi.valeur("005")),
                texte(envoi, "008"), siretEmetteur, nature, type, texte(d, "003"), entier(d, "004"), YearMonth.from(moisPrincipal),
                d.valeur("006"), date(d, "007"), siren, siret, etablissement.valeur("008") == null ? null : entier(etablissement, "008"),
                totalBordereau, List.copyOf(bordereau));
    }

    private void controlerTotaux(Bloc total, int lignesDeRubrique, int declarations) {
        var lignes = total.valeur("001");
        if (lignes != null && !lignes.equals(String.valueOf(lignesDeRubrique))) {
            bloquante(total.rubrique("001").ligne(), "S90.G00.90.001", "TOTAL-RUBRIQUES",
                    "nombre de rubriques de l'envoi : " + lignes + " déclaré, " + lignesDeRubrique + " lues");
        }
        var nombre = total.valeur("002");
        if (nombre != null && !nombre.equals(String.valueOf(declarations))) {
            bloquante(total.rubrique("002").ligne(), "S90.G00.90.002", "TOTAL-DECLARATIONS",
                    "nombre de déclarations de l'envoi : " + nombre + " déclaré, " + declarations + " lues");
        }
    }

    private void controlerNatureEtType(Bloc envoi, Bloc d, String nature, String type) {
        if (!"01".equals(nature)) {
            bloquante(d.ligne(), "S20.G00.05.001", "NATURE", "nature « " + nature
                    + " » non reçue par le recouvrement : seules les DSN mensuelles (01) y sont traitées, les signalements vont à la branche santé");
        }
        if (!Set.of("01", "02", "03", "05").contains(type)) {
            bloquante(d.rubrique("002") == null ? d.ligne() : d.rubrique("002").ligne(), "S20.G00.05.002", "TYPE",
                    "type « " + type + " » interdit pour une DSN mensuelle (01 normale, 02 néant, 03 annule et remplace, 05 annule et remplace néant)");
        }
        boolean sansIndividu = "02".equals(type) || "05".equals(type);
        if (sansIndividu && individus > 0) {
            bloquante(d.ligne(), "S20.G00.05.002", "TYPE", "déclaration « sans individu » (type " + type + ") qui déclare " + individus + " salarié(s)");
        }
        if (!sansIndividu && individus == 0 && Set.of("01", "03").contains(type)) {
            bloquante(d.ligne(), "S20.G00.05.002", "TYPE", "déclaration normale sans aucun salarié : utiliser le type 02 (néant)");
        }
        var typeEnvoi = envoi.valeur("008");
        if (typeEnvoi != null && ("02".equals(typeEnvoi) != sansIndividu)) {
            bloquante(envoi.rubrique("008").ligne(), "S10.G00.00.008", "ENVOI-NEANT",
                    "type d'envoi " + typeEnvoi + " incohérent : 02 (néant) si et seulement si la déclaration est sans individu (type 02 ou 05)");
        }
    }

    /** Assiette de chaque CTP du bordereau = somme des bases individuelles correspondantes, arrondie à l'euro. */
    private void controlerBordereau(List<EnteteDsn.CotisationAgregee> bordereau) {
        for (var c : bordereau) {
            var code = NormeDsn.BASE_DU_CTP.get(c.ctp() + "/" + c.qualifiant());
            if (code == null || c.assiette() == null) {
                continue;
            }
            var somme = basesParCode.getOrDefault(code, BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP);
            if (somme.compareTo(c.assiette()) != 0) {
                bloquante(c.ligne(), "S21.G00.23.004", "BORDEREAU-CTP", "assiette du CTP " + c.ctp() + "/" + c.qualifiant() + " : "
                        + c.assiette().toPlainString() + " déclarés, somme des bases individuelles " + code + " arrondie à l'euro = " + somme.toPlainString());
            }
        }
    }

    private void controlerVersementUrssaf(Bloc etablissement, @Nullable BigDecimal totalBordereau) {
        if (totalBordereau == null) {
            return;
        }
        var organisme = etablissement.enfants("S21.G00.22").get(0).valeur("001");
        for (var v : etablissement.enfants("S21.G00.20")) {
            if (organisme != null && organisme.equals(v.valeur("001"))) {
                var montant = montant(v, "005");
                if (montant != null && montant.compareTo(totalBordereau) != 0) {
                    avertissement(v.rubrique("005").ligne(), "S21.G00.20.005", "VERSEMENT-BORDEREAU", "versement à l'Urssaf de "
                            + montant.toPlainString() + " € pour un bordereau de " + totalBordereau.toPlainString() + " €");
                }
                if (!"05".equals(v.valeur("010"))) {
                    avertissement(v.ligne(), "S21.G00.20.010", "MODE-PAIEMENT", "l'Urssaf n'accepte que le prélèvement SEPA (05)");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ formats

    private @Nullable String siret(@Nullable RubriqueDsn r, @Nullable String valeur) {
        if (r == null || valeur == null) {
            return null;
        }
        try {
            return Siret.of(valeur).valeur();
        } catch (IllegalArgumentException e) {
            bloquante(r.ligne(), r.code(), "SIRET", e.getMessage());
            return null;
        }
    }

    private @Nullable String siren(@Nullable RubriqueDsn r) {
        if (r == null) {
            return null;
        }
        try {
            return Siren.of(r.valeur()).valeur();
        } catch (IllegalArgumentException e) {
            bloquante(r.ligne(), r.code(), "SIREN", e.getMessage());
            return null;
        }
    }

    private String texte(Bloc b, String numero) {
        var v = b.valeur(numero);
        return v == null ? "" : v;
    }

    private @Nullable LocalDate date(Bloc b, String numero) {
        var r = b.rubrique(numero);
        if (r == null) {
            return null;
        }
        var v = r.valeur();
        if (v.length() == 8 && chiffres(v)) {
            try {
                return LocalDate.of(Integer.parseInt(v, 4, 8, 10), Integer.parseInt(v, 2, 4, 10), Integer.parseInt(v, 0, 2, 10));
            } catch (java.time.DateTimeException e) {
                // date impossible (31022025…) : signalée ci-dessous
            }
        }
        bloquante(r.ligne(), r.code(), "DATE", "date « " + v + " » invalide (JJMMAAAA attendu)");
        return null;
    }

    private @Nullable BigDecimal montant(Bloc b, String numero) {
        var r = b.rubrique(numero);
        if (r == null) {
            return null;
        }
        if (!estUnMontant(r.valeur())) {
            bloquante(r.ligne(), r.code(), "MONTANT", "montant « " + r.valeur() + " » invalide (point décimal et deux décimales, par exemple 1234.50)");
            return null;
        }
        return new BigDecimal(r.valeur());
    }

    private BigDecimal montantOuZero(Bloc b, String numero) {
        var m = montant(b, numero);
        return m == null ? BigDecimal.ZERO : m;
    }

    /** Montant de la norme : signe moins facultatif, chiffres, point, exactement deux décimales ({@code -?0*(0|[1-9][0-9]*)\.[0-9]{2}}). */
    static boolean estUnMontant(String v) {
        int debut = v.startsWith("-") ? 1 : 0;
        int point = v.length() - 3;
        return point > debut && v.charAt(point) == '.' && chiffres(v.substring(debut, point)) && chiffres(v.substring(point + 1));
    }

    private static boolean chiffres(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return !v.isEmpty();
    }

    private @Nullable BigDecimal taux(Bloc b, String numero) {
        var r = b.rubrique(numero);
        if (r == null) {
            return null;
        }
        if (!TAUX.matcher(r.valeur()).matches()) {
            bloquante(r.ligne(), r.code(), "TAUX", "taux « " + r.valeur() + " » invalide (pourcentage à 2 ou 3 décimales, par exemple 2.00)");
            return null;
        }
        return new BigDecimal(r.valeur());
    }

    private @Nullable BigDecimal decimal(Bloc b, String numero) {
        var r = b.rubrique(numero);
        if (r == null) {
            return null;
        }
        if (!DECIMAL.matcher(r.valeur()).matches()) {
            bloquante(r.ligne(), r.code(), "NOMBRE", "nombre « " + r.valeur() + " » invalide");
            return null;
        }
        return new BigDecimal(r.valeur());
    }

    private int entier(Bloc b, String numero) {
        var r = b.rubrique(numero);
        if (r == null) {
            return 0;
        }
        try {
            return Integer.parseInt(r.valeur());
        } catch (NumberFormatException e) {
            bloquante(r.ligne(), r.code(), "ENTIER", "entier « " + r.valeur() + " » invalide");
            return 0;
        }
    }
}
