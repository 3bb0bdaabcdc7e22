package dev.kefu.app.desk;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.AgentRoster;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the desk lists besides the queue: the conversations the agent has, and colleagues to transfer to. */
@RestController
class TeamController {

    private final Engine engine;
    private final AgentRoster roster;

    TeamController(Engine engine, AgentRoster roster) {
        this.engine = engine;
        this.roster = roster;
    }

    record Assigned(String id, String language, String reason, Instant updatedAt) {
    }

    record Colleague(String id, String name) {
    }

    @GetMapping("/desk/api/mine")
    List<Assigned> mine(Principal user) {
        return engine.store().inState(ConversationState.AGENT).stream()
                .filter(c -> user.getName().equals(c.assignee()))
                .map(TeamController::assigned).toList();
    }

    @GetMapping("/desk/api/agents")
    List<Colleague> agents() {
        return roster.all().stream().map(a -> new Colleague(a.id(), a.name() == null ? a.id() : a.name())).toList();
    }

    private static Assigned assigned(Conversation c) {
        return new Assigned(c.id(), c.language(), c.handoffReason() == null ? null : c.handoffReason().name(), c.updatedAt());
    }
}
