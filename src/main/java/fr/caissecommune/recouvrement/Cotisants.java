package fr.caissecommune.recouvrement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Siret;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.socle.AgentConnecte;

/**
 * Les comptes cotisants (CSS art. R243-6 pour l'exigibilité, art. L133-5-3 pour la DSN des employeurs) : immatriculation
 * par catégorie, radiation, mandat de prélèvement SEPA, accompagnement des entreprises en difficulté, recherche par
 * SIRET, SIREN, numéro de compte ou nom, et historique des contacts.
 */
@Service
@Transactional
public class Cotisants {

    private final JdbcClient jdbc;
    private final Parametres parametres;
    private final ApplicationEventPublisher evenements;

    Cotisants(JdbcClient jdbc, Parametres parametres, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.parametres = parametres;
        this.evenements = evenements;
    }

    /**
     * Ouvre un compte cotisant. Un employeur (hors particulier employeur) est identifié par le SIRET de son
     * établissement, unique ; un particulier employeur, un travailleur indépendant ou un PAM par son NIR ou son SIRET.
     * Le jour d'exigibilité dépend de l'effectif : le 5 du mois suivant à partir de 50 salariés, le 15 sinon (R243-6) ;
     * le 5 pour les non-salariés.
     */
    public Cotisant immatriculer(NouveauCotisant n) {
        var nom = n.nom() == null ? "" : n.nom().strip();
        if (nom.isEmpty()) {
            throw new ChampInvalide("nom", "Le nom ou la raison sociale du cotisant est obligatoire");
        }
        if (nom.length() > 140) {
            throw new ChampInvalide("nom", "Le nom du cotisant dépasse 140 caractères");
        }
        String siret = null;
        if (n.siret() != null && !n.siret().isBlank()) {
            siret = lire("siret", () -> Siret.of(n.siret().replace(" ", "")).valeur());
            var s = siret;
            if (parSiret(s).isPresent()) {
                throw new ChampInvalide("siret", "L'établissement " + s + " a déjà un compte cotisant");
            }
        }
        String nir = null;
        if (n.nir() != null && !n.nir().isBlank()) {
            nir = lire("nir", () -> Nir.of(n.nir().replace(" ", "")).valeur());
        }
        if (n.categorie().employeur() && n.categorie() != CategorieDeCotisant.PARTICULIER_EMPLOYEUR && siret == null) {
            throw new ChampInvalide("siret", "Le SIRET de l'établissement est obligatoire pour la catégorie « " + n.categorie().libelle() + " »");
        }
        if (siret == null && nir == null) {
            throw new ChampInvalide("nir", "Le NIR ou le SIRET du cotisant est obligatoire");
        }
        if (n.effectif() != null && n.effectif() < 0) {
            throw new ChampInvalide("effectif", "L'effectif ne peut pas être négatif");
        }
        if (n.tauxAt() != null && (n.tauxAt().signum() < 0 || n.tauxAt().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ChampInvalide("tauxAt", "Le taux AT/MP notifié doit être un pourcentage entre 0 et 100");
        }
        var id = UUID.randomUUID();
        long sequence = jdbc.sql("select nextval('recouvrement.numero_de_compte')").query(Long.class).single();
        var numero = String.format(Locale.ROOT, "480%d%014d", n.categorie().ordinal() + 1, sequence);
        int jour = jourDExigibilite(n.categorie(), n.effectif(), n.immatriculeLe());
        jdbc.sql("""
                insert into recouvrement.cotisant (id, numero, categorie, nom, siret, siren, nir, personne_id, commune, statut, immatricule_le,
                    effectif, taux_at, jour_exigibilite, mode_paiement, en_difficulte)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIF', ?, ?, ?, ?, 'VIREMENT', false)
                """).params(id, numero, n.categorie().name(), nom, siret, siret == null ? null : siret.substring(0, 9), nir, n.personne(),
                n.commune(), Date.valueOf(n.immatriculeLe()), n.effectif(), n.tauxAt(), jour).update();
        evenements.publishEvent(new CotisantImmatricule(id, n.categorie(), n.immatriculeLe()));
        return trouver(id);
    }

    private static String lire(String champ, Supplier<String> lecture) {
        try {
            return lecture.get();
        } catch (IllegalArgumentException e) {
            throw new ChampInvalide(champ, e.getMessage());
        }
    }

    /** Le jour du mois suivant où les cotisations d'un mois sont exigibles (R243-6). */
    int jourDExigibilite(CategorieDeCotisant categorie, @Nullable Integer effectif, LocalDate au) {
        var p = parametres.a(au);
        if (!categorie.employeur()) {
            return p.entier("recouvrement/dsn/echeance/jour_50_et_plus");
        }
        return effectif != null && effectif >= p.entier("recouvrement/dsn/echeance/seuil_effectif") ? p.entier("recouvrement/dsn/echeance/jour_50_et_plus")
                : p.entier("recouvrement/dsn/echeance/jour_moins_de_50");
    }

    /** Met à jour l'effectif déclaré (DSN) et le jour d'exigibilité qui en découle. */
    void majEffectif(UUID id, @Nullable Integer effectif, LocalDate au) {
        var c = trouver(id);
        if (effectif == null || effectif.equals(c.effectif())) {
            return;
        }
        jdbc.sql("update recouvrement.cotisant set effectif = ?, jour_exigibilite = ? where id = ?")
                .params(effectif, jourDExigibilite(c.categorie(), effectif, au), id).update();
    }

    /** Radie le compte à la date de cessation ; les dettes restent dues. */
    public Cotisant radier(UUID id, LocalDate le, String motif) {
        var c = trouver(id);
        if (!c.actif()) {
            throw new ChampInvalide("statut", "Le compte " + c.numero() + " est déjà radié depuis le " + c.radieLe());
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif de la radiation est obligatoire");
        }
        if (le.isBefore(c.immatriculeLe())) {
            throw new ChampInvalide("le", "La radiation ne peut précéder l'immatriculation (" + c.immatriculeLe() + ")");
        }
        jdbc.sql("update recouvrement.cotisant set statut = 'RADIE', radie_le = ?, motif_radiation = ? where id = ?")
                .params(Date.valueOf(le), motif.strip(), id).update();
        evenements.publishEvent(new CotisantRadie(id, c.categorie(), le));
        return trouver(id);
    }

    /**
     * Enregistre le mandat de prélèvement SEPA signé par le cotisant : IBAN vérifié (clé MOD-97), BIC facultatif, RUM
     * attribuée par la caisse (« RUM-&lt;numéro de compte&gt; »), date de signature. Le moyen de paiement devient le
     * prélèvement.
     */
    public Cotisant enregistrerMandat(UUID id, String iban, @Nullable String bic, LocalDate signeLe) {
        var c = trouver(id);
        var i = lire("iban", () -> Iban.of(iban).valeur());
        String b = bic == null || bic.isBlank() ? null : lire("bic", () -> Bic.of(bic).valeur());
        if (signeLe.isAfter(LocalDate.now().plusDays(1))) {
            throw new ChampInvalide("signeLe", "La date de signature du mandat ne peut être dans le futur");
        }
        jdbc.sql("update recouvrement.cotisant set mode_paiement = 'PRELEVEMENT', iban = ?, bic = ?, rum = ?, mandat_signe_le = ? where id = ?")
                .params(i, b, "RUM-" + c.numero(), Date.valueOf(signeLe), id).update();
        return trouver(id);
    }

    /** Révoque le mandat : le cotisant paie désormais par virement. */
    public Cotisant revoquerMandat(UUID id) {
        trouver(id);
        jdbc.sql("update recouvrement.cotisant set mode_paiement = 'VIREMENT', rum = null, mandat_signe_le = null where id = ?").param(id).update();
        return trouver(id);
    }

    /** Signale (ou lève) l'accompagnement « entreprise en difficulté » (commission des chefs de services financiers). */
    public Cotisant signalerDifficulte(UUID id, boolean enDifficulte, @Nullable String motif) {
        trouver(id);
        if (enDifficulte && (motif == null || motif.isBlank())) {
            throw new ChampInvalide("motif", "Le motif de l'accompagnement est obligatoire");
        }
        jdbc.sql("update recouvrement.cotisant set en_difficulte = ?, difficulte_motif = ? where id = ?")
                .params(enDifficulte, enDifficulte ? motif.strip() : null, id).update();
        return trouver(id);
    }

    @Transactional(readOnly = true)
    public Cotisant trouver(UUID id) {
        return jdbc.sql("select * from recouvrement.cotisant where id = ?").param(id).query(Cotisants::cotisant).optional()
                .orElseThrow(() -> new CotisantIntrouvable(id));
    }

    @Transactional(readOnly = true)
    public Optional<Cotisant> parSiret(String siret) {
        return jdbc.sql("select * from recouvrement.cotisant where siret = ?").param(siret).query(Cotisants::cotisant).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Cotisant> parPersonne(UUID personne) {
        return jdbc.sql("select * from recouvrement.cotisant where personne_id = ? order by immatricule_le").param(personne)
                .query(Cotisants::cotisant).list().stream().findFirst();
    }

    /** Recherche par SIRET (14 chiffres), SIREN (9), numéro de compte (18) ou partie du nom ; 50 réponses au plus. */
    @Transactional(readOnly = true)
    public List<Cotisant> chercher(String texte) {
        var t = texte == null ? "" : texte.strip();
        var chiffres = t.replace(" ", "");
        if (chiffres.isEmpty()) {
            return List.of();
        }
        if (chiffres.matches("\\d{14}")) {
            return jdbc.sql("select * from recouvrement.cotisant where siret = ?").param(chiffres).query(Cotisants::cotisant).list();
        }
        if (chiffres.matches("\\d{9}")) {
            return jdbc.sql("select * from recouvrement.cotisant where siren = ? order by siret").param(chiffres).query(Cotisants::cotisant).list();
        }
        if (chiffres.matches("\\d{18}")) {
            return jdbc.sql("select * from recouvrement.cotisant where numero = ?").param(chiffres).query(Cotisants::cotisant).list();
        }
        return jdbc.sql("select * from recouvrement.cotisant where lower(nom) like ? order by nom fetch first 50 rows only")
                .param("%" + t.toLowerCase(Locale.ROOT) + "%").query(Cotisants::cotisant).list();
    }

    /** Le nombre de comptes actifs par catégorie, dans l'ordre des catégories. */
    @Transactional(readOnly = true)
    public Map<CategorieDeCotisant, Integer> actifsParCategorie() {
        var n = new LinkedHashMap<CategorieDeCotisant, Integer>();
        for (var c : CategorieDeCotisant.values()) {
            n.put(c, 0);
        }
        jdbc.sql("select categorie, count(*) from recouvrement.cotisant where statut = 'ACTIF' group by categorie")
                .query((rs, i) -> n.put(CategorieDeCotisant.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return n;
    }

    /** Consigne un contact avec le cotisant, par l'agent connecté. */
    public ContactCotisant enregistrerContact(UUID id, String canal, String motif, String suite) {
        trouver(id);
        if (!ContactCotisant.CANAUX.contains(canal)) {
            throw new ChampInvalide("canal", "Canal de contact inconnu : « " + canal + " » (" + String.join(", ", ContactCotisant.CANAUX) + ")");
        }
        if (motif == null || motif.isBlank()) {
            throw new ChampInvalide("motif", "Le motif du contact est obligatoire");
        }
        var c = new ContactCotisant(UUID.randomUUID(), id, LocalDateTime.now().withNano(0), canal, tronque(motif.strip(), 200),
                tronque(suite == null ? "" : suite.strip(), 500), AgentConnecte.courant().nom());
        jdbc.sql("insert into recouvrement.contact (id, cotisant_id, le, canal, motif, suite, agent) values (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), id, Timestamp.valueOf(c.le()), c.canal(), c.motif(), c.suite(), c.agent()).update();
        return c;
    }

    @Transactional(readOnly = true)
    public List<ContactCotisant> contacts(UUID id) {
        return jdbc.sql("select * from recouvrement.contact where cotisant_id = ? order by le desc").param(id)
                .query((rs, i) -> new ContactCotisant(rs.getObject("id", UUID.class), id, rs.getTimestamp("le").toLocalDateTime(),
                        rs.getString("canal"), rs.getString("motif"), rs.getString("suite"), rs.getString("agent")))
                .list();
    }

    private static String tronque(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    static Cotisant cotisant(ResultSet rs, int n) throws SQLException {
        return new Cotisant(rs.getObject("id", UUID.class), rs.getString("numero"), CategorieDeCotisant.valueOf(rs.getString("categorie")),
                rs.getString("nom"), rs.getString("siret"), rs.getString("siren"), rs.getString("nir"), rs.getObject("personne_id", UUID.class),
                rs.getString("commune"), "ACTIF".equals(rs.getString("statut")), rs.getDate("immatricule_le").toLocalDate(),
                date(rs, "radie_le"), rs.getString("motif_radiation"), (Integer) rs.getObject("effectif", Integer.class), rs.getBigDecimal("taux_at"),
                rs.getInt("jour_exigibilite"), ModeDePaiement.valueOf(rs.getString("mode_paiement")), rs.getString("iban"), rs.getString("bic"),
                rs.getString("rum"), date(rs, "mandat_signe_le"), rs.getBoolean("en_difficulte"), rs.getString("difficulte_motif"));
    }

    static @Nullable LocalDate date(ResultSet rs, String colonne) throws SQLException {
        var d = rs.getDate(colonne);
        return d == null ? null : d.toLocalDate();
    }
}
