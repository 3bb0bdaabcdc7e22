package dev.kefu.app.desk.live;

import dev.kefu.app.widget.TypingRelay;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.handoff.AgentDesk;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Wires the desk's live channel at {@value #LIVE_PATH}. It lies under {@code /desk/api/}, so the
 * security chain lets only a signed-in desk user with a role upgrade; the handler accepts only the
 * desk's own origin (a page of another site cannot use the desk's cookie), and keeps the HTTP
 * session's id to close the socket when that session ends.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class DeskLiveConfiguration implements WebSocketConfigurer {

    static final String LIVE_PATH = "/desk/api/live";

    private final DeskLiveHandler live;

    DeskLiveConfiguration(DeskLiveHandler live) {
        this.live = live;
    }

    @Bean(destroyMethod = "close")
    static DeskLiveHandler deskLiveHandler(AgentDesk agents, Engine engine, ConversationEventBus bus, TypingRelay typing) {
        return new DeskLiveHandler(agents, engine.store(), bus, typing);
    }

    /** Tells the application when an HTTP session ends, so that its desks are closed. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    static ApplicationListener<HttpSessionDestroyedEvent> closeDesksOfEndedSessions(DeskLiveHandler live) {
        return ended -> live.sessionEnded(ended.getId());
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // no allowed origins: only the desk's own (Spring's same-origin check)
        registry.addHandler(live, LIVE_PATH).addInterceptors(new HttpSessionHandshakeInterceptor());
    }
}
