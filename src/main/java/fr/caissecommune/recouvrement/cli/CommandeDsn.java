package fr.caissecommune.recouvrement.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.DepotDesDeclarations;
import fr.caissecommune.recouvrement.EvaluationDesCotisations;
import fr.caissecommune.recouvrement.dsn.GenerateurDsn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caisse dsn …} : dépôt de DSN mensuelles, anomalies de calcul, génération de DSN synthétiques. */
@Component
@Command(name = "dsn", mixinStandardHelpOptions = true, description = "Déclarations sociales nominatives : dépôt, anomalies, génération.")
class CommandeDsn {

    /** Code de sortie d'un dépôt dont au moins une DSN est rejetée. */
    static final int REJETEE = 3;

    private final DepotDesDeclarations depot;
    private final EvaluationDesCotisations evaluation;

    @Spec
    CommandSpec spec;

    CommandeDsn(DepotDesDeclarations depot, EvaluationDesCotisations evaluation) {
        this.depot = depot;
        this.evaluation = evaluation;
    }

    @Command(name = "deposer", description = "Dépose un ou plusieurs fichiers DSN et affiche le compte rendu en français.")
    int deposer(@Parameters(paramLabel = "FICHIER", arity = "1..*", description = "fichier DSN (ISO-8859-1)") List<Path> fichiers) {
        int code = 0;
        for (var fichier : fichiers) {
            if (!Files.isRegularFile(fichier)) {
                throw new IllegalArgumentException("fichier introuvable : " + fichier);
            }
            var compteRendu = depot.deposer(fichier);
            spec.commandLine().getOut().print(compteRendu.enFrancais());
            spec.commandLine().getOut().flush();
            if (!compteRendu.acceptee()) {
                code = REJETEE;
            }
        }
        return code;
    }

    @Command(name = "anomalies", description = "Liste les anomalies de calcul d'une déclaration acceptée.")
    int anomalies(@Parameters(paramLabel = "DECLARATION", description = "identifiant de la déclaration") String declaration) {
        UUID id;
        try {
            id = UUID.fromString(declaration);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("identifiant de déclaration invalide : « " + declaration + " » (UUID attendu)");
        }
        var anomalies = depot.anomalies(id);
        anomalies.forEach(a -> spec.commandLine().getOut().println(a.enFrancais()));
        spec.commandLine().getOut().println(anomalies.size() + " anomalie(s)");
        return 0;
    }

    @Command(name = "generer", description = "Écrit une DSN mensuelle synthétique cohérente (NIR et SIRET valides).")
    int generer(@Option(names = "--salaries", defaultValue = "100", description = "nombre de salariés (défaut ${DEFAULT-VALUE})") int salaries,
            @Option(names = "--mois", defaultValue = "2026-03", description = "mois principal AAAA-MM (défaut ${DEFAULT-VALUE})") YearMonth mois,
            @Option(names = "--effectif", description = "effectif de l'entreprise (défaut : le nombre de salariés)") Integer effectif,
            @Option(names = "--siren", defaultValue = "12345678", description = "8 premiers chiffres du SIREN (clé calculée)") String siren,
            @Option(names = "--graine", defaultValue = "1") long graine,
            @Parameters(paramLabel = "FICHIER") Path fichier) throws Exception {
        if (!siren.matches("\\d{8}")) {
            throw new IllegalArgumentException("--siren : 8 chiffres attendus, « " + siren + " » reçu");
        }
        var generateur = new GenerateurDsn(siren, mois, effectif == null ? salaries : effectif, graine, evaluation.parametresAu(mois.atEndOfMonth()));
        try (var sortie = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(fichier), StandardCharsets.ISO_8859_1), 1 << 16)) {
            generateur.ecrire(sortie, salaries);
        }
        spec.commandLine().getOut().println("DSN de " + salaries + " salarié(s) écrite dans " + fichier + " (SIRET " + generateur.siret() + ", "
                + Files.size(fichier) / 1024 + " Kio)");
        return 0;
    }
}
