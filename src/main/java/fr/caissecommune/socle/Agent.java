package fr.caissecommune.socle;

import java.util.Set;

/** L'agent connecté : identifiant, nom affiché, rôles. */
public record Agent(String identifiant, String nom, Set<Role> roles) {

    public static final Agent SYSTEME = new Agent("systeme", "Traitement automatique", Set.of());

    public boolean a(Role role) {
        return roles.contains(role);
    }
}
