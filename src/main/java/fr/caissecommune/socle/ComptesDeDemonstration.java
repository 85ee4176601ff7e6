package fr.caissecommune.socle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Les comptes intégrés de la démonstration et des tests (mot de passe {@code demo}). En production, ils
 * sont désactivés ({@code caisse.securite.comptes-de-demonstration=false}) au profit de l'OIDC.
 */
public final class ComptesDeDemonstration {

    public record Compte(String identifiant, String nom, List<Role> roles) {
    }

    public static final String MOT_DE_PASSE = "demo";

    public static final List<Compte> COMPTES = List.of(
            new Compte("accueil", "Claire Martin", List.of(Role.ACCUEIL)),
            new Compte("famille", "Karim Benali", List.of(Role.TECHNICIEN_FAMILLE, Role.ACCUEIL)),
            new Compte("sante", "Lucie Fabre", List.of(Role.TECHNICIEN_SANTE, Role.ACCUEIL)),
            new Compte("recouvrement", "Marc Roux", List.of(Role.GESTIONNAIRE_RECOUVREMENT)),
            new Compte("comptable", "Sophie Durand", List.of(Role.COMPTABLE)),
            new Compte("direction", "Jean Rouvière", List.of(Role.DIRECTION)));

    private static final Map<String, Compte> PAR_IDENTIFIANT = COMPTES.stream()
            .collect(Collectors.toMap(Compte::identifiant, Function.identity()));

    private ComptesDeDemonstration() {
    }

    static String nomAffiche(String identifiant) {
        var compte = PAR_IDENTIFIANT.get(identifiant);
        return compte == null ? identifiant : compte.nom();
    }
}
