package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Transitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns waiting conversations, most urgent first, to online agents who speak the customer's
 * language, have the skill it needs and have room for it, picking among them round-robin or the
 * least loaded. A conversation nobody suits keeps waiting (and the next one may still be assigned).
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final AgentDesk desk;
    private final HandoffQueue queue;
    private final AgentStatusStore status;
    private final AssignmentStrategy strategy;

    public Dispatcher(AgentDesk desk, HandoffQueue queue, AgentStatusStore status, AssignmentStrategy strategy) {
        this.desk = desk;
        this.queue = queue;
        this.status = status;
        this.strategy = strategy;
    }

    /** One conversation given to one agent. */
    public record Assignment(String conversationId, String agentId) {
    }

    /** Assigns what it can now; returns the assignments made. */
    public synchronized List<Assignment> dispatch() {
        List<Agent> online = desk.roster().all().stream().filter(a -> status.presence(a.id()) == Presence.ONLINE).toList();
        List<Assignment> made = new ArrayList<>();
        if (online.isEmpty()) {
            return made;
        }
        Map<String, Integer> loads = new HashMap<>(desk.loads());
        List<String> turns = new ArrayList<>();
        for (QueuedConversation waiting : queue.ordered()) {
            Optional<Agent> agent = pick(waiting, online, loads, turns);
            if (agent.isEmpty()) {
                continue;
            }
            try {
                desk.assign(agent.get(), waiting.id(), "system", AgentDesk.AUTO_ASSIGNED);
                loads.merge(agent.get().id(), 1, Integer::sum);
                turns.remove(agent.get().id());
                turns.add(agent.get().id());
                made.add(new Assignment(waiting.id(), agent.get().id()));
            } catch (Transitions.IllegalTransitionException | HandoffConflictException e) {
                // another instance or an agent's claim was quicker: the queue is read afresh next time
                LOG.log(System.Logger.Level.DEBUG, "not assigned " + waiting.id() + ": " + e.getMessage());
            }
        }
        return made;
    }

    /**
     * The agent to take {@code waiting} among those online, or none. {@code turns} are the agents
     * given a conversation in this round, in order: they come after those who were not, whose
     * turn is by their last assignment (all in one round share one instant).
     */
    private Optional<Agent> pick(QueuedConversation waiting, List<Agent> online, Map<String, Integer> loads, List<String> turns) {
        Comparator<Agent> byTurn = Comparator.comparingInt((Agent a) -> turns.indexOf(a.id()))
                .thenComparing(a -> status.lastAssigned(a.id()).orElse(Instant.MIN));
        Comparator<Agent> order = strategy == AssignmentStrategy.LEAST_LOADED
                ? Comparator.comparingInt((Agent a) -> loads.getOrDefault(a.id(), 0)).thenComparing(byTurn)
                : byTurn;
        return online.stream()
                .filter(a -> a.speaks(waiting.language()) && a.has(waiting.skill()))
                .filter(a -> loads.getOrDefault(a.id(), 0) < a.capacity())
                .min(order);
    }
}
