package fr.caissecommune.socle;

import java.util.EnumSet;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** L'agent de la requête courante, ou le traitement automatique hors requête (commandes, lots). */
public final class AgentConnecte {

    private AgentConnecte() {
    }

    public static Agent courant() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Agent.SYSTEME;
        }
        var roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(a -> EnumSet.allOf(Role.class).stream().anyMatch(r -> r.name().equals(a)))
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        var nom = auth.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null ? oidc.getFullName()
                : ComptesDeDemonstration.nomAffiche(auth.getName());
        return new Agent(auth.getName(), nom, roles);
    }
}
