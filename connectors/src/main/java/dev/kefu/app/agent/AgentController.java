package dev.kefu.app.agent;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.handoff.Agent;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.handoff.Dispatcher;
import dev.kefu.core.handoff.HandoffQueue;
import dev.kefu.core.handoff.Presence;
import dev.kefu.core.handoff.QueuedConversation;
import dev.kefu.core.llm.LlmSummarizer;
import dev.kefu.core.llm.ReplySuggester;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent API: the queue, presence, and what an agent does with a conversation. The admin
 * token lets a request in; {@value #AGENT_HEADER} says which configured agent acts (until agents
 * sign in to the agent desk).
 */
@RestController
@RequestMapping(path = "/api/v1/agent", produces = MediaType.APPLICATION_JSON_VALUE)
class AgentController {

    static final String AGENT_HEADER = "X-Kefu-Agent";

    private final AgentDesk desk;
    private final HandoffQueue queue;
    private final Dispatcher dispatcher;
    private final int maxTextLength;
    private final ObjectProvider<LlmSummarizer> summarizer;
    private final ObjectProvider<ReplySuggester> suggester;

    AgentController(AgentDesk desk, HandoffQueue queue, Dispatcher dispatcher, AgentTextLimit limit,
                    ObjectProvider<LlmSummarizer> summarizer, ObjectProvider<ReplySuggester> suggester) {
        this.desk = desk;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.maxTextLength = limit.maxLength();
        this.summarizer = summarizer;
        this.suggester = suggester;
    }

    @GetMapping("/queue")
    AgentViews.Queue queue(@RequestHeader(AGENT_HEADER) String agentId) {
        acting(agentId);
        Instant now = Instant.now();
        List<AgentViews.Waiting> waiting = new ArrayList<>();
        for (QueuedConversation q : queue.ordered()) {
            waiting.add(AgentViews.Waiting.of(q, waiting.size() + 1, now, queue.score(q)));
        }
        return new AgentViews.Queue(waiting);
    }

    @PutMapping(path = "/agents/{agentId}/presence", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentViews.Presence presence(@RequestHeader(AGENT_HEADER) String actingId, @PathVariable String agentId,
                                 @Valid @RequestBody AgentRequests.Presence request) {
        Agent agent = acting(actingId);
        if (!agent.id().equals(agentId)) {
            throw new NotAnAgentException("agent " + agent.id() + " may set only their own presence");
        }
        desk.presence(agent.id(), Presence.valueOf(request.presence().toUpperCase(Locale.ROOT)));
        dispatcher.dispatch();
        return new AgentViews.Presence(agent.id(), desk.presence(agent.id()).name(),
                desk.loads().getOrDefault(agent.id(), 0), agent.capacity());
    }

    @PostMapping("/conversations/{id}/claim")
    AgentViews.State claim(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id) {
        return AgentViews.State.of(desk.claim(acting(agentId).id(), id));
    }

    /** Reading a transcript: {@link AgentDesk#read} tells the audit log who read what. */
    @GetMapping("/conversations/{id}")
    AgentViews.ConversationDetail read(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id) {
        return AgentViews.ConversationDetail.of(desk.read(acting(agentId).id(), id));
    }

    /**
     * What the language model offers the agent for a conversation, when one is configured
     * ({@code kefu.llm.enabled}): its summary and replies grounded in the knowledge base, each
     * checked like the bot's own. Without a model, {@code model} is false and both are empty. The
     * model reads the transcript, so this is recorded in the audit log like any read.
     */
    @GetMapping("/conversations/{id}/assist")
    AgentViews.Assist assist(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id) {
        Conversation conversation = desk.read(acting(agentId).id(), id).conversation();
        LlmSummarizer summaries = summarizer.getIfAvailable();
        ReplySuggester replies = suggester.getIfAvailable();
        if (summaries == null || replies == null) {
            return new AgentViews.Assist(false, null, List.of());
        }
        return new AgentViews.Assist(true, summaries.summarize(conversation).orElse(null), replies.suggest(conversation));
    }

    @PostMapping(path = "/conversations/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentViews.State message(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id,
                             @Valid @RequestBody AgentRequests.Text request) {
        return AgentViews.State.of(desk.send(acting(agentId).id(), id, checked(request.text())));
    }

    @PostMapping(path = "/conversations/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentViews.State note(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id,
                          @Valid @RequestBody AgentRequests.Text request) {
        return AgentViews.State.of(desk.note(acting(agentId).id(), id, checked(request.text())));
    }

    @PostMapping(path = "/conversations/{id}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentViews.State transfer(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id,
                              @Valid @RequestBody AgentRequests.Transfer request) {
        String agent = acting(agentId).id();
        boolean toAgent = request.toAgentId() != null && !request.toAgentId().isBlank();
        boolean toSkill = request.skill() != null && !request.skill().isBlank();
        if (toAgent == toSkill) {
            throw new InvalidInputException("body", "give either toAgentId or skill");
        }
        if (toAgent) {
            return AgentViews.State.of(desk.transferToAgent(agent, id, request.toAgentId().strip()));
        }
        AgentViews.State state = AgentViews.State.of(desk.transferToSkill(agent, id,
                request.skill().strip().toLowerCase(Locale.ROOT)));
        dispatcher.dispatch();
        return state;
    }

    @PostMapping("/conversations/{id}/return")
    AgentViews.State returnToBot(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id) {
        AgentViews.State state = AgentViews.State.of(desk.returnToBot(acting(agentId).id(), id));
        dispatcher.dispatch();
        return state;
    }

    @PostMapping("/conversations/{id}/resolve")
    AgentViews.State resolve(@RequestHeader(AGENT_HEADER) String agentId, @PathVariable String id) {
        AgentViews.State state = AgentViews.State.of(desk.resolve(acting(agentId).id(), id));
        dispatcher.dispatch();
        return state;
    }

    /** The configured agent a request acts as; the request shows they are at their desk. */
    private Agent acting(String agentId) {
        Agent agent = desk.roster().find(agentId.strip())
                .orElseThrow(() -> new NotAnAgentException(AGENT_HEADER + " names no configured agent"));
        desk.seen(agent.id());
        return agent;
    }

    private String checked(String text) {
        if (text.length() > maxTextLength) {
            throw new InvalidInputException("text", "must be at most " + maxTextLength + " characters");
        }
        return text;
    }
}
