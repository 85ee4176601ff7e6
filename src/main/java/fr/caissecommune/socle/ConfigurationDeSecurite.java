package fr.caissecommune.socle;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Authentification des agents : formulaire (comptes de démonstration) et, si un fournisseur OIDC est
 * configuré, connexion OIDC dont la revendication {@code caisse.securite.oidc.revendication-roles} porte les
 * rôles. L'API REST accepte la même identité en HTTP Basic. Les habilitations fines sont portées par les
 * contrôleurs ({@code @PreAuthorize}).
 */
@Configuration
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConfigurationDeSecurite {

    @Bean
    SecurityFilterChain filtres(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            @Value("${caisse.securite.oidc.revendication-roles:roles}") String revendicationRoles) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/connexion", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/connexion").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .httpBasic(b -> b.realmName("Caisse Commune"))
                .csrf(c -> c.ignoringRequestMatchers("/api/**"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/connexion")
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(rolesOidc(revendicationRoles))));
        }
        return http.build();
    }

    /** Traduit les rôles portés par le jeton OIDC ({@code ["COMPTABLE", …]}) en autorités {@code ROLE_…}. */
    static GrantedAuthoritiesMapper rolesOidc(String revendication) {
        return autorites -> {
            Set<GrantedAuthority> resultat = new HashSet<>(autorites);
            for (var autorite : autorites) {
                if (autorite instanceof OidcUserAuthority oidc && oidc.getIdToken().getClaim(revendication) instanceof Collection<?> roles) {
                    for (var role : roles) {
                        List.of(Role.values()).stream().filter(r -> r.name().equalsIgnoreCase(role.toString()))
                                .forEach(r -> resultat.add(new SimpleGrantedAuthority(r.autorite())));
                    }
                }
            }
            return resultat;
        };
    }

    @Bean
    UserDetailsService comptes(@Value("${caisse.securite.comptes-de-demonstration:true}") boolean demonstration) {
        var encodeur = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var comptes = new InMemoryUserDetailsManager();
        if (demonstration) {
            ComptesDeDemonstration.COMPTES.forEach(c -> comptes.createUser(User.withUsername(c.identifiant())
                    .password(encodeur.encode(ComptesDeDemonstration.MOT_DE_PASSE))
                    .roles(c.roles().stream().map(Role::name).toArray(String[]::new))
                    .build()));
        }
        return comptes;
    }
}
