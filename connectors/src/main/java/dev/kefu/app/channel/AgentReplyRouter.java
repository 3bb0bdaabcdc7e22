package dev.kefu.app.channel;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.ConversationEventBus;
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
 * {@link ChannelState} routes it. It watches the event bus and sends from its own thread, so the bus
 * never waits on a platform; each agent message is sent once, even when several instances see it
 * (on a channel that {@linkplain OutboundChannel#sendsOnEveryInstance() sends on every instance},
 * each instance delivers it to the members connected to it).
 */
public final class AgentReplyRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentReplyRouter.class);

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

    public AgentReplyRouter(ConversationEventBus bus, ChannelState state, List<OutboundChannel> channels) {
        this.state = state;
        this.sender = new ChannelSender(state);
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(OutboundChannel::name, Function.identity()));
        this.subscription = bus.subscribe(this::onEvent);
    }

    private void onEvent(ConversationEvent event) {
        if (event.kind() != EventKind.AGENT_MESSAGE || event.text() == null || event.text().isBlank()) {
            return;
        }
        try {
            executor.execute(() -> forward(event));
        } catch (RejectedExecutionException e) {
            log.error("agent message {} of conversation {} not sent: too many waiting", event.sequence(), event.conversationId());
        }
    }

    private void forward(ConversationEvent event) {
        Optional<ChannelState.Route> route = state.route(event.conversationId());
        OutboundChannel channel = route.map(r -> channels.get(r.channel())).orElse(null);
        if (channel == null) {
            return;
        }
        try {
            sender.send(channel, "agent:" + event.conversationId() + ":" + event.sequence(), route.get().destination(),
                    event.text(), null, List.of());
        } catch (RuntimeException e) {
            log.error("{}: agent message {} of conversation {} not sent: {}", channel.name(), event.sequence(),
                    event.conversationId(), e.getMessage());
        }
    }

    @Override
    public void close() {
        subscription.close();
        executor.shutdown();
    }
}
