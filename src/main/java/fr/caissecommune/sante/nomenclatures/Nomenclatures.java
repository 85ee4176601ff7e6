package fr.caissecommune.sante.nomenclatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Les nomenclatures de tarification en mémoire : la NGAP (lettres clés), les versions datées de la CCAM et de la
 * BDPM, et le compte rendu de leur chargement. Chargées depuis {@code sante/referentiels/} (manifeste
 * {@code referentiels.yaml}) ; immuables, partagées par tous les fils de liquidation.
 */
public final class Nomenclatures {

    static final String DOSSIER = "sante/referentiels/";

    private final Ngap ngap;
    private final VersionsDatees<Ccam> ccam;
    private final VersionsDatees<Bdpm> bdpm;
    private final List<RapportDeChargement> rapports;

    private Nomenclatures(Ngap ngap, VersionsDatees<Ccam> ccam, VersionsDatees<Bdpm> bdpm, List<RapportDeChargement> rapports) {
        this.ngap = ngap;
        this.ccam = ccam;
        this.bdpm = bdpm;
        this.rapports = List.copyOf(rapports);
    }

    /**
     * Charge les nomenclatures livrées dans le classpath.
     *
     * @param classesALaDate les taux de remboursement des médicaments en vigueur à une date (en %), chacun avec
     *                       sa classe : une présentation d'une extraction de la BDPM portant un taux qui n'est pas
     *                       en vigueur à la date de l'extraction est écartée
     */
    public static Nomenclatures chargerDepuisLeClasspath(Function<LocalDate, Map<Integer, ClasseDeMedicament>> classesALaDate) {
        var manifeste = manifeste();
        var rapports = new ArrayList<RapportDeChargement>();

        var entreeNgap = premiere(manifeste, "ngap");
        var ngap = ChargeurNgap.lire(lire(texte(entreeNgap, "fichier"), StandardCharsets.UTF_8), codes(entreeNgap, "majorations"),
                codes(entreeNgap, "indemnites"), texte(entreeNgap, "version"));
        rapports.add(ngap.rapport());

        var ccam = new VersionsDatees<Ccam>();
        for (var entree : liste(manifeste, "ccam")) {
            var version = texte(entree, "version");
            var resultat = ChargeurCcam.lire(lire(texte(entree, "fichier"), StandardCharsets.UTF_8), version);
            ccam.ajouter(resultat.ccam(), version, date(entree, "en_vigueur_du"));
            rapports.add(resultat.rapport());
        }

        var bdpm = new VersionsDatees<Bdpm>();
        for (var entree : liste(manifeste, "bdpm")) {
            var version = texte(entree, "version");
            var enVigueurDu = date(entree, "en_vigueur_du");
            var resultat = ChargeurBdpm.lire(lire(texte(entree, "presentations"), StandardCharsets.UTF_8),
                    lire(texte(entree, "specialites"), Charset.forName("windows-1252")), classesALaDate.apply(enVigueurDu), version);
            bdpm.ajouter(resultat.bdpm(), version, enVigueurDu);
            rapports.add(resultat.rapport());
        }
        return new Nomenclatures(ngap.ngap(), ccam, bdpm, rapports);
    }

    public Ngap ngap() {
        return ngap;
    }

    /** La version de la CCAM en vigueur à la date des soins. */
    public VersionRetenue<Ccam> ccam(LocalDate date) {
        return ccam.auJour(date);
    }

    /** La version de la BDPM en vigueur à la date des soins. */
    public VersionRetenue<Bdpm> bdpm(LocalDate date) {
        return bdpm.auJour(date);
    }

    /** Les comptes rendus de chargement, un par fichier. */
    public List<RapportDeChargement> rapports() {
        return rapports;
    }

    // --- lecture du manifeste et des fichiers

    private static Map<?, ?> manifeste() {
        var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        if (!(yaml.load(lire("referentiels.yaml", StandardCharsets.UTF_8)) instanceof Map<?, ?> m)) {
            throw new IllegalStateException("Manifeste " + DOSSIER + "referentiels.yaml mal formé");
        }
        return m;
    }

    private static List<Map<?, ?>> liste(Map<?, ?> manifeste, String cle) {
        if (!(manifeste.get(cle) instanceof List<?> l) || l.isEmpty()) {
            throw new IllegalStateException("Manifeste des référentiels : « " + cle + " » absent ou vide");
        }
        var resultat = new ArrayList<Map<?, ?>>();
        for (var e : l) {
            if (!(e instanceof Map<?, ?> m)) {
                throw new IllegalStateException("Manifeste des référentiels : entrée de « " + cle + " » mal formée");
            }
            resultat.add(m);
        }
        return resultat;
    }

    private static Map<?, ?> premiere(Map<?, ?> manifeste, String cle) {
        return liste(manifeste, cle).get(0);
    }

    private static String texte(Map<?, ?> entree, String cle) {
        var v = entree.get(cle);
        if (v == null) {
            throw new IllegalStateException("Manifeste des référentiels : « " + cle + " » absent");
        }
        return v.toString();
    }

    private static LocalDate date(Map<?, ?> entree, String cle) {
        var v = entree.get(cle);
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(texte(entree, cle));
    }

    private static Set<String> codes(Map<?, ?> entree, String cle) {
        var resultat = new HashSet<String>();
        if (entree.get(cle) instanceof List<?> l) {
            l.forEach(c -> resultat.add(c.toString()));
        }
        return resultat;
    }

    private static String lire(String fichier, Charset encodage) {
        var chemin = DOSSIER + fichier;
        try (InputStream brut = Nomenclatures.class.getClassLoader().getResourceAsStream(chemin)) {
            if (brut == null) {
                throw new IllegalStateException("Référentiel introuvable dans le classpath : " + chemin);
            }
            try (InputStream flux = fichier.endsWith(".gz") ? new GZIPInputStream(brut, 1 << 16) : brut) {
                return new String(flux.readAllBytes(), encodage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture du référentiel " + chemin + " impossible", e);
        }
    }
}
