package fr.caissecommune.socle;

import java.util.Set;

/**
 * Une entrée du menu des agents, déclarée comme bean par le module qui possède l'écran ; le gabarit ne
 * l'affiche qu'aux rôles indiqués (tous les agents connectés si l'ensemble est vide).
 */
public record EntreeDeMenu(String libelle, String lien, int ordre, Set<Role> roles) {

    public EntreeDeMenu {
        roles = Set.copyOf(roles);
    }

    public static EntreeDeMenu pour(String libelle, String lien, int ordre, Role... roles) {
        return new EntreeDeMenu(libelle, lien, ordre, Set.of(roles));
    }
}
