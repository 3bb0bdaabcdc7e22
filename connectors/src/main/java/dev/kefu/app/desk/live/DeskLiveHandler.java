package dev.kefu.app.desk.live;

import dev.kefu.app.widget.TypingRelay;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.store.ConversationStore;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent desk's live channel, {@code /desk/api/live}: a small JSON protocol over WebSocket for
 * signed-in desk users (Spring Security lets only a desk session with a role in, from the desk's
 * own origin). The server sends cues, never a transcript: {@code queue} when any conversation
 * changes state (the queue or an agent's list moved), {@code conversation} with the kind and
 * sequence of an event of the conversation the desk watches, and the customer's {@code typing}
 * there. The desk then reads what changed through the desk and agent APIs, which check what the
 * user may see and record transcript reads in the audit log. The desk sends {@code watch} with the
 * conversation it opened (agents configured under {@code kefu.handoff.agents} only, as for reading
 * one) and the agent's own {@code typing}, passed on to the customer while the agent holds the
 * conversation, and a {@code ping} every 30 s: whatever an agent's desk sends keeps their presence
 * from lapsing. A desk whose HTTP session ends (sign-out, expiry) is closed.
 */
final class DeskLiveHandler extends TextWebSocketHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskLiveHandler.class);
    private static final int MAX_MESSAGE_BYTES = 4096;
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_BYTES = 256 * 1024;

    private final AgentDesk agents;
    private final ConversationStore store;
    private final TypingRelay typing;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Desk> desks = new ConcurrentHashMap<>();
    // sends off the publishing thread, which must not wait for a slow browser
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kefu-desk-live");
        thread.setDaemon(true);
        return thread;
    });
    private final ConversationEventBus.Subscription events;
    private final Runnable typingSubscription;

    DeskLiveHandler(AgentDesk agents, ConversationStore store, ConversationEventBus bus, TypingRelay typing) {
        this.agents = agents;
        this.store = store;
        this.typing = typing;
        this.events = bus.subscribe(this::stored);
        this.typingSubscription = typing.subscribe(this::typed);
    }

    /** One open desk: its user, whether they are a configured agent, their HTTP session and the conversation they watch. */
    private record Desk(WebSocketSession session, String user, boolean agent, String httpSession, Watching watching) {
    }

    /** The conversation a desk has open, set by its {@code watch} messages. */
    private static final class Watching {
        volatile String conversationId;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Principal user = session.getPrincipal();
        if (user == null) {
            // the security chain lets no anonymous upgrade through; this is the second lock
            session.close(CloseStatus.POLICY_VIOLATION.withReason("sign in to the desk first"));
            return;
        }
        session.setTextMessageSizeLimit(MAX_MESSAGE_BYTES);
        Desk desk = new Desk(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES),
                user.getName(), agents.roster().find(user.getName()).isPresent(),
                (String) session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME),
                new Watching());
        desks.put(session.getId(), desk);
        heardFrom(desk);
        send(desk, Map.of("type", "ready", "user", desk.user(), "agent", desk.agent()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        desks.remove(session.getId());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Desk desk = desks.get(session.getId());
        if (desk == null) {
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            send(desk, Map.of("type", "error", "status", 400, "detail", "a message must be a JSON object"));
            return;
        }
        heardFrom(desk);
        String type = request.path("type").asString("");
        switch (type) {
            case "ping" -> {
                // the desk's heartbeat: being heard from is all it does
            }
            case "watch" -> watch(desk, request.path("conversationId").asString(""));
            case "typing" -> agentTyping(desk, request.path("typing").asBoolean(false));
            default -> send(desk, Map.of("type", "error", "status", 400, "detail", "unknown message type '" + type + "'"));
        }
    }

    /** An agent's open desk keeps their presence from lapsing while it speaks. */
    private void heardFrom(Desk desk) {
        if (desk.agent()) {
            agents.seen(desk.user());
        }
    }

    /** Follows one conversation, or none with an empty id. */
    private void watch(Desk desk, String conversationId) {
        if (conversationId.isBlank()) {
            desk.watching().conversationId = null;
            return;
        }
        if (!desk.agent()) {
            send(desk, Map.of("type", "error", "status", 403, "detail",
                    "only an agent configured under kefu.handoff.agents follows a conversation"));
            return;
        }
        if (store.find(conversationId).isEmpty()) {
            send(desk, Map.of("type", "error", "status", 404, "detail", "no conversation " + conversationId,
                    "conversationId", conversationId));
            return;
        }
        desk.watching().conversationId = conversationId;
        send(desk, Map.of("type", "watching", "conversationId", conversationId));
    }

    /** The agent's typing reaches the customer only while the agent holds the conversation. */
    private void agentTyping(Desk desk, boolean on) {
        String conversationId = desk.watching().conversationId;
        if (conversationId == null) {
            return;
        }
        Optional<Conversation> conversation = store.find(conversationId);
        if (conversation.isPresent() && conversation.get().state() == ConversationState.AGENT
                && desk.user().equals(conversation.get().assignee())) {
            typing.typing(new TypingRelay.Typing(conversationId, TypingRelay.Actor.AGENT, on));
        }
    }

    private void stored(ConversationEvent event) {
        boolean stateChanged = event.kind() == EventKind.STATE_CHANGED;
        for (Desk desk : desks.values()) {
            if (stateChanged) {
                sendLater(desk, Map.of("type", "queue"));
            }
            if (event.conversationId().equals(desk.watching().conversationId)) {
                sendLater(desk, Map.of("type", "conversation", "conversationId", event.conversationId(),
                        "kind", event.kind().name(), "sequence", event.sequence()));
            }
        }
    }

    private void typed(TypingRelay.Typing typed) {
        if (typed.actor() != TypingRelay.Actor.CUSTOMER) {
            return;
        }
        for (Desk desk : desks.values()) {
            if (typed.conversationId().equals(desk.watching().conversationId)) {
                sendLater(desk, Map.of("type", "typing", "conversationId", typed.conversationId(), "actor", "customer",
                        "typing", typed.typing()));
            }
        }
    }

    /** Closes the desks of an HTTP session that ended: whoever signs out stops hearing at once. */
    void sessionEnded(String httpSessionId) {
        for (Desk desk : desks.values()) {
            if (httpSessionId.equals(desk.httpSession())) {
                try {
                    desk.session().close(CloseStatus.POLICY_VIOLATION.withReason("signed out"));
                } catch (IOException e) {
                    log.debug("desk session {} is gone", desk.session().getId(), e);
                }
            }
        }
    }

    private void sendLater(Desk desk, Map<String, Object> message) {
        try {
            sender.execute(() -> send(desk, message));
        } catch (RejectedExecutionException closing) {
            // the handler is closing: nobody is left to tell
        }
    }

    private void send(Desk desk, Map<String, Object> message) {
        try {
            desk.session().sendMessage(new TextMessage(json.writeValueAsString(message)));
        } catch (IOException | IllegalStateException e) {
            log.debug("desk session {} is gone", desk.session().getId(), e);
        }
    }

    @Override
    public void close() {
        events.close();
        typingSubscription.run();
        sender.shutdownNow();
    }
}
