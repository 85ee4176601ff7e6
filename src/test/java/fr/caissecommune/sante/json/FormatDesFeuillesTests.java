package fr.caissecommune.sante.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Periode;
import fr.caissecommune.sante.CodeActe;
import fr.caissecommune.sante.Flux;
import fr.caissecommune.sante.NatureAssurance;
import fr.caissecommune.sante.Parcours;
import fr.caissecommune.sante.Profession;
import fr.caissecommune.sante.Secteur;

/** La lecture d'une feuille en JSON : valeurs par défaut, situation du bénéficiaire, erreurs nommant le champ. */
class FormatDesFeuillesTests {

    static final String MINIMALE = """
            {"id":"F-1","nir":"184127645108946","date_soins":"2025-03-12","executant":{"rpps":"10005831911","specialite":"MEDECIN_GENERALISTE"},\
            "lignes":[{"code":"G"}]}""";

    final FormatDesFeuilles format = FormatDesFeuilles.simulation();

    String erreur(String json) {
        var lue = format.lire(json);
        assertThat(lue.estValide()).as("feuille illisible attendue").isFalse();
        return lue.erreur();
    }

    static String remplacer(String cible, String remplacement) {
        assertThat(MINIMALE).contains(cible);
        return MINIMALE.replace(cible, remplacement);
    }

