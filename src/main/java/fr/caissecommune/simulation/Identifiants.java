package fr.caissecommune.simulation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.iban4j.CountryCode;

import fr.caissecommune.commun.Bic;
import fr.caissecommune.commun.Iban;
import fr.caissecommune.commun.Luhn;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Rpps;
import fr.caissecommune.commun.Siret;

/** Des identifiants fictifs mais valides (clés de contrôle justes), uniques dans une simulation. */
final class Identifiants {

    /** Quelques établissements bancaires français : code banque et BIC. */
    private static final String[][] BANQUES = { { "30004", "BNPAFRPP" }, { "30003", "SOGEFRPP" }, { "30002", "CRLYFRPP" },
            { "20041", "PSSTFRPPMON" }, { "10278", "CMCIFR2A" }, { "13506", "AGRIFRPP835" }, { "16807", "CCBPFRPPLYN" },
            { "13335", "CEPAFRPP133" }, { "17806", "AGRIFRPP878" }, { "11306", "AGRIFRPP813" } };

    private final SplittableRandom aleas;
    private final Set<String> nirs = new HashSet<>();
    private final Set<String> sirets = new HashSet<>();
    private final Set<String> rpps = new HashSet<>();

    Identifiants(SplittableRandom aleas) {
        this.aleas = aleas;
    }

    /**
     * Un NIR : sexe, année et mois de naissance, lieu (département + commune, ou 99 + pays), numéro d'ordre, clé ;
     * vide quand les numéros d'ordre de ce lieu et de ce mois sont (presque) tous pris — 999 au plus par commune
     * et par mois, ce qu'atteint une grande ville dans un profil agrandi : l'appelant tire alors un autre lieu.
     */
    Optional<Nir> nir(int sexe, int annee, int mois, String lieu) {
        var debut = sexe + String.format("%02d%02d", annee % 100, mois) + lieu;
        for (int essai = 0; essai < 100; essai++) {
            var sans = debut + String.format("%03d", 1 + aleas.nextInt(999));
            if (nirs.add(sans)) {
                return Optional.of(new Nir(sans + String.format("%02d", Nir.cle(sans))));
            }
        }
        return Optional.empty();
    }

    Siret siret() {
        while (true) {
            var siren = Luhn.completer(String.format("%08d", aleas.nextInt(100_000_000)));
            if (siren.startsWith("356000000")) {
                continue;
            }
            var nic = String.format("%04d", 1 + aleas.nextInt(9_999));
            var siret = Luhn.completer(siren + nic);
            if (sirets.add(siret)) {
                return new Siret(siret);
            }
        }
    }

    Rpps rpps() {
        while (true) {
            var numero = Luhn.completer("10" + String.format("%08d", aleas.nextInt(100_000_000)));
            if (rpps.add(numero)) {
                return new Rpps(numero);
            }
        }
    }

    record Compte(Iban iban, Bic bic) {
    }

    /** Un compte bancaire français : code banque, guichet, numéro de compte, clé RIB, puis clé IBAN (iban4j). */
    Compte compte() {
        var banque = BANQUES[aleas.nextInt(BANQUES.length)];
        var guichet = String.format("%05d", aleas.nextInt(100_000));
        var numero = String.format("%011d", aleas.nextLong(100_000_000_000L));
        var iban = new org.iban4j.Iban.Builder().countryCode(CountryCode.FR).bankCode(banque[0]).branchCode(guichet)
                .accountNumber(numero).nationalCheckDigit(cleRib(banque[0], guichet, numero)).build();
        return new Compte(new Iban(iban.toString()), new Bic(banque[1]));
    }

    /** Clé RIB = 97 − ((89 × banque + 15 × guichet + 3 × compte) mod 97), le compte étant ici numérique. */
    static String cleRib(String banque, String guichet, String compte) {
        long reste = (89L * Long.parseLong(banque) % 97 + 15L * Long.parseLong(guichet) % 97 + 3L * (Long.parseLong(compte) % 97)) % 97;
        return String.format("%02d", 97 - reste);
    }
}
