package fr.caissecommune;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Caisse Commune : le système d'information d'une caisse commune de sécurité sociale
 * (santé, famille, recouvrement, derrière un guichet unique).
 *
 * <p>Un seul exécutable : {@code caisse serveur} et {@code caisse demo} démarrent l'application web,
 * toute autre commande ({@code caisse simuler}, {@code caisse paie}…) s'exécute sans serveur web puis
 * rend la main avec son code de sortie.
 */
@SpringBootApplication
@Modulithic(systemName = "Caisse Commune", sharedModules = "commun")
@EnableAsync
public class CaisseCommuneApplication {

    /** Les commandes qui démarrent le serveur web. */
    static final Set<String> COMMANDES_WEB = Set.of("serveur", "demo");

    public static void main(String[] args) {
        java.util.Locale.setDefault(java.util.Locale.FRANCE);
        var commande = Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).findFirst().orElse("serveur");
        var application = new SpringApplication(CaisseCommuneApplication.class);
        boolean web = COMMANDES_WEB.contains(commande);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!web) {
            application.setAdditionalProfiles("cli");
        }
        var contexte = application.run(args);
        if (!web) {
            System.exit(SpringApplication.exit(contexte, () -> contexte.getBean(LigneDeCommande.class).codeDeSortie()));
        }
    }
}
