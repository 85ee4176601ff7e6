package fr.caissecommune.referentiel;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.ChampInvalide;
import fr.caissecommune.commun.CodeCommune;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.commun.Siret;
import fr.caissecommune.socle.JournalDAudit;

/** Les établissements employeurs et les professionnels de santé du référentiel. */
@Service
@Transactional
public class Employeurs {

    private final JdbcClient jdbc;
    private final Communes communes;
    private final JournalDAudit journal;

    Employeurs(JdbcClient jdbc, Communes communes, JournalDAudit journal) {
        this.jdbc = jdbc;
        this.communes = communes;
        this.journal = journal;
    }

    public void enregistrer(Etablissement e) {
        communes.get(e.commune(), "commune");
        try {
            jdbc.sql("""
                    insert into referentiel.etablissement (siret, siren, raison_sociale, raison_sociale_recherche, code_naf, commune, effectif)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.siret().valeur(), e.siret().siren().valeur(), e.raisonSociale(), Recherche.cle(e.raisonSociale()),
                            e.codeNaf(), e.commune().valeur(), e.effectif())
                    .update();
        } catch (DuplicateKeyException ex) {
            throw new ChampInvalide("siret", "SIRET déjà enregistré : " + e.siret());
        }
        journal.consigner(JournalDAudit.Action.ECRITURE, null, "Établissement " + e.siret(), "Enregistrement d'un employeur");
    }

    @Transactional(readOnly = true)
    public Optional<Etablissement> findParSiret(Siret siret) {
        return jdbc.sql("select * from referentiel.etablissement where siret = ?").param(siret.valeur())
                .query(Employeurs::lireEtablissement).optional();
    }

    @Transactional(readOnly = true)
    public List<Etablissement> rechercher(String texte, int max) {
        var chiffres = texte.replace(" ", "");
        return jdbc.sql("""
                select * from referentiel.etablissement
                where raison_sociale_recherche like :nom or siret like :chiffres
                order by raison_sociale_recherche fetch first :max rows only""")
                .param("nom", Recherche.cle(texte) + "%").param("chiffres", chiffres.matches("\\d{3,14}") ? chiffres + "%" : "-")
                .param("max", max).query(Employeurs::lireEtablissement).list();
    }

    public void enregistrer(ProfessionnelDeSante ps) {
        communes.get(ps.commune(), "commune");
        try {
            jdbc.sql("""
                    insert into referentiel.professionnel_de_sante (rpps, nom, prenom, specialite, secteur, commune)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(ps.rpps().valeur(), ps.nom(), ps.prenom(), ps.specialite(), ps.secteur(), ps.commune().valeur())
                    .update();
        } catch (DuplicateKeyException ex) {
            throw new ChampInvalide("rpps", "RPPS déjà enregistré : " + ps.rpps());
        }
    }

    @Transactional(readOnly = true)
    public Optional<ProfessionnelDeSante> findParRpps(Rpps rpps) {
        return jdbc.sql("select * from referentiel.professionnel_de_sante where rpps = ?").param(rpps.valeur())
                .query((rs, i) -> new ProfessionnelDeSante(new Rpps(rs.getString("rpps")), rs.getString("nom"), rs.getString("prenom"),
                        rs.getString("specialite"), rs.getInt("secteur"), new CodeCommune(rs.getString("commune"))))
                .optional();
    }

    private static Etablissement lireEtablissement(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Etablissement(new Siret(rs.getString("siret")), rs.getString("raison_sociale"), rs.getString("code_naf"),
                new CodeCommune(rs.getString("commune")), rs.getInt("effectif"));
    }
}
