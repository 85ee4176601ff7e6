package fr.caissecommune.finances;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.caissecommune.finances.sepa.FormatSepa;

/**
 * Le dépôt des fichiers remis à la banque ({@code caisse.repertoire-fichiers}, par défaut {@code ./data/fichiers}).
 * Un fichier s'écrit d'abord sous un nom provisoire, son empreinte SHA-256 calculée au fil de l'écriture ; il
 * n'est renommé qu'une fois validé contre son schéma XSD, et il est supprimé si la transaction qui l'a produit
 * est annulée : la banque ne voit jamais un fichier invalide ou que la base ignore.
 */
@Component
class DepotDeFichiers {

    private final Path repertoire;

    DepotDeFichiers(@Value("${caisse.repertoire-fichiers:./data/fichiers}") Path repertoire) {
        this.repertoire = repertoire.toAbsolutePath().normalize();
    }

    record FichierEcrit(Path chemin, String sha256) {
    }

    Path chemin(TypeDeFichier type, String msgId) {
        return repertoire.resolve(type.name().toLowerCase()).resolve(msgId + ".xml");
    }

    /**
     * Écrit le fichier avec {@code ecriture}, le valide contre le schéma du format, puis le met à sa place.
     *
     * @throws IllegalStateException si le fichier n'est pas conforme au schéma (rien n'est alors conservé)
     */
    FichierEcrit deposer(Path destination, FormatSepa format, Consumer<OutputStream> ecriture) {
        Path provisoire = null;
        try {
            Files.createDirectories(destination.getParent());
            provisoire = Files.createTempFile(destination.getParent(), destination.getFileName().toString(), ".partiel");
            var empreinte = MessageDigest.getInstance("SHA-256");
            try (var sortie = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(provisoire), 1 << 16), empreinte)) {
                ecriture.accept(sortie);
            }
            format.valider(provisoire);
            Files.move(provisoire, destination, StandardCopyOption.ATOMIC_MOVE);
            supprimerSiLaTransactionEchoue(destination);
            return new FichierEcrit(destination, HexFormat.of().formatHex(empreinte.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture du fichier " + destination + " impossible : " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        } finally {
            if (provisoire != null) {
                supprimer(provisoire);
            }
        }
    }

    private static void supprimerSiLaTransactionEchoue(Path fichier) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int statut) {
                    if (statut != STATUS_COMMITTED) {
                        supprimer(fichier);
                    }
                }
            });
        }
    }

    private static void supprimer(Path fichier) {
        try {
            Files.deleteIfExists(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException("Suppression du fichier " + fichier + " impossible : " + e.getMessage(), e);
        }
    }
}
