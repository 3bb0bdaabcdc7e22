package dev.kefu.app.security;

import dev.kefu.app.admin.AdminToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who acts on the agent API. With {@code Authorization: Bearer <admin token>}, a script acts as
 * the agent its {@value #AGENT_HEADER} header names (as before the desk existed); a wrong token is
 * 401. Without it, a signed-in desk user acts as themself: the header is set to their username,
 * whatever the browser sent, so that nobody can act as a colleague.
 */
final class AgentApiAuthentication extends OncePerRequestFilter {

    static final String AGENT_API = "/api/v1/agent/";
    static final String AGENT_HEADER = "X-Kefu-Agent";
    private static final String BEARER = "Bearer ";

    private final AdminToken token;

    AgentApiAuthentication(AdminToken token) {
        this.token = token;
    }

    static boolean isAgentApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + AGENT_API);
    }

    static boolean hasAuthorizationHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isAgentApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
            if (!bearer || !token.matches(header.substring(BEARER.length()).strip())) {
                JsonProblems.write(response, HttpStatus.UNAUTHORIZED, "the token is not valid");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin-token", null,
                    List.of(new SimpleGrantedAuthority(DeskRole.AGENT.authority()))));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            chain.doFilter(new ActingAs(request, user.getName()), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with {@value #AGENT_HEADER} replaced by the signed-in user. */
    private static final class ActingAs extends HttpServletRequestWrapper {

        private final String agentId;

        ActingAs(HttpServletRequest request, String agentId) {
            super(request);
            this.agentId = agentId;
        }

        @Override
        public String getHeader(String name) {
            return AGENT_HEADER.equalsIgnoreCase(name) ? agentId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return AGENT_HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(agentId)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.removeIf(AGENT_HEADER::equalsIgnoreCase);
            names.add(AGENT_HEADER);
            return Collections.enumeration(names);
        }
    }
}
