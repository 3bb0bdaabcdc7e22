package dev.kefu.app.desk;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.Agent;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.handoff.HandoffQueue;
import dev.kefu.core.store.ConversationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a supervisor watches: the agents, their presence and load, the queue, and the figures. */
@RestController
class SupervisorController {

    private final AgentDesk desk;
    private final HandoffQueue queue;
    private final ConversationStore store;

    SupervisorController(AgentDesk desk, HandoffQueue queue, Engine engine) {
        this.desk = desk;
        this.queue = queue;
        this.store = engine.store();
    }

    record AgentLoad(String id, String name, String presence, int conversations, int capacity) {
    }

    record Overview(List<AgentLoad> agents, int queueLength, DeskFigures figures) {
    }

    @GetMapping("/desk/api/supervisor/overview")
    Overview overview() {
        Map<String, Integer> loads = desk.loads();
        List<AgentLoad> agents = new ArrayList<>();
        for (Agent agent : desk.roster().all()) {
            agents.add(new AgentLoad(agent.id(), agent.name(), desk.presence(agent.id()).name(),
                    loads.getOrDefault(agent.id(), 0), agent.capacity()));
        }
        List<List<ConversationEvent>> events = new ArrayList<>();
        for (ConversationState state : ConversationState.values()) {
            store.inState(state).forEach(c -> events.add(store.events(c.id())));
        }
        return new Overview(agents, queue.ordered().size(), DeskFigures.of(events));
    }
}
