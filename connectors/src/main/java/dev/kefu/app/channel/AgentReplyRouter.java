package dev.kefu.app.channel;

import dev.kefu.app.channel.http.PlatformCallException;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.EventReference;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.store.ConversationStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what agents write in conversations of the messaging channels back to the chat where the
 * conversation is answered (the group thread it came from, or the private chat it moved to), as
 * {@link ChannelState} routes it. A platform's API is called by one instance: the one that takes the
 * agent message from the {@value #GROUP} work group, which hands it to another instance if this one
 * dies or fails before it is sent (the per-message id in {@link ChannelSender} keeps a redelivery
 * from sending twice); a refusal for good is logged and not tried again. A channel that
 * {@linkplain OutboundChannel#sendsOnEveryInstance() sends on every instance} (the web chat's
 * sockets) hears agent messages on the event bus instead, on every instance, and sends from a
 * thread of the router's own so the bus never waits.
 */
public final class AgentReplyRouter implements AutoCloseable {

    /** The work group whose consumers send agents' messages to the platforms. */
    public static final String GROUP = "agent-replies";

    private static final Logger log = LoggerFactory.getLogger(AgentReplyRouter.class);

    private final ConversationStore store;
    private final ChannelState state;
    private final ChannelSender sender;
    private final Map<String, OutboundChannel> channels;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), r -> {
                Thread thread = new Thread(r, "kefu-agent-replies");
                thread.setDaemon(true);
                return thread;
            });
    private final ConversationEventBus.Subscription subscription;
    private final WorkFeed.Consumption consumption;

    public AgentReplyRouter(ConversationEventBus bus, WorkFeed work, ConversationStore store, ChannelState state,
                            List<OutboundChannel> channels) {
        this.store = store;
        this.state = state;
        this.sender = new ChannelSender(state);
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(OutboundChannel::name, Function.identity()));
        this.subscription = bus.subscribe(this::onEvent);
        this.consumption = work.consume(GROUP, this::onWork);
    }

    private void onEvent(ConversationEvent event) {
        if (!isAgentText(event)) {
            return;
        }
        try {
            executor.execute(() -> routed(event.conversationId(), true).ifPresent(to -> forwardOnThisInstance(to, event)));
        } catch (RejectedExecutionException e) {
            log.error("agent message {} of conversation {} not sent: too many waiting", event.sequence(), event.conversationId());
        }
    }

    /** An agent message from the work group: sent here, once; throws to have it delivered again. */
    private void onWork(EventReference reference) {
        if (reference.kind() != EventKind.AGENT_MESSAGE) {
            return;
        }
        Optional<Routed> to = routed(reference.conversationId(), false);
        if (to.isEmpty()) {
            return;
        }
        Optional<ConversationEvent> event = store.event(reference.conversationId(), reference.sequence())
                .filter(AgentReplyRouter::isAgentText);
        if (event.isEmpty()) {
            return;
        }
        try {
            send(to.get(), event.get());
        } catch (PlatformCallException e) {
            if (!e.permanent()) {
                throw e;
            }
            log.error("{}: agent message {} of conversation {} refused for good: {}", to.get().channel().name(),
                    reference.sequence(), reference.conversationId(), e.getMessage());
        }
    }

    private static boolean isAgentText(ConversationEvent event) {
        return event.kind() == EventKind.AGENT_MESSAGE && event.text() != null && !event.text().isBlank();
    }

    /** Where the conversation is answered, if it is on a channel here that sends on every instance or not, as asked. */
    private Optional<Routed> routed(String conversationId, boolean onEveryInstance) {
        return state.route(conversationId).flatMap(route -> Optional.ofNullable(channels.get(route.channel()))
                .filter(channel -> channel.sendsOnEveryInstance() == onEveryInstance)
                .map(channel -> new Routed(channel, route.destination())));
    }

    private void forwardOnThisInstance(Routed to, ConversationEvent event) {
        try {
            send(to, event);
        } catch (RuntimeException e) {
            log.error("{}: agent message {} of conversation {} not sent: {}", to.channel().name(), event.sequence(),
                    event.conversationId(), e.getMessage());
        }
    }

    private void send(Routed to, ConversationEvent event) {
        sender.send(to.channel(), "agent:" + event.conversationId() + ":" + event.sequence(), to.destination(), event.text(),
                null, List.of());
    }

    private record Routed(OutboundChannel channel, Destination destination) {
    }

    @Override
    public void close() {
        consumption.close();
        subscription.close();
        executor.shutdown();
    }
}
