package fr.caissecommune.sante.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.caissecommune.sante.Decompte;
import fr.caissecommune.sante.FeuilleSimulee;
import fr.caissecommune.sante.LiquidationDesSoins;
import fr.caissecommune.sante.Referentiels;
import fr.caissecommune.sante.SituationDuBeneficiaire;
import fr.caissecommune.sante.UneFeuille;
import fr.caissecommune.sante.calcul.EnFrancais;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** L'écriture JSON d'un décompte : clés dans l'ordre annoncé, montants à deux décimales, explication complète. */
class FormatDesDecomptesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LiquidationDesSoins LIQUIDATION = LiquidationDesSoins.avec(Referentiels.JEU, Referentiels.NOMENCLATURES);

    static Decompte liquider(UneFeuille feuille) {
        return LIQUIDATION.simuler(List.of(new FeuilleSimulee(feuille.construite(), SituationDuBeneficiaire.assureNeLe(LocalDate.of(1984, 12, 1)))))
                .get(0);
    }

    static List<String> cles(JsonNode n) {
        return new ArrayList<>(n.propertyNames());
    }

    @Test
    void ecritLesClesDansLOrdreAnnonce() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G"));

        var n = JSON.readTree(FormatDesDecomptes.ecrire(d));

        assertThat(cles(n)).containsExactly("id", "statut", "motifs_rejet", "lignes", "participation_forfaitaire", "franchises", "montant_paye",
                "payeur", "explication", "montant_rembourse", "recupere", "a_recouvrer");
        assertThat(cles(n.get("lignes").get(0))).startsWith("code", "base", "taux", "rembourse");
    }

    @Test
    void ecritLesMontantsAvecDeuxDecimalesEtLeTauxEnPourcentage() {
        var json = FormatDesDecomptes.ecrire(liquider(UneFeuille.chezLeGeneraliste().ligne("G")));

        assertThat(json).startsWith("{\"id\":\"F-1\",\"statut\":\"PAYE\",\"motifs_rejet\":[],\"lignes\":[{\"code\":\"G\",\"base\":30.00,\"taux\":70,"
                + "\"rembourse\":21.00,").contains("\"participation_forfaitaire\":2.00,\"franchises\":0.00,\"montant_paye\":19.00,\"payeur\":\"ASSURE\"");
    }

    @Test
    void ecritLExplicationIdentiqueAuTexteDeLExplication() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("G").ligne("CCAM:DEQP003"));

        var n = JSON.readTree(FormatDesDecomptes.ecrire(d));

        assertThat(n.get("explication").stringValue()).isEqualTo(d.explication().enTexte()).isEqualTo(EnFrancais.texte(d.explication()));
    }

    @Test
    void ecritLesMotifsDeRejetAvecLeurCodeEtLeurLibelle() {
        var d = liquider(UneFeuille.chezLeGeneraliste().ligne("ZZZ"));

        var n = JSON.readTree(FormatDesDecomptes.ecrire(d));

        assertThat(n.get("statut").stringValue()).isEqualTo("REJETE");
        assertThat(n.get("motifs_rejet").get(0).get("code").stringValue()).isEqualTo("CODE_INCONNU");
        assertThat(n.get("motifs_rejet").get(0).get("libelle").stringValue())
                .isEqualTo("Code d'acte ou de produit inconnu des nomenclatures : ligne 1 (ZZZ) : lettre clé ZZZ absente de la NGAP");
        assertThat(n.get("lignes").size()).isZero();
        assertThat(n.get("montant_paye").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void echappeLesGuillemetsEtLesRetoursALaLigne() {
        var d = Decompte.feuilleInvalide("\"x\"", "ligne 1 :\nchamp « a\\b »");

        var n = JSON.readTree(FormatDesDecomptes.ecrire(d));

        assertThat(n.get("id").stringValue()).isEqualTo("\"x\"");
        assertThat(n.get("motifs_rejet").get(0).get("libelle").stringValue()).isEqualTo("Feuille de soins mal formée : ligne 1 :\nchamp « a\\b »");
    }

    @Test
    void ecritUnIdentifiantNulPourUneLigneIllisible() {
        assertThat(FormatDesDecomptes.ecrire(Decompte.feuilleInvalide(null, "JSON illisible"))).startsWith("{\"id\":null,\"statut\":\"REJETE\"");
    }
}