    @Test
    void litUneFeuilleMinimaleAvecLesValeursParDefaut() {
        var lue = format.lire(MINIMALE);

        var f = lue.feuille().feuille();
        assertThat(lue.id()).isEqualTo("F-1");
        assertThat(f.dateDeReception()).isEqualTo(f.dateDesSoins());
        assertThat(f.flux()).isEqualTo(Flux.FSE);
        assertThat(f.executant().secteur()).isEqualTo(Secteur.SECTEUR_1);
        assertThat(f.parcours()).isEqualTo(Parcours.MEDECIN_TRAITANT);
        assertThat(f.assurance()).isEqualTo(NatureAssurance.MALADIE);
        assertThat(f.tiersPayant()).isFalse();
        var ligne = f.lignes().get(0);
        assertThat(ligne.code()).isEqualTo(new CodeActe(CodeActe.Nomenclature.NGAP, "G"));
        assertThat(ligne.coefficient()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(ligne.quantite()).isEqualTo(1);
        assertThat(ligne.montantFacture()).isNull();
    }

    @Test
    void deduitDuNirLaDateDeNaissanceEtOuvreLesDroitsQuandLaSituationEstAbsente() {
        var situation = format.lire(MINIMALE).feuille().situation();

        assertThat(situation.dateDeNaissance()).isEqualTo(LocalDate.of(1984, 12, 1));
        assertThat(situation.aDesDroitsAu(LocalDate.of(2025, 3, 12))).isTrue();
        assertThat(FormatDesFeuilles.naissanceSelonLeNir(fr.caissecommune.commun.Nir.of("115067505600365"), LocalDate.of(2025, 3, 12)))
                .isEqualTo(LocalDate.of(2015, 6, 1));
    }

    @Test
    void litLaSituationDuBeneficiaireAvecDesFinsDePeriodeIncluses() {
        var json = remplacer("\"lignes\"", """
                "beneficiaire":{"date_naissance":"1970-01-15","droits":[{"debut":"2020-01-01","fin":"2025-12-31"}],\
                "c2s":[{"debut":"2025-01-01","fin":"2025-03-31"}],"ald":[{"affection":"diabète","debut":"2020-01-01","codes":["g","cip:3400935955838"]}],\
                "grossesse":{"debut":"2024-09-01","accouchement":"2025-05-25"},"medecin_traitant":"10005831911"},"lignes\"""");

        var s = format.lire(json).feuille().situation();

        assertThat(s.droits()).containsExactly(Periode.entre(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(s.beneficieDeLaC2sAu(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(s.beneficieDeLaC2sAu(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(s.ald().get(0).codes()).containsExactlyInAnyOrder("G", "CIP:3400935955838");
        assertThat(s.grossesses()).hasSize(1);
        assertThat(s.medecinTraitant().valeur()).isEqualTo("10005831911");
    }

    @Test
    void litUneLigneComplete() {
        var json = remplacer("{\"code\":\"G\"}", "{\"code\":\"ccam:deqp003\",\"quantite\":2,\"montant\":\"40.50\",\"ald\":true,\"activite\":1,\"phase\":0}");

        var ligne = format.lire(json).feuille().feuille().lignes().get(0);

        assertThat(ligne.code().toString()).isEqualTo("CCAM:DEQP003");
        assertThat(ligne.quantite()).isEqualTo(2);
        assertThat(ligne.montantFacture()).isEqualTo(Montant.euros("40.50"));
        assertThat(ligne.enRapportAvecUneAld()).isTrue();
    }

    @Test
    void accepteLesSecteursEtProfessionsEnMinusculesEtLesAliasOptam() {
        var json = remplacer("\"specialite\":\"MEDECIN_GENERALISTE\"", "\"specialite\":\"medecin-specialiste\",\"secteur\":\"optam\"");

        var executant = format.lire(json).feuille().feuille().executant();

        assertThat(executant.profession()).isEqualTo(Profession.MEDECIN_SPECIALISTE);
        assertThat(executant.secteur()).isEqualTo(Secteur.OPTAM);
    }

    @Test
    void signaleUnNirInvalideEnNommantLeChamp() {
        assertThat(erreur(remplacer("184127645108946", "184127645108947"))).isEqualTo("champ « nir » : NIR invalide : clé 46 attendue, 47 reçue");
    }

    @Test
    void signaleUnChampObligatoireAbsent() {
        assertThat(erreur(remplacer("\"date_soins\":\"2025-03-12\",", ""))).isEqualTo("champ « date_soins » : obligatoire");
    }

    @Test
    void signaleUneDateMalFormee() {
        assertThat(erreur(remplacer("2025-03-12", "12/03/2025"))).isEqualTo("champ « date_soins » : date AAAA-MM-JJ attendue, « 12/03/2025 » reçu");
    }

    @Test
    void refuseUnChampInconnu() {
        assertThat(erreur(remplacer("\"code\":\"G\"", "\"code\":\"G\",\"prix\":3"))).startsWith("champ « lignes[0].prix » : champ inconnu (champs admis : ");
    }

    @Test
    void refuseUnChampEnDouble() {
        assertThat(erreur(remplacer("\"id\":\"F-1\"", "\"id\":\"F-1\",\"id\":\"F-2\""))).startsWith("JSON illisible : Duplicate Object property \"id\"");
    }

    @Test
    void signaleUneQuantiteNulleEtUnCoefficientNegatif() {
        assertThat(erreur(remplacer("{\"code\":\"G\"}", "{\"code\":\"G\",\"quantite\":0}")))
                .isEqualTo("champ « lignes[0].quantite » : entier de 1 à 999 attendu, 0 reçu");
        assertThat(erreur(remplacer("{\"code\":\"G\"}", "{\"code\":\"G\",\"coefficient\":-1}")))
                .isEqualTo("champ « lignes[0].coefficient » : nombre positif attendu, -1 reçu");
    }

    @Test
    void signaleUnMontantATroisDecimales() {
        assertThat(erreur(remplacer("{\"code\":\"G\"}", "{\"code\":\"G\",\"montant\":30.001}")))
                .startsWith("champ « lignes[0].montant » : montant positif en euros, au plus deux décimales");
    }

    @Test
    void signaleUnCodeMalForme() {
        assertThat(erreur(remplacer("\"G\"", "\"CCAM:DEQ\""))).isEqualTo(
                "champ « lignes[0].code » : code invalide : « CCAM:DEQ » (code CCAM de 4 lettres et 3 chiffres attendu)");
    }

    @Test
    void signaleUneSpecialiteInconnueEnListantLesValeursAdmises() {
        assertThat(erreur(remplacer("MEDECIN_GENERALISTE", "PLOMBIER")))
                .startsWith("champ « executant.specialite » : « PLOMBIER » reçu ; valeurs admises : MEDECIN_GENERALISTE, MEDECIN_SPECIALISTE");
    }

    @Test
    void signaleUnRppsDontLaCleEstFausse() {
        assertThat(erreur(remplacer("10005831911", "10005831912")))
                .isEqualTo("champ « executant.rpps » : RPPS invalide : la clé de Luhn de « 10005831912 » est fausse");
    }

    @Test
    void signaleUneReceptionAnterieureAuxSoins() {
        assertThat(erreur(remplacer("\"date_soins\":\"2025-03-12\"", "\"date_soins\":\"2025-03-12\",\"date_reception\":\"2025-03-11\"")))
                .isEqualTo("champ « date_reception » : la date de réception (2025-03-11) précède la date des soins (2025-03-12)");
    }

    @Test
    void signaleUneFeuilleSansLigne() {
        assertThat(erreur(remplacer("[{\"code\":\"G\"}]", "[]"))).isEqualTo("champ « lignes » : au moins une ligne de facturation est attendue");
    }

    @Test
    void signaleUnJsonIllisibleSansIdentifiant() {
        var lue = format.lire("{\"id\":\"F-1\",");

        assertThat(lue.id()).isNull();
        assertThat(lue.erreur()).startsWith("JSON illisible : ");
    }

    @Test
    void refuseLaSituationDuBeneficiaireHorsSimulation() {
        var json = remplacer("\"lignes\"", "\"beneficiaire\":{},\"lignes\"");

        var lue = FormatDesFeuilles.liquidation().lire(json);

        assertThat(lue.erreur()).isEqualTo("champ « beneficiaire » : la situation du bénéficiaire n'est admise qu'en simulation (--simulation)");
    }

    @Test
    void simuleUnBeneficiaireInconnu() {
        var json = remplacer("\"lignes\"", "\"beneficiaire\":{\"inconnu\":true},\"lignes\"");

        assertThat(format.lire(json).feuille().situation()).isNull();
    }
}
