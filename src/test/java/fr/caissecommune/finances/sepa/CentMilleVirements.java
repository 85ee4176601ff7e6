package fr.caissecommune.finances.sepa;

import java.io.BufferedOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Programme lancé par {@link FichierVolumineuxTests} dans une JVM au tas volontairement petit : écrit puis valide
 * un fichier de {@code nombre} virements produits un à un, comme le fait la lecture en flux de la base.
 */
final class CentMilleVirements {

    private CentMilleVirements() {
    }

    public static void main(String[] arguments) throws Exception {
        var fichier = Path.of(arguments[0]);
        int nombre = Integer.parseInt(arguments[1]);
        var compte = new CompteBancaire("Caisse commune", "FR7699999000010001234567809", "TESTFRPPXXX");
        var moitie = nombre / 2;
        var lot1 = new LotDeVirements("VIR-GROS-1", LocalDate.of(2025, 2, 5), moitie, total(0, moitie), compte);
        var lot2 = new LotDeVirements("VIR-GROS-2", LocalDate.of(2025, 2, 6), nombre - moitie, total(moitie, nombre), compte);
        var enTete = new EnTeteDeMessage("VIR-GROS", LocalDateTime.of(2025, 2, 3, 10, 0), nombre, total(0, nombre), "Caisse commune");
        try (var sortie = new BufferedOutputStream(Files.newOutputStream(fichier), 1 << 16)) {
            var ecrivain = new EcrivainPain001(sortie, enTete);
            for (int i = 0; i < nombre; i++) {
                ecrivain.ecrire(i < moitie ? lot1 : lot2, new Virement("PAIE-2025-02-" + i, montant(i), "Allocataire n° " + i,
                        "FR7699997002021234567890128", null, "Prestations familiales février 2025, dossier " + i));
            }
            ecrivain.terminer();
        }
        FormatSepa.PAIN_001_001_09.valider(fichier);
    }

    static BigDecimal montant(int i) {
        return BigDecimal.valueOf(1 + i % 150_000, 2);
    }

    static BigDecimal total(int debut, int fin) {
        var total = BigDecimal.ZERO;
        for (int i = debut; i < fin; i++) {
            total = total.add(montant(i));
        }
        return total;
    }
}
