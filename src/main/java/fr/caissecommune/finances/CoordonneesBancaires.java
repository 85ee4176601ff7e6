package fr.caissecommune.finances;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.finances.sepa.CompteBancaire;
import fr.caissecommune.finances.sepa.IdentifiantCreancier;

/**
 * Le compte bancaire de la caisse ({@code caisse.banque.*}) : débité par les virements, crédité par les
 * prélèvements, et l'identifiant créancier SEPA (ICS) sous lequel elle prélève. Les valeurs par défaut sont
 * fictives mais valides (clés de contrôle justes), pour la démonstration et les tests.
 */
@ConfigurationProperties("caisse.banque")
record CoordonneesBancaires(
        @DefaultValue("CAISSE COMMUNE DE SECURITE SOCIALE") String titulaire,
        @DefaultValue("FR7699999000010001234567809") Iban iban,
        @DefaultValue("TESTFRPPXXX") Bic bic,
        @DefaultValue("FR72ZZZ123456") IdentifiantCreancier ics) {

    CompteBancaire compte() {
        return new CompteBancaire(titulaire, iban.valeur(), bic.valeur());
    }
}
