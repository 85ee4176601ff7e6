package fr.caissecommune.sante.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.sante.Ald;
import fr.caissecommune.sante.CodeActe;
import fr.caissecommune.sante.Executant;
import fr.caissecommune.sante.FeuilleDeSoins;
import fr.caissecommune.sante.FeuilleSimulee;
import fr.caissecommune.sante.Flux;
import fr.caissecommune.sante.Grossesse;
import fr.caissecommune.sante.LigneDeSoins;
import fr.caissecommune.sante.NatureAssurance;
import fr.caissecommune.sante.Parcours;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Secteur;
import fr.caissecommune.sante.SituationDuBeneficiaire;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lit une feuille de soins écrite en JSON (format décrit dans {@code docs/sante-format-feuilles.md}) et la
 * valide champ par champ : chaque erreur nomme le champ ({@code lignes[1].quantite}) et la règle, en français.
 * Les champs inconnus et les champs en double sont refusés.
 */
public final class FormatDesFeuilles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> CHAMPS_FEUILLE = Set.of("id", "nir", "date_soins", "date_reception", "flux", "executant", "parcours",
            "assurance", "tiers_payant", "lignes", "beneficiaire");
    private static final Set<String> CHAMPS_EXECUTANT = Set.of("rpps", "specialite", "secteur");
    private static final Set<String> CHAMPS_LIGNE = Set.of("code", "coefficient", "quantite", "montant", "ald", "activite", "phase");
    private static final Set<String> CHAMPS_BENEFICIAIRE = Set.of("date_naissance", "droits", "c2s", "ame", "ald", "grossesse", "grossesses",
            "medecin_traitant", "inconnu");
    private static final Set<String> CHAMPS_PERIODE = Set.of("debut", "fin");
    private static final Set<String> CHAMPS_ALD = Set.of("affection", "debut", "fin", "codes");
    private static final Set<String> CHAMPS_GROSSESSE = Set.of("debut", "accouchement");

    private final boolean simulation;
    private final Partages<String, LocalDate> dates = new Partages<>(100_000);
    private final Partages<String, Rpps> rpps = new Partages<>(200_000);
    private final Partages<String, CodeActe> codes = new Partages<>(100_000);
    private final Partages<LocalDate, SituationDuBeneficiaire> situationsParDefaut = new Partages<>(100_000);
    private final Partages<Executant, Executant> executants = new Partages<>(200_000);

    private FormatDesFeuilles(boolean simulation) {
        this.simulation = simulation;
    }

    /** Le format de la simulation : la situation du bénéficiaire peut être donnée sur chaque ligne. */
    public static FormatDesFeuilles simulation() {
        return new FormatDesFeuilles(true);
    }

    /** Le format de la liquidation enregistrée : la situation vient du référentiel, pas de la feuille. */
    public static FormatDesFeuilles liquidation() {
        return new FormatDesFeuilles(false);
    }

    /** Lit une feuille ; une feuille illisible donne une erreur, jamais une exception. */
    public FeuilleLue lire(String texte) {
        JsonNode racine;
        try {
            racine = JSON.readTree(texte);
        } catch (JacksonException e) {
            return new FeuilleLue(null, null, "JSON illisible : " + e.getOriginalMessage());
        }
        if (racine == null || !racine.isObject()) {
            return new FeuilleLue(null, null, "un objet JSON est attendu pour chaque feuille de soins");
        }
        var id = racine.get("id") != null && racine.get("id").isString() ? racine.get("id").stringValue() : null;
        try {
            return new FeuilleLue(id, feuille(racine), null);
        } catch (ChampInvalide e) {
            return new FeuilleLue(id, null, e.getMessage());
        }
    }

    /**
     * Lit un objet {@code beneficiaire} seul (situation enregistrée) ; {@code null} pour « inconnu ».
     *
     * @throws IllegalArgumentException si le texte est illisible ou invalide (message nommant le champ)
     */
    @Nullable SituationDuBeneficiaire situationEcrite(String texte, Nir nir) {
        try {
            return situation(JSON.readTree(texte), nir, LocalDate.now());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("situation illisible : " + e.getOriginalMessage(), e);
        } catch (ChampInvalide e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private FeuilleSimulee feuille(JsonNode n) {
        champsConnus(n, "", CHAMPS_FEUILLE);
        if (!simulation && n.get("beneficiaire") != null) {
            throw new ChampInvalide("beneficiaire", "la situation du bénéficiaire n'est admise qu'en simulation (--simulation)");
        }
        var id = texte(n, "id", "id");
        if (id.isBlank() || id.length() > 64) {
            throw new ChampInvalide("id", "identifiant de 1 à 64 caractères attendu");
        }
        var nir = valeur("nir", () -> Nir.of(texte(n, "nir", "nir")));
        var dateSoins = date(n, "date_soins", "date_soins");
        var dateReception = n.get("date_reception") == null ? dateSoins : date(n, "date_reception", "date_reception");
        if (dateReception.isBefore(dateSoins)) {
            throw new ChampInvalide("date_reception", "la date de réception (" + dateReception + ") précède la date des soins (" + dateSoins + ")");
        }
        var flux = n.get("flux") == null ? Flux.FSE : enumeration(n, "flux", "flux", Flux.class);
        var executant = executant(objet(n, "executant", "executant"));
        var parcours = n.get("parcours") == null ? Parcours.MEDECIN_TRAITANT : enumeration(n, "parcours", "parcours", Parcours.class);
        var assurance = n.get("assurance") == null ? NatureAssurance.MALADIE : enumeration(n, "assurance", "assurance", NatureAssurance.class);
        var tiersPayant = booleen(n, "tiers_payant", "tiers_payant", false);
        var lignesJson = tableau(n, "lignes", "lignes");
        if (lignesJson.isEmpty()) {
            throw new ChampInvalide("lignes", "au moins une ligne de facturation est attendue");
        }
        var lignes = new ArrayList<LigneDeSoins>(lignesJson.size());
        for (int i = 0; i < lignesJson.size(); i++) {
            lignes.add(ligne(lignesJson.get(i), "lignes[" + i + "]"));
        }
        var feuille = new FeuilleDeSoins(id, nir, dateSoins, dateReception, flux, executant, parcours, assurance, tiersPayant, lignes);
        return new FeuilleSimulee(feuille, situation(n.get("beneficiaire"), nir, dateSoins));
    }

    private Executant executant(JsonNode n) {
        champsConnus(n, "executant.", CHAMPS_EXECUTANT);
        var numero = texte(n, "rpps", "executant.rpps");
        var rpps = valeur("executant.rpps", () -> this.rpps.obtenir(numero, Rpps::of));
        var profession = enumeration(n, "specialite", "executant.specialite", Profession.class);
        var secteur = Secteur.SECTEUR_1;
        var s = n.get("secteur");
        if (s != null && !s.isNull()) {
            secteur = switch (s.isNumber() ? s.numberValue().toString() : s.isString() ? s.stringValue().trim().toUpperCase(Locale.ROOT) : "?") {
                case "1" -> Secteur.SECTEUR_1;
                case "2" -> Secteur.SECTEUR_2;
                case "OPTAM", "OPTAM-ACO", "2-OPTAM" -> Secteur.OPTAM;
                default -> throw new ChampInvalide("executant.secteur", "« " + s.asString() + " » reçu ; 1, 2 ou OPTAM attendu");
            };
        }
        var executant = new Executant(rpps, profession, secteur);
        return executants.obtenir(executant, e -> e);
    }

    private LigneDeSoins ligne(JsonNode n, String chemin) {
        if (!n.isObject()) {
            throw new ChampInvalide(chemin, "objet attendu");
        }
        champsConnus(n, chemin + ".", CHAMPS_LIGNE);
        var ecrit = texte(n, "code", chemin + ".code");
        var code = valeur(chemin + ".code", () -> codes.obtenir(ecrit, CodeActe::of));
        var coefficient = n.get("coefficient") == null ? BigDecimal.ONE : decimal(n, "coefficient", chemin + ".coefficient");
        if (coefficient.signum() <= 0) {
            throw new ChampInvalide(chemin + ".coefficient", "nombre positif attendu, " + coefficient.toPlainString() + " reçu");
        }
        int quantite = n.get("quantite") == null ? 1 : entier(n, "quantite", chemin + ".quantite");
        if (quantite < 1 || quantite > 999) {
            throw new ChampInvalide(chemin + ".quantite", "entier de 1 à 999 attendu, " + quantite + " reçu");
        }
        Montant montant = null;
        if (n.get("montant") != null && !n.get("montant").isNull()) {
            var m = decimal(n, "montant", chemin + ".montant");
            if (m.signum() < 0 || m.scale() > 2) {
                throw new ChampInvalide(chemin + ".montant", "montant positif en euros, au plus deux décimales, attendu ; " + m.toPlainString() + " reçu");
            }
            montant = Montant.euros(m);
        }
        var ald = booleen(n, "ald", chemin + ".ald", false);
        int activite = n.get("activite") == null ? 1 : entier(n, "activite", chemin + ".activite");
        int phase = n.get("phase") == null ? 0 : entier(n, "phase", chemin + ".phase");
        return new LigneDeSoins(code, coefficient, quantite, montant, ald, activite, phase);
    }

    /**
     * La situation du bénéficiaire. Absente (ou sans date de naissance) : date de naissance lue dans le NIR
     * (année et mois, le 1er du mois) ; sans « droits » : droits ouverts depuis la naissance.
     */
    private @Nullable SituationDuBeneficiaire situation(@Nullable JsonNode n, Nir nir, LocalDate dateSoins) {
        if (n == null || n.isNull()) {
            return situationsParDefaut.obtenir(naissanceSelonLeNir(nir, dateSoins), SituationDuBeneficiaire::assureNeLe);
        }
        if (!n.isObject()) {
            throw new ChampInvalide("beneficiaire", "objet attendu");
        }
        champsConnus(n, "beneficiaire.", CHAMPS_BENEFICIAIRE);
        if (booleen(n, "inconnu", "beneficiaire.inconnu", false)) {
            return null;
        }
        var naissance = n.get("date_naissance") == null ? naissanceSelonLeNir(nir, dateSoins)
                : date(n, "date_naissance", "beneficiaire.date_naissance");
        var droits = n.get("droits") == null ? List.of(Periode.depuis(naissance)) : periodes(n, "droits");
        var ald = new ArrayList<Ald>();
        if (n.get("ald") != null) {
            var tableau = tableau(n, "ald", "beneficiaire.ald");
            for (int i = 0; i < tableau.size(); i++) {
                var a = tableau.get(i);
                var chemin = "beneficiaire.ald[" + i + "]";
                if (!a.isObject()) {
                    throw new ChampInvalide(chemin, "objet attendu");
                }
                champsConnus(a, chemin + ".", CHAMPS_ALD);
                var codes = new HashSet<String>();
                if (a.get("codes") != null) {
                    var c = tableau(a, "codes", chemin + ".codes");
                    for (int j = 0; j < c.size(); j++) {
                        var champ = chemin + ".codes[" + j + "]";
                        if (!c.get(j).isString()) {
                            throw new ChampInvalide(champ, "code attendu (texte)");
                        }
                        var ecrit = c.get(j).stringValue();
                        codes.add(valeur(champ, () -> CodeActe.of(ecrit)).toString());
                    }
                }
                var affection = a.get("affection") == null ? "ALD" : texte(a, "affection", chemin + ".affection");
                ald.add(new Ald(affection, periode(a, chemin), codes));
            }
        }
        var grossesses = new ArrayList<Grossesse>();
        if (n.get("grossesse") != null && !n.get("grossesse").isNull()) {
            grossesses.add(grossesse(objet(n, "grossesse", "beneficiaire.grossesse"), "beneficiaire.grossesse"));
        }
        if (n.get("grossesses") != null) {
            var tableau = tableau(n, "grossesses", "beneficiaire.grossesses");
            for (int i = 0; i < tableau.size(); i++) {
                grossesses.add(grossesse(tableau.get(i), "beneficiaire.grossesses[" + i + "]"));
            }
        }
        Rpps medecinTraitant = null;
        if (n.get("medecin_traitant") != null && !n.get("medecin_traitant").isNull()) {
            medecinTraitant = valeur("beneficiaire.medecin_traitant", () -> Rpps.of(texte(n, "medecin_traitant", "beneficiaire.medecin_traitant")));
        }
        return new SituationDuBeneficiaire(naissance, droits, periodes(n, "c2s"), periodes(n, "ame"), ald, grossesses, medecinTraitant);
    }

    private Grossesse grossesse(JsonNode g, String chemin) {
        if (!g.isObject()) {
            throw new ChampInvalide(chemin, "objet attendu");
        }
        champsConnus(g, chemin + ".", CHAMPS_GROSSESSE);
        var debut = date(g, "debut", chemin + ".debut");
        var accouchement = date(g, "accouchement", chemin + ".accouchement");
        return valeur(chemin, () -> new Grossesse(debut, accouchement));
    }

    /** La date de naissance selon le NIR : année (le siècle qui ne la place pas après les soins) et mois. */
    static LocalDate naissanceSelonLeNir(Nir nir, LocalDate dateSoins) {
        int aa = Integer.parseInt(nir.valeur().substring(1, 3));
        int mm = Integer.parseInt(nir.valeur().substring(3, 5));
        int annee = 2000 + aa <= dateSoins.getYear() ? 2000 + aa : 1900 + aa;
        return LocalDate.of(annee, mm >= 1 && mm <= 12 ? mm : 1, 1);
    }

    private List<Periode> periodes(JsonNode n, String champ) {
        if (n.get(champ) == null || n.get(champ).isNull()) {
            return List.of();
        }
        var tableau = tableau(n, champ, "beneficiaire." + champ);
        var resultat = new ArrayList<Periode>(tableau.size());
        for (int i = 0; i < tableau.size(); i++) {
            var chemin = "beneficiaire." + champ + "[" + i + "]";
            var p = tableau.get(i);
            if (!p.isObject()) {
                throw new ChampInvalide(chemin, "période {\"debut\": …, \"fin\": …} attendue");
            }
            champsConnus(p, chemin + ".", CHAMPS_PERIODE);
            resultat.add(periode(p, chemin));
        }
        return resultat;
    }

    /** Une période : début, fin incluse facultative. */
    private Periode periode(JsonNode p, String chemin) {
        var debut = date(p, "debut", chemin + ".debut");
        if (p.get("fin") == null || p.get("fin").isNull()) {
            return Periode.depuis(debut);
        }
        var fin = date(p, "fin", chemin + ".fin");
        if (fin.isBefore(debut)) {
            throw new ChampInvalide(chemin + ".fin", "la fin (" + fin + ") précède le début (" + debut + ")");
        }
        return Periode.entre(debut, fin.plusDays(1));
    }

    // --- champs élémentaires

    private static void champsConnus(JsonNode n, String prefixe, Set<String> connus) {
        for (var nom : n.propertyNames()) {
            if (!connus.contains(nom)) {
                throw new ChampInvalide(prefixe + nom, "champ inconnu (champs admis : " + String.join(", ", connus.stream().sorted().toList()) + ")");
            }
        }
    }

    private static JsonNode present(JsonNode n, String nom, String chemin) {
        var v = n.get(nom);
        if (v == null || v.isNull()) {
            throw new ChampInvalide(chemin, "obligatoire");
        }
        return v;
    }

    private static String texte(JsonNode n, String nom, String chemin) {
        var v = present(n, nom, chemin);
        if (!v.isString()) {
            throw new ChampInvalide(chemin, "texte attendu, " + v + " reçu");
        }
        return v.stringValue();
    }

    private LocalDate date(JsonNode n, String nom, String chemin) {
        var t = texte(n, nom, chemin);
        try {
            return dates.obtenir(t, LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ChampInvalide(chemin, "date AAAA-MM-JJ attendue, « " + t + " » reçu");
        }
    }

    private static BigDecimal decimal(JsonNode n, String nom, String chemin) {
        var v = present(n, nom, chemin);
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isString()) {
            try {
                return new BigDecimal(v.stringValue().trim());
            } catch (NumberFormatException e) {
                // traité ci-dessous
            }
        }
        throw new ChampInvalide(chemin, "nombre attendu, " + v + " reçu");
    }

    private static int entier(JsonNode n, String nom, String chemin) {
        var v = present(n, nom, chemin);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ChampInvalide(chemin, "nombre entier attendu, " + v + " reçu");
        }
        return v.intValue();
    }

    private static boolean booleen(JsonNode n, String nom, String chemin, boolean parDefaut) {
        var v = n.get(nom);
        if (v == null || v.isNull()) {
            return parDefaut;
        }
        if (!v.isBoolean()) {
            throw new ChampInvalide(chemin, "true ou false attendu, " + v + " reçu");
        }
        return v.booleanValue();
    }

    private static JsonNode objet(JsonNode n, String nom, String chemin) {
        var v = present(n, nom, chemin);
        if (!v.isObject()) {
            throw new ChampInvalide(chemin, "objet attendu");
        }
        return v;
    }

    private static JsonNode tableau(JsonNode n, String nom, String chemin) {
        var v = present(n, nom, chemin);
        if (!v.isArray()) {
            throw new ChampInvalide(chemin, "tableau attendu");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumeration(JsonNode n, String nom, String chemin, Class<E> type) {
        var t = texte(n, nom, chemin).trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (var e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        var admis = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new ChampInvalide(chemin, "« " + n.get(nom).stringValue() + " » reçu ; valeurs admises : " + String.join(", ", admis));
    }

    private static <T> T valeur(String chemin, java.util.function.Supplier<T> lecture) {
        try {
            return lecture.get();
        } catch (IllegalArgumentException e) {
            throw new ChampInvalide(chemin, e.getMessage());
        }
    }
}
