package fr.caissecommune.referentiel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;

/**
 * Le code officiel géographique des communes. Les communes de la Lozère et du Rhône sont livrées avec
 * l'application (données Etalab, découpage administratif) et chargées au premier démarrage ; la liste
 * nationale se charge avec {@code caisse communes charger FICHIER} (CSV du code officiel géographique de l'INSEE, colonnes TYPECOM, COM, DEP, LIBELLE ; ou CSV code, nom, departement).
 */
@Service
public class Communes {

    private static final Logger LOG = LoggerFactory.getLogger(Communes.class);
    static final String LIVREES = "referentiel/communes-48-69.csv";

    private final JdbcClient jdbc;

    Communes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void chargerLesCommunesLivrees() {
        if (jdbc.sql("select count(*) from referentiel.commune").query(Long.class).single() > 0) {
            return;
        }
        try (var lecteur = new InputStreamReader(new ClassPathResource(LIVREES).getInputStream(), StandardCharsets.UTF_8)) {
            int n = charger(lecteur);
            LOG.info("Référentiel : {} communes livrées chargées (Lozère, Rhône)", n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Charge (ou met à jour) des communes depuis un CSV à en-tête. Colonnes reconnues : {@code code} ou
     * {@code COM}, {@code nom} ou {@code LIBELLE}, {@code departement} ou {@code DEP}, et facultativement
     * {@code codes_postaux}, {@code population}, {@code TYPECOM} (seules les communes {@code COM} sont gardées).
     */
    @Transactional
    public int charger(Reader source) throws IOException {
        var lignes = new ArrayList<Object[]>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(source)) {
            int numero = 1;
            while (it.hasNext()) {
                numero++;
                var ligne = it.next();
                if (ligne.containsKey("TYPECOM") && !"COM".equals(ligne.get("TYPECOM"))) {
                    continue;
                }
                CodeCommune code;
                try {
                    code = CodeCommune.of(colonne(ligne, "code", "COM"));
                } catch (IllegalArgumentException e) {
                    throw new ChampInvalide("fichier", "Ligne " + numero + " : " + e.getMessage());
                }
                var nom = colonne(ligne, "nom", "LIBELLE");
                var population = ligne.getOrDefault("population", "");
                lignes.add(new Object[] { code.valeur(), nom, Recherche.cle(nom), colonne(ligne, "departement", "DEP"),
                        ligne.getOrDefault("codes_postaux", ""), population.isBlank() ? 0 : Integer.parseInt(population) });
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new ChampInvalide("fichier", "Fichier des communes illisible : " + e.getOriginalMessage());
        }
        if (lignes.isEmpty()) {
            throw new ChampInvalide("fichier", "Fichier des communes vide");
        }
        jdbc.sql("delete from referentiel.commune where code in (:codes)")
                .param("codes", lignes.stream().map(l -> (String) l[0]).toList()).update();
        for (int debut = 0; debut < lignes.size(); debut += 1000) {
            var lot = lignes.subList(debut, Math.min(lignes.size(), debut + 1000));
            var sql = new StringBuilder("insert into referentiel.commune (code, nom, nom_recherche, departement, codes_postaux, population) values ");
            for (int i = 0; i < lot.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
            }
            jdbc.sql(sql.toString()).params(lot.stream().flatMap(java.util.Arrays::stream).toList()).update();
        }
        return lignes.size();
    }

    private static String colonne(Map<String, String> ligne, String nom, String nomInsee) {
        var valeur = ligne.containsKey(nom) ? ligne.get(nom) : ligne.get(nomInsee);
        if (valeur == null) {
            throw new ChampInvalide("fichier", "Colonne « " + nom + " » (ou « " + nomInsee + " ») absente de l'en-tête du fichier des communes");
        }
        return valeur;
    }

    public Optional<Commune> find(CodeCommune code) {
        return jdbc.sql("select * from referentiel.commune where code = ?").param(code.valeur()).query(Communes::lire).optional();
    }

    /** La commune, ou un refus qui nomme le champ : « Commune inconnue : 48999 n'existe pas dans le COG ». */
    public Commune get(CodeCommune code, String champ) {
        return find(code).orElseThrow(() -> new ChampInvalide(champ,
                "Commune inconnue : le code INSEE " + code + " n'existe pas dans le code officiel géographique chargé"));
    }

    public List<Commune> rechercher(String texte, int max) {
        return jdbc.sql("""
                select * from referentiel.commune where nom_recherche like :nom or code = :code
                order by population desc fetch first :max rows only""")
                .param("nom", Recherche.cle(texte) + "%").param("code", texte.trim()).param("max", max)
                .query(Communes::lire).list();
    }

    public List<Commune> duDepartement(String departement) {
        return jdbc.sql("select * from referentiel.commune where departement = ? order by code").param(departement)
                .query(Communes::lire).list();
    }

    private static Commune lire(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Commune(new CodeCommune(rs.getString("code")), rs.getString("nom"), rs.getString("departement"),
                rs.getString("codes_postaux"), rs.getInt("population"));
    }
}
