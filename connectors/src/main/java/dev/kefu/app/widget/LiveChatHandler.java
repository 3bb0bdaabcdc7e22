package dev.kefu.app.widget;

import dev.kefu.app.channel.web.LiveRequest;
import dev.kefu.app.channel.web.VisitorSessions;
import dev.kefu.app.channel.web.WebInbound;
import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.ConversationEventBus;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's live channel, {@code /api/v1/chat/live}: a small JSON protocol over WebSocket.
 * The first message must be {@code hello} with a visitor token; then the session watches one of
 * the visitor's conversations. A stored event is only a cue: the session then reads the store
 * after the last sequence it sent, so a watcher misses nothing even if the bus drops or reorders
 * a delivery, and the widget drops what it has already rendered. Queue positions follow every
 * change of state, and an agent's typing is passed on. An agent's message is the web channel's to
 * deliver, as every channel's is: it comes through {@link #wake}, not from the bus. The messages
 * are read by the web channel's {@link WebInbound}.
 */
final class LiveChatHandler extends TextWebSocketHandler implements VisitorSessions, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveChatHandler.class);
    private static final int MAX_MESSAGE_BYTES = 4096;
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_BYTES = 512 * 1024;

    private final VisitorConversations conversations;
    private final TypingRelay typing;
    private final WebInbound inbound;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Watcher> watchers = new ConcurrentHashMap<>();
    // reads the store and sends off the publishing thread, which must not block
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kefu-widget-live");
        thread.setDaemon(true);
        return thread;
    });
    private final ConversationEventBus.Subscription events;
    private final Runnable typingSubscription;

    LiveChatHandler(VisitorConversations conversations, ConversationEventBus bus, TypingRelay typing, WebInbound inbound) {
        this.conversations = conversations;
        this.typing = typing;
        this.inbound = inbound;
        this.events = bus.subscribe(this::stored);
        this.typingSubscription = typing.subscribe(this::typed);
    }

    /** One open widget: its visitor once it said hello, the conversation it watches and the last sequence sent. */
    private static final class Watcher {
        final WebSocketSession session;
        // read by the publishing thread without the watcher's lock
        volatile String userId;
        volatile String conversationId;
        long lastSent;
        volatile Integer lastQueuePosition;

        Watcher(WebSocketSession session) {
            this.session = session;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        // messages from the widget are small; a larger one closes the session (1009)
        session.setTextMessageSizeLimit(MAX_MESSAGE_BYTES);
        watchers.put(session.getId(), new Watcher(
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES)));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        watchers.remove(session.getId());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Watcher watcher = watchers.get(session.getId());
        if (watcher == null) {
            return;
        }
        LiveRequest request;
        try {
            request = inbound.live(message.getPayload());
        } catch (InvalidInputException e) {
            send(watcher, Map.of("type", "error", "status", 400, "detail", e.getMessage()));
            return;
        }
        String type = request.type();
        if (type.equals("hello")) {
            try {
                watcher.userId = conversations.visitor(request.token());
            } catch (VisitorUnauthorizedException e) {
                send(watcher, Map.of("type", "error", "status", 401, "detail", e.getMessage()));
                watcher.session.close(CloseStatus.POLICY_VIOLATION.withReason("invalid visitor token"));
                return;
            }
            send(watcher, Map.of("type", "ready"));
        } else if (watcher.userId == null) {
            send(watcher, Map.of("type", "error", "status", 401, "detail", "say hello with a visitor token first"));
            watcher.session.close(CloseStatus.POLICY_VIOLATION.withReason("no hello"));
            return;
        }
        switch (type) {
            case "hello", "watch" -> {
                if (request.conversationId() != null) {
                    watch(watcher, request.conversationId(), request.after());
                }
            }
            case "typing" -> customerTyping(watcher, request.typing());
            default -> send(watcher, Map.of("type", "error", "status", 400, "detail", "unknown message type '" + type + "'"));
        }
    }

    private void watch(Watcher watcher, String conversationId, long after) {
        try {
            conversations.owned(watcher.userId, conversationId);
        } catch (ConversationNotFoundException e) {
            send(watcher, Map.of("type", "error", "status", 404, "detail", e.getMessage(), "conversationId", conversationId));
            return;
        }
        synchronized (watcher) {
            watcher.conversationId = conversationId;
            watcher.lastSent = after;
            watcher.lastQueuePosition = null;
        }
        inbound.watching(watcher.userId, conversationId);
        sender.execute(() -> catchUp(watcher));
    }

    private void customerTyping(Watcher watcher, boolean typing) {
        String conversationId = watcher.conversationId;
        if (conversationId != null) {
            this.typing.typing(new TypingRelay.Typing(conversationId, TypingRelay.Actor.CUSTOMER, typing));
        }
    }

    private void stored(ConversationEvent event) {
        if (event.kind() == EventKind.AGENT_MESSAGE) {
            return;
        }
        boolean queueMoves = event.kind() == EventKind.STATE_CHANGED;
        for (Watcher watcher : watchers.values()) {
            if (event.conversationId().equals(watcher.conversationId) || (queueMoves && watcher.lastQueuePosition != null)) {
                sender.execute(() -> catchUp(watcher));
            }
        }
    }

    private void typed(TypingRelay.Typing typed) {
        if (typed.actor() != TypingRelay.Actor.AGENT) {
            return;
        }
        for (Watcher watcher : watchers.values()) {
            if (typed.conversationId().equals(watcher.conversationId)) {
                send(watcher, Map.of("type", "typing", "conversationId", typed.conversationId(), "actor", "agent",
                        "typing", typed.typing()));
            }
        }
    }

    @Override
    public void wake(String visitorId) {
        for (Watcher watcher : watchers.values()) {
            if (visitorId.equals(watcher.userId)) {
                sender.execute(() -> catchUp(watcher));
            }
        }
    }

    /** Sends what the watcher has not seen yet of its conversation, or its new place in the queue. */
    private void catchUp(Watcher watcher) {
        synchronized (watcher) {
            if (watcher.conversationId == null || !watcher.session.isOpen()) {
                return;
            }
            try {
                EventsPage page = conversations.after(watcher.userId, watcher.conversationId, watcher.lastSent);
                boolean moved = page.queuePosition() != null && !page.queuePosition().equals(watcher.lastQueuePosition);
                if (page.events().isEmpty() && !moved) {
                    return;
                }
                watcher.lastSent = page.lastSequence();
                watcher.lastQueuePosition = page.queuePosition();
                send(watcher, page);
            } catch (RuntimeException e) {
                log.warn("live update of conversation {} failed", watcher.conversationId, e);
            }
        }
    }

    private void send(Watcher watcher, Object message) {
        try {
            watcher.session.sendMessage(new TextMessage(json.writeValueAsString(message)));
        } catch (IOException | IllegalStateException e) {
            log.debug("widget session {} is gone", watcher.session.getId(), e);
        }
    }

    @Override
    public void close() {
        events.close();
        typingSubscription.run();
        sender.shutdownNow();
    }
}
