package dev.kefu.app.security;

import dev.kefu.app.admin.AdminToken;
import dev.kefu.app.config.KefuProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;

/**
 * Who may do what. The agent desk ({@code /desk/api/**}) and the agent API need a desk session
 * (form login, CSRF token on every state-changing call) with a role: AGENT for the work,
 * SUPERVISOR for the figures, ADMIN for users and the knowledge base (the admin API's endpoints
 * again under {@code /desk/api/admin/kb/} and {@code /desk/api/admin/unanswered}); the agent API
 * also takes the admin token with {@code X-Kefu-Agent} ({@link AgentApiAuthentication}).
 * Everything else keeps its own guard and is let through here: the customer chat and widget
 * (visitor tokens), the admin API (its bearer token, checked by {@code dev.kefu.app.admin} before
 * this chain), platform webhooks (their signatures), the health check and the static pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN = "/desk/login";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** BCrypt for new passwords; hashes carry their {@code {id}}, so a stronger encoder can come later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DeskUserStore deskUserStore(KefuProperties kefu, PasswordEncoder encoder, Environment environment) {
        DeskUserStore users = new DeskUserStore(kefu.dataDir());
        FirstAdmin.ensure(users, encoder, environment.getProperty("KEFU_ADMIN_USER"),
                environment.getProperty("KEFU_ADMIN_PASSWORD"));
        return users;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(DeskRole.ADMIN.name()).implies(DeskRole.SUPERVISOR.name())
                .role(DeskRole.SUPERVISOR.name()).implies(DeskRole.AGENT.name())
                .build();
    }

    @Bean
    SecurityFilterChain deskSecurity(HttpSecurity http, AdminToken adminToken) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SessionController.PATH).permitAll()
                        .requestMatchers("/desk/api/admin/**").hasRole(DeskRole.ADMIN.name())
                        .requestMatchers("/desk/api/supervisor/**").hasRole(DeskRole.SUPERVISOR.name())
                        .requestMatchers("/desk/api/**", AgentApiAuthentication.AGENT_API + "**").hasRole(DeskRole.AGENT.name())
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .formLogin(form -> form.loginPage("/desk").loginProcessingUrl(LOGIN)
                        .successHandler((request, response, auth) -> response.setStatus(HttpStatus.NO_CONTENT.value()))
                        .failureHandler((request, response, e) ->
                                JsonProblems.write(response, HttpStatus.UNAUTHORIZED, "wrong username or password")))
                .logout(logout -> logout.logoutUrl("/desk/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                JsonProblems.write(response, HttpStatus.UNAUTHORIZED, "sign in to the desk first"))
                        .accessDeniedHandler((request, response, e) ->
                                JsonProblems.write(response, HttpStatus.FORBIDDEN, "not allowed for this role, or no valid CSRF token")))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .addFilterBefore(new AgentApiAuthentication(adminToken), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A state-changing call of the desk needs the session's CSRF token; one of the agent API with
     * an Authorization header does not (a browser cannot send that header to another site without
     * CORS, and the header is checked instead of the session).
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (AgentApiAuthentication.isAgentApi(request)) {
            return !AgentApiAuthentication.hasAuthorizationHeader(request);
        }
        return request.getRequestURI().startsWith(request.getContextPath() + "/desk/");
    }
}
