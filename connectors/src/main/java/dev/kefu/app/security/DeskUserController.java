package dev.kefu.app.security;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.handoff.AgentRoster;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An admin lists the desk's users and adds one or sets a new password (the same call for the same name). */
@RestController
class DeskUserController {

    static final String PATH = "/desk/api/admin/users";

    private final DeskUserStore users;
    private final PasswordEncoder encoder;
    private final AgentRoster roster;

    DeskUserController(DeskUserStore users, PasswordEncoder encoder, AgentRoster roster) {
        this.users = users;
        this.encoder = encoder;
        this.roster = roster;
    }

    record NewUser(@NotNull @Pattern(regexp = DeskUser.USERNAME_PATTERN) String username,
                   @NotNull @Size(min = 8, max = 200) String password,
                   @NotNull DeskRole role) {
    }

    /** A user as listed: never the hash. {@code agent}: the username is a configured agent, who can take conversations. */
    record UserView(String username, String role, boolean agent) {
    }

    @GetMapping(PATH)
    List<UserView> list() {
        return users.all().stream().map(this::view).toList();
    }

    @PostMapping(PATH)
    ResponseEntity<UserView> save(@Valid @RequestBody NewUser request) {
        if (request.role() == DeskRole.AGENT && roster.find(request.username()).isEmpty()) {
            throw new InvalidInputException("username", "an agent must be configured under kefu.handoff.agents "
                    + "(languages, skills, capacity) before they can sign in");
        }
        DeskUser user = new DeskUser(request.username(), encoder.encode(request.password()), request.role());
        users.save(user);
        return ResponseEntity.created(URI.create(PATH + "/" + user.username())).body(view(user));
    }

    private UserView view(DeskUser user) {
        return new UserView(user.username(), user.role().name(), roster.find(user.username()).isPresent());
    }
}
