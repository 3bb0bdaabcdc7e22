package dev.kefu.app.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the desk page needs to start: the CSRF token to send with every state-changing call (the
 * sign-in included) and, once signed in, who the user is. Open to anyone: it reveals nothing else.
 */
@RestController
class SessionController {

    static final String PATH = "/desk/api/session";

    private final DeskUserStore users;

    SessionController(DeskUserStore users) {
        this.users = users;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Session(String csrfHeader, String csrfToken, String username, String role) {
    }

    @GetMapping(PATH)
    Session session(CsrfToken csrf, Principal principal) {
        DeskUser user = principal == null ? null : users.find(principal.getName()).orElse(null);
        return new Session(csrf.getHeaderName(), csrf.getToken(), user == null ? null : user.username(),
                user == null ? null : user.role().name());
    }
}
